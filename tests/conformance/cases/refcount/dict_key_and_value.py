# an object used both as dict key and value is referenced twice by the dict
import sys
k = object()
d = {k: k}
print(sys.getrefcount(k))
d[1] = k
print(sys.getrefcount(k))
del d[k]
print(sys.getrefcount(k))
d.clear()
print(sys.getrefcount(k))
