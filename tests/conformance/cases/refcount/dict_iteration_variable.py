# iterating a dict binds each key in turn; the loop variable keeps the last one
import sys
k1, k2 = object(), object()
d = {k1: 1, k2: 2}
base1, base2 = sys.getrefcount(k1), sys.getrefcount(k2)
for key in d:
    pass
print(sys.getrefcount(k1) - base1, sys.getrefcount(k2) - base2)
del key
print(sys.getrefcount(k2) - base2)
