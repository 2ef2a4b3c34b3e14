# tuple unpacking binds each element; the temporary tuple is gone afterwards
import sys
o = object()
a, b, c = o, o, o
print(sys.getrefcount(o))
first, *rest = [o, o, o]
print(sys.getrefcount(o), len(rest))
del a, b, c, first, rest
print(sys.getrefcount(o))
