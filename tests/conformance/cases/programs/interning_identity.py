# identity versus equality: small int cache, interned strings, tuples and == vs is
import gc
gc.collect()
import sys

a = 256
b = 255 + 1
print(a is b, a == b)
c = int("1000")
d = int("1000")
print(c == d, c is d)
s1 = "hello"
s2 = "hel" + "lo"
s3 = "".join(["hel", "lo"])
print(s1 is s2, s1 == s3, s1 is s3, sys.intern(s3) is s1)
e1 = ()
e2 = tuple([])
empty = ""
print(e1 is e2, empty is str(empty), None is None)
x = [1, 2]
y = x
z = list(x)
print(x is y, x is z, x == z)
y.append(3)
print(x, z, x == z)
print(True is (1 == 1), (1 < 2) is True, type(True) is bool, isinstance(True, int))
f1 = 0.1 + 0.2
print(f1 == 0.3, abs(f1 - 0.3) < 1e-9, round(f1, 10) == 0.3)
print(sys.getrefcount(s1) > 2, ord("a"), chr(0x263A))
print(gc.collect())
