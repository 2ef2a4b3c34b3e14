# who holds an argument during a call: copied into the frame through 3.10, moved from 3.11
import sys
def f(x):
    return sys.getrefcount(x)
def g(*args, **kw):
    return sys.getrefcount(args[0]), sys.getrefcount(kw["k"])
class C:
    def __init__(self, a):
        self.seen = sys.getrefcount(a)
    def m(self, a):
        return sys.getrefcount(a)
o = object()
print(f(o), sys.getrefcount(o))
print(g(o, k=o))
print(C(o).seen, C(o).m(o))
print((lambda y: sys.getrefcount(y))(o))
