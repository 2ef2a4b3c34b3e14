# __new__ / __init__ overrides calling super() on builtin subclasses, instance attributes and __dict__
import sys
class L(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
    def __repr__(self):
        return "L" + super().__repr__()
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
class St(str):
    def __new__(cls, s):
        o = super().__new__(cls, s.upper())
        o.orig = s
        return o
class T(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
class S(set):
    def __init__(self, *items):
        super().__init__(items)
class Sub(L):
    pass
l = L([1, 2], "x")
print(l, l.tag, l.__dict__, sys.getrefcount(l))
i, s, t = I(21), St("hi"), T(1, 2, 3)
print(i, type(i).__name__, s, s.orig, repr(s), t, len(t), S(1, 2))
sub = Sub([5], "y")
print(sub, sub.tag, [c.__name__ for c in Sub.__mro__], sys.getsizeof(sub) == sys.getsizeof(l))
