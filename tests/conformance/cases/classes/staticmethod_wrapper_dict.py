# staticmethod/classmethod: 3.10+ sm_init/cm_init copy the callable's metadata into the wrapper's __dict__
import gc
gc.disable()
def f(a: int):
    return a * 2
def g():
    return 3
gc.collect()
c0 = gc.get_count()[0]
sm = staticmethod(f)
c1 = gc.get_count()[0]
cm = classmethod(g)
c2 = gc.get_count()[0]
d = sm.__dict__
print(c1 - c0, c2 - c1, gc.get_count()[0] - c2, "__name__" in d, "__annotations__" in d)
print(getattr(sm, "__wrapped__", None) is f, sm.__func__ is f, cm.__func__ is g)
try:
    print("call", sm(5))
except TypeError as e:
    print("TypeError", e)
sm.x = 1
print(sm.x, "x" in sm.__dict__)
class A:
    def __del__(self):
        print("A freed")
s = staticmethod(f)
s.a = A()
s.a.back = s
del s
print("collected", gc.collect())
