# a big int or float computed at run time has refcount 2 when bound to one name; a folded constant more
import sys
n = int("1" + "0" * 30)
a = n + 1
b = float("1.5") * 3
print(sys.getrefcount(a), sys.getrefcount(b))
c = a
print(sys.getrefcount(a))
k = 10 ** 30
print(sys.getrefcount(k) > 2)
