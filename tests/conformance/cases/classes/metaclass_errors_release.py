# a metaclass __new__ or an __init_subclass__ that raises: nothing leaks, the half-made class is collected
import sys, gc
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        if kw.get("fail"):
            raise ValueError("no " + name)
        return super().__new__(mcls, name, bases, ns)
gc.collect()
r0 = sys.getrefcount(M)
for i in range(5):
    try:
        class A(metaclass=M, fail=True):
            x = [1, 2]
    except ValueError as e:
        err = str(e)
print(err, sys.getrefcount(M) - r0, gc.collect())
class Base:
    def __init_subclass__(cls, **kw):
        raise KeyError(cls.__name__)
try:
    class B(Base, metaclass=M):
        pass
except KeyError as e:
    print("KeyError", e)
print(gc.collect(), sys.getrefcount(M) - r0)
for args in ((int, "X", (), {}), (M, "X", 1, {}), (M, 1, (), {})):
    try:
        type.__new__(*args)
    except TypeError as e:
        print(e)
