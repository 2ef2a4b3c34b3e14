# storing an object in an instance attribute adds one reference; deleting the attribute removes it
import sys
class Box:
    pass
o = object()
b = Box()
b.item = o
print(sys.getrefcount(o))
b.other = o
print(sys.getrefcount(o))
del b.item
print(sys.getrefcount(o))
del b
print(sys.getrefcount(o))
