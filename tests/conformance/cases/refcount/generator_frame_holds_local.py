# a suspended generator keeps its locals alive, visible as extra refcount
import sys
o = object()
def gen():
    x = o
    yield 1
    yield 2
base = sys.getrefcount(o)
g = gen()
print(sys.getrefcount(o) - base)
next(g)
print(sys.getrefcount(o) - base)
g.close()
print(sys.getrefcount(o) - base)
