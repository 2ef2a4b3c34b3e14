# ints, floats and str constants are not GC objects: the delta is only get_count's own result tuple
import gc
gc.collect()
c0 = gc.get_count()[0]
x = 10 ** 20
y = 2.5 * 3
z = "abc" * 10
c1 = gc.get_count()[0]
print(c1 - c0)
