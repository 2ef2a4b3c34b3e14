# iter() with a sentinel, next() defaults, map/filter laziness and min/max/sum with keyword arguments
import gc
gc.collect()
import sys

data = [4, 8, 15, 16, 23, 42]
pos = 0


def reader():
    global pos
    pos += 1
    return data[pos - 1] if pos <= len(data) else None


print(list(iter(reader, None)))
print(list(iter(reader, None)))
it = iter(data)
print(next(it), next(it), next(iter([]), "empty"), list(it)[:2])
calls = []


def noisy(x):
    calls.append(x)
    return x * 2


m = map(noisy, data)
print("lazy", calls)
print(next(m), next(m), calls)
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(list(f), list(f))
print(min([], default="none"), max([3, 1, 2], key=lambda v: -v), min("bca"), max((1, "b"), (1, "a")))
print(sum([[1], [2, 3]], []), sum([0.5] * 4, 10), sum(range(101)), any([]), all([]))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(zip(*[(1, "a"), (2, "b")])))
print(sorted(map(len, ["ccc", "a", "bb"])), list(filter(str.isdigit, ["1", "x", "22"])))
obj = [1, 2]
base = sys.getrefcount(obj)
holders = [iter(obj), reversed(obj), enumerate(obj), zip(obj, obj)]
print("iterators hold the list:", sys.getrefcount(obj) - base)
del holders
print("released:", sys.getrefcount(obj) - base)
print(dict(enumerate("ab", 1)), list(reversed(range(0, 10, 3))), len(range(0, 100, 7)), range(10)[-1])
print(gc.collect())
