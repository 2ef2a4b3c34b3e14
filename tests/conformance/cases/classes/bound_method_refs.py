# each attribute access creates a new bound method holding a reference to the instance
import sys
class C:
    def m(self):
        pass
c = C()
base = sys.getrefcount(c)
m1 = c.m
m2 = c.m
print(m1 is m2, m1 == m2, sys.getrefcount(c) - base)
del m1, m2
print(sys.getrefcount(c) - base)
