# get_referrers finds every tracked container holding the object, but never the call's own argument tuple
import gc
class C:
    pass
a = C()
b = [a]
t = (a, "x")
d = {"k": a}
print(sorted(type(x).__name__ for x in gc.get_referrers(a)))
print(sorted(type(x).__name__ for x in gc.get_referrers(a, b)))
print(gc.get_referents(b) == [a], sorted(type(x).__name__ for x in gc.get_referents(t)))
print(gc.get_referrers(), gc.get_referents())
