# reading a builtin type's slot dunder from an object makes a new method-wrapper holding the object
import gc
import sys
x = 10 ** 20
gc.disable()
gc.collect()
before = gc.get_count()[0]
r0 = sys.getrefcount(x)
m = x.__add__
print(type(m).__name__, gc.get_count()[0] - before, sys.getrefcount(x) - r0, m.__self__ is x)
print(m(1) - x, x.__add__ is not x.__add__, m.__name__, m.__objclass__ is int)
del m
print(sys.getrefcount(x) - r0, gc.get_count()[0] - before)
r1 = sys.getrefcount(x)
print(x.__add__(0) is x, int.__add__(x, 0) == x, sys.getrefcount(x) - r1)
y = x.__abs__()
print(y is x, sys.getrefcount(x) - r1)
