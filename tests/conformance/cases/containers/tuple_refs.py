# building a tuple references each item; a tuple of the same name twice holds two refs
import sys
o = object()
base = sys.getrefcount(o)
t = (o, o, o)
print(sys.getrefcount(o) - base)
u = t + (o,)
print(sys.getrefcount(o) - base)
del t
print(sys.getrefcount(o) - base)
