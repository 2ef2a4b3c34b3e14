# a metaclass __call__ replaces type.__call__: a singleton, and type.__call__ reached directly
import sys
class Single(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Single):
    def __init__(self, v=0):
        self.v = v
s = S(1)
print(s is S(2), S().v, sys.getrefcount(s), sys.getrefcount(S))
o = type.__call__(S, 3)
print(o is s, o.v, sys.getrefcount(S))
class Counter(type):
    def __call__(cls, *a):
        obj = cls.__new__(cls)
        obj.args = a
        return obj
class K(metaclass=Counter):
    def __init__(self):
        print("never")
k = K(1, 2)
print(k.args, type(k).__name__, sys.getrefcount(k))
