# insert and remove move references in and out of a list
import sys
o = object()
base = sys.getrefcount(o)
lst = [1, 2, 3]
lst.insert(1, o)
print(sys.getrefcount(o) - base, lst.index(o))
lst.remove(o)
print(sys.getrefcount(o) - base, lst)
