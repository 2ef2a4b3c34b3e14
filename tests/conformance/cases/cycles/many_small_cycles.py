# one hundred separate two-list cycles are found by one collection
import gc
gc.collect()
gc.disable()
for i in range(100):
    a = []
    b = [a]
    a.append(b)
del a, b
print(gc.collect())
