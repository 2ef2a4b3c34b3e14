# class statement with a metaclass: __prepare__, __new__, __init__, __init_subclass__ and __call__ order, keywords
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, bases, kw)
        return {"pre": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)
class A(metaclass=M, x=1):
    y = 2
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
    def m(self):
        return super().__eq__(self)
class B(A, z=3):
    def __init__(self, v):
        self.v = v
b = B(5)
print(type(A).__name__, type(B).__name__, A.pre, B.y, b.v, b.m())
print(isinstance(A, M), isinstance(A, type), M.__mro__, B.__mro__)
