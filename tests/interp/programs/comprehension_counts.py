# a comprehension is its own function and frame through 3.11 and runs inline from 3.12 (PEP 709)
import gc
import sys
gc.disable()
gc.collect()
def count():
    return gc.get_count()[0]
data = [1, 2, 3]
count()
c0 = count()
squares = [x * x for x in data]
print("listcomp allocations", count() - c0)
o = object()
refs = [sys.getrefcount(o) for _ in range(1)]
print("refcount seen inside", refs)
print(sorted({x % 2 for x in data}), {k: v for k, v in zip("ab", data)})
