# a captured object is referenced by the cell, not by the returned function directly
import sys
def outer(x):
    def inner():
        return x
    return inner
o = object()
before = sys.getrefcount(o)
f = outer(o)
print(sys.getrefcount(o) - before)
g = outer(o)
print(sys.getrefcount(o) - before)
del f, g
print(sys.getrefcount(o) - before)
