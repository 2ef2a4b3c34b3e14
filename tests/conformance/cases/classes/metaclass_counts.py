# gc.get_count() deltas of class statements with a metaclass, keywords and __prepare__ (the __build_class__ path)
import gc
gc.disable()
c = gc.get_count
class M(type):
    pass
class P(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {}
class Base:
    def __init_subclass__(cls, **kw):
        pass
out = []
for i in range(3):
    a = [c()[0]]
    class A0(metaclass=M):
        pass
    a.append(c()[0])
    class A1(Base, k=i):
        pass
    a.append(c()[0])
    class A2(Base, metaclass=P, k=i):
        def f(self):
            return super().__eq__(self)
    a.append(c()[0])
    out.append([y - x for x, y in zip(a, a[1:])])
print(out)
