# a started generator's frame holds its argument
import sys
def gen(x):
    yield 1
o = object()
base = sys.getrefcount(o)
g = gen(o)
print(sys.getrefcount(o) - base)
next(g)
print(sys.getrefcount(o) - base)
del g
print(sys.getrefcount(o) - base)
