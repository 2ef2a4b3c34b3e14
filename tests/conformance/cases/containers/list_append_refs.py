# appending adds one reference per slot; pop returns it to the caller
import sys
o = object()
base = sys.getrefcount(o)
lst = []
for i in range(4):
    lst.append(o)
print(sys.getrefcount(o) - base)
x = lst.pop()
print(sys.getrefcount(o) - base)
del x
print(sys.getrefcount(o) - base)
