# an object passed down three calls deep: each frame's parameter is one more reference
import sys
def a(x):
    return b(x)
def b(x):
    return c(x)
def c(x):
    return sys.getrefcount(x)
o = object()
print(a(o))
print(c(o))
