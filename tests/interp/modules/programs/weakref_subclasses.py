# KeyedRef and WeakMethod are ref subclasses with __slots__; WeakMethod dies with its instance
import weakref
class C:
    def m(self):
        return "m called"
c = C()
calls = []
kr = weakref.KeyedRef(c, calls.append, "the key")
print(kr.key, kr() is c, type(kr).__name__, isinstance(kr, weakref.ref))
wm = weakref.WeakMethod(c.m, lambda w: calls.append("wm"))
wm2 = weakref.WeakMethod(c.m)
print(wm()(), wm == wm2, wm != wm2, hash(wm) == hash(wm2))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", str(e).split(",")[0])
del c
print(kr(), wm(), wm == wm2, len(calls), calls[0] is kr, calls[1])
import sys
class D:
    def m(self):
        pass
d = D()
print(sys.getsizeof(weakref.WeakMethod(d.m)), sys.getsizeof(weakref.KeyedRef(d, None, 1)), sys.getsizeof(weakref.ref(d)))
