# the metaclass winner among the bases' metaclasses, metaclass conflicts, non-class metaclasses, bad __prepare__
class M1(type): pass
class M2(type): pass
class M3(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass
class D(A, C): pass
class E(C, metaclass=M1): pass
print(type(D).__name__, type(E).__name__, type(type("F", (A, C), {})).__name__)
for bases in ((A, B), (1,)):
    try:
        type("G", bases, {})
    except TypeError as e:
        print(e)
try:
    class H(A, B): pass
except TypeError as e:
    print(e)
def f(name, bases, ns, **kw):
    print("f", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 42
class I(A, metaclass=f, k=2):
    x = 1
print(I)
