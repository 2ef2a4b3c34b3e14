# WeakValueDictionary setdefault and pop behave like dict while values live
import weakref
class V:
    def __init__(self, n):
        self.n = n
d = weakref.WeakValueDictionary()
a = V(1)
print(d.setdefault("a", a).n)
print(d.setdefault("a", V(2)).n)
print(d.pop("a").n, len(d))
print(d.pop("zz", None))
