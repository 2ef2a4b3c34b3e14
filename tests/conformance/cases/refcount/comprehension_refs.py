# a list comprehension's result holds its items; the loop variable does not leak out
import sys
o = object()
lst = [o for _ in range(5)]
print(sys.getrefcount(o))
gen = (o for _ in range(3))
print(sys.getrefcount(o))
print(len(list(gen)), sys.getrefcount(o))
del lst
print(sys.getrefcount(o))
