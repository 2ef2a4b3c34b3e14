# proxies forward attributes, calls, operators and protocols; a dead proxy raises ReferenceError
import weakref
def addr(text):
    return " ".join("0x?" + w.lstrip("0123456789abcdefx") if w.startswith("0x") else w for w in text.split(" "))
class N:
    def __init__(self):
        self.items = [1, 2]
    def __len__(self):
        return 2
    def __iter__(self):
        return iter(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __lt__(self, other):
        return True
    def __add__(self, other):
        return "added"
    def __str__(self):
        return "an N"
n = N()
p = weakref.proxy(n)
print(len(p), list(p), p[0], p < 1, 1 in p, bool(p), p + 1, str(p))
p.z = 3
print(n.z, p.z, p.__class__ is N, type(p).__name__)
del p.z
print(hasattr(n, "z"))
print(addr(repr(p)))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
def g(x):
    return x * 2
cp = weakref.proxy(g)
print(type(cp).__name__, cp(21))
print(weakref.getweakrefcount(n), weakref.getweakrefs(n) == [p])
try:
    weakref.proxy(n, None, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.proxy(n, x=1)
except TypeError as e:
    print("TypeError:", e)
del n
print(addr(repr(p)))
for op in (lambda: p.items, lambda: len(p), lambda: p + 1, lambda: str(p)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
