# sys.intern returns one canonical string per value; 3.12 makes interned strings immortal
import sys
a = "".join(["inter", "ned!"])
b = "".join(["inter", "ned!"])
print(a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is a, ib is a)
print(sys.getrefcount(ia))
try:
    sys.intern(1)
except TypeError as e:
    print("TypeError:", e)
