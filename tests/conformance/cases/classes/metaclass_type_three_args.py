# type(name, bases, ns): the bases' metaclass makes the class, its __init__ runs; __init_subclass__ keywords
class M(type):
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, sorted(ns), kw)
        super().__init__(name, bases, ns)
class A(metaclass=M):
    pass
T = type("T", (A,), {"q": 1})
print(type(T).__name__, T.q, T.__qualname__, T.__module__, T.__bases__)
U = M("U", (), {"r": 2})
print(type(U).__name__, U.r, U.__bases__)
class Base:
    def __init_subclass__(cls, flag=False, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class D(Base, flag=True):
    pass
V = type("V", (Base,), {}, flag=7)
print(D.flag, V.flag)
try:
    class E(Base, other=1):
        pass
except TypeError as e:
    print(e)
try:
    class F(metaclass=M, x=1):
        pass
except TypeError as e:
    print(e)
