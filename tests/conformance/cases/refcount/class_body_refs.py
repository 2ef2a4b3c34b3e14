# objects bound in a class body are held by the class __dict__
import sys
o = object()
base = sys.getrefcount(o)
class C:
    attr = o
    other = o
print(sys.getrefcount(o) - base)
del C.attr
print(sys.getrefcount(o) - base)
