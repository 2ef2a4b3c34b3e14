# each list slot holding an object is one reference; clear() and slice deletion drop them
import sys
o = object()
lst = [o, o, o]
print(sys.getrefcount(o))
del lst[0]
print(sys.getrefcount(o))
lst.append(o)
lst.append(o)
print(sys.getrefcount(o))
del lst[1:3]
print(sys.getrefcount(o))
lst.clear()
print(sys.getrefcount(o))
