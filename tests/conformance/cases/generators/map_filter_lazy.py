# map and filter objects are lazy iterators that hold their inputs
import sys
lst = [1, 2, 3, 4]
base = sys.getrefcount(lst)
m = map(str, lst)
f = filter(None, lst)
print(sys.getrefcount(lst) - base)
print(list(m), list(f))
del m, f
print(sys.getrefcount(lst) - base)
