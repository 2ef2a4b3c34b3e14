# dunders a builtin subclass defines replace the base's slots; super() reaches the base's own
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
class L(list):
    def __len__(self):
        return 99
    def __iter__(self):
        return iter([7, 8])
    def append(self, x):
        super().append(x * 2)
class St(str):
    def __str__(self):
        return "custom"
    def __eq__(self, o):
        return True
    __hash__ = str.__hash__
class I(int):
    def __add__(self, o):
        return I(int(self) + int(o) + 1000)
d = D(); d["a"] = 1
print(d["a"], dict.__getitem__(d, "a"), d, len(d), list(d))
l = L([1, 2]); l.append(3)
print(len(l), 7 in l, 5 in l, list(l), list.__len__(l), list.__iter__(l).__class__.__name__, bool(l), l)
s = St("x")
print(str(s), s == "y", s, repr(s), "%s" % s, f"{s}", {s: 1}["x"])
print(I(1) + 1, type(I(1) + 1).__name__, 1 + I(1), I(2) * 3, I(5) > 4)
