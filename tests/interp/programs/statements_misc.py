# unpacking, augmented assignment, del of items/attributes/slices, with, assert, f-strings
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
lst = list(range(10))
del lst[2:5]
del lst[0]
print(lst)
n = 5
n += 2
n *= 3
print(n, f"{n:>5}|{n!r}|{'x' * 2}")
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
with CM() as cm:
    raise ValueError("suppressed")
print("after with")
try:
    assert n < 0, "n is not negative"
except AssertionError as e:
    print("assert:", e)
d = {"k": 1}
del d["k"]
print(d, sorted({3: 1, 1: 2}), min(3, 1, 2), max([4, 9]), list(zip("ab", [1, 2])))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), list(enumerate("xy", 1)), any([0, 1]), all([]))
