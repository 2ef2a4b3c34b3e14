# slicing copies references, not objects
import sys
o = object()
lst = [o, o]
base = sys.getrefcount(o)
cp = lst[:]
print(sys.getrefcount(o) - base, cp[0] is lst[0], cp is lst)
rev = lst[::-1]
print(sys.getrefcount(o) - base)
