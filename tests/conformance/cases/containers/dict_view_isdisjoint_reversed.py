# isdisjoint walks the shorter operand; reversed() of a dict or a view is a dict_reverse*iterator
import sys
d = {"x": 1, "y": 2, "z": 3}
print(d.keys().isdisjoint({"q"}), d.keys().isdisjoint(["z"]), d.items().isdisjoint({("x", 1)}))
print(d.keys().isdisjoint(d.keys()), {}.keys().isdisjoint({}.keys()), d.keys().isdisjoint(iter("abc")))
for r in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
r = reversed(d)
print(sys.getrefcount(d), next(r))
del r
print(sys.getrefcount(d))
r = reversed(d.items())
d["w"] = 4
try:
    next(r)
except RuntimeError as e:
    print(e)
print(hash(d.values()) == hash(d.values()) or "hashable", "__hash__" in type(d.keys()).__dict__)
try:
    hash(d.items())
except TypeError as e:
    print(e)
