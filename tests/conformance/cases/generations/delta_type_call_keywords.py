# Calling a class with keyword arguments: tp_call gets them as a new dict (_PyObject_MakeTpCall),
# and on 3.9+ __init__ gets them back as a new kwnames tuple (_PyStack_UnpackDict).
import gc
import sys

c = gc.get_count


class A:
    def __init__(self, v, w=0):
        self.v = v


class B(A):
    pass


d = {"v": 1}
gc.collect()
a0 = c()[0]; A(v=1); a1 = c()[0]
b0 = c()[0]; A(**d); b1 = c()[0]
e0 = c()[0]; B(v=2); e1 = c()[0]
g0 = c()[0]; A(1, w=2); g1 = c()[0]
print(a1 - a0, b1 - b0, e1 - e0, g1 - g0)
kept = A(v=d)
print(sys.getrefcount(d), kept.v is d)
del kept
print(sys.getrefcount(d))
