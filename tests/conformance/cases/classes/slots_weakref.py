# __slots__ instances support weakrefs only when "__weakref__" is among the slots
import weakref
class NoWeak:
    __slots__ = ("a",)
class Weak:
    __slots__ = ("a", "__weakref__")
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
w = Weak()
r = weakref.ref(w)
print(r() is w)
del w
print(r())
