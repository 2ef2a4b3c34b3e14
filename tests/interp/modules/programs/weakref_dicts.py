# WeakValueDictionary / WeakKeyDictionary / WeakSet: entries go with their objects; | exists from 3.9
import weakref
class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "O%d" % self.n
a, b = O(1), O(2)
v = weakref.WeakValueDictionary({"a": a, "b": b})
k = weakref.WeakKeyDictionary({a: "A", b: "B"})
s = weakref.WeakSet([a, b])
print(sorted(v), sorted(k.values()), len(s), a in s, O(3) in s)
for key in v:
    del b
    break
print(len(v), len(k), len(s))
print(v.get("b"), v.pop("a").n, len(v))
print(k == weakref.WeakKeyDictionary({a: "A"}))
try:
    merged = v | {"c": a}
    print(type(merged).__name__, sorted(merged))
except TypeError as e:
    print("TypeError:", e)
s.clear()
print(len(s), list(s))
