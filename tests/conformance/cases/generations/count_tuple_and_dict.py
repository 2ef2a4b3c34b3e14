# counter deltas for a tuple, a dict and an instance
import gc
class C:
    pass
gc.collect()
base = gc.get_count()[0]
t = (1, [])
d = {"a": 1}
c = C()
print(gc.get_count()[0] - base)
