# zip, enumerate and reversed iterators hold references to what they iterate
import sys
a = [1, 2]
base = sys.getrefcount(a)
z = zip(a, a)
e = enumerate(a)
r = reversed(a)
print(sys.getrefcount(a) - base)
print(list(z), list(e), list(r))
print(sys.getrefcount(a) - base)
