# a metaclass that keeps its classes in a registry; classes in cycles with their metaclass are collected
import gc, sys
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(cls)
gc.collect()
class A(metaclass=Registry):
    pass
class B(A):
    pass
print(sys.getrefcount(A), sys.getrefcount(Registry), len(Registry.classes))
r = gc.get_referents(B)
print([type(x).__name__ for x in r], r[0] is Registry, r[-1] is A)
del A, B
Registry.classes.clear()
print(gc.collect())
class C(metaclass=Registry):
    def m(self):
        return super().__eq__(self)
C.self_ref = C
del C
Registry.classes.clear()
print(gc.collect())
del Registry
print(gc.collect(), gc.get_count())
