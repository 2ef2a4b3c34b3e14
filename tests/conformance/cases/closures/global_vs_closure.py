# a global read from a function is not captured in a cell
import sys
g = object()
def f():
    return g
print(f.__closure__)
before = sys.getrefcount(g)
h = f
print(sys.getrefcount(g) - before)
