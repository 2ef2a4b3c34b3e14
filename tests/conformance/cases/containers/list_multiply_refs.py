# [o] * n holds n references to the same object
import sys
o = object()
base = sys.getrefcount(o)
lst = [o] * 10
print(sys.getrefcount(o) - base)
lst *= 2
print(sys.getrefcount(o) - base)
lst[5:] = []
print(sys.getrefcount(o) - base)
