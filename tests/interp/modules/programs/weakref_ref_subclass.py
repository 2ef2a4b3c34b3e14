# a Python subclass of ref with __slots__ gets new weakrefs (never the shared one), its slots and its callback
import sys
import weakref
class R(weakref.ref):
    __slots__ = ("tag",)
    def __init__(self, ob, cb=None):
        super().__init__(ob, cb)
        self.tag = "t"
class C:
    pass
c = C()
r = R(c, lambda w: print("cb", type(w).__name__))
print(r() is c, r.tag, type(r).__name__, weakref.getweakrefcount(c), r is weakref.ref(c), isinstance(r, weakref.ref))
print(sys.getsizeof(r))
del c
print(r())
class Tagged(weakref.ref):
    pass
d = C()
t = Tagged(d, lambda w: print("callback sees", w.tag, w.__dict__))
t.tag = "tagged"
print(t.tag, sys.getsizeof(t), hasattr(t, "other"), t() is d)
del t.tag
print(hasattr(t, "tag"))
t.tag = "again"
del d
