# a WeakValueDictionary entry disappears when the value dies
import weakref
class V:
    def __init__(self, n):
        self.n = n
d = weakref.WeakValueDictionary()
a, b = V(1), V(2)
d["a"] = a
d["b"] = b
print(sorted(d.keys()))
del a
print(sorted(d.keys()), d["b"].n)
print(d.get("a"))
