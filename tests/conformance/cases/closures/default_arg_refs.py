# a default argument value is held by the function's __defaults__ tuple
import sys
o = object()
before = sys.getrefcount(o)
def f(x=o):
    return x
print(sys.getrefcount(o) - before)
del f
print(sys.getrefcount(o) - before)
