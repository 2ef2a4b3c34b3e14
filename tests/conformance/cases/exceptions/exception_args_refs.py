# an exception holds references to its args
import sys
o = object()
before = sys.getrefcount(o)
e = ValueError(o, o)
print(sys.getrefcount(o) - before)
del e
print(sys.getrefcount(o) - before)
