# what can be a dict key: tuples, frozensets, instances by identity or by __hash__; unhashable errors
import gc
gc.collect()


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"P{self.x}{self.y}"


class HPoint(Point):
    def __eq__(self, other):
        return isinstance(other, HPoint) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


grid = {(0, 0): "origin", (1, 2): "a", frozenset([1, 2]): "set-key", 3.0: "float", "s": "str"}
print(grid[(1, 2)], grid[frozenset([2, 1])], grid[3], grid.get(True), len(grid))
by_identity = {Point(1, 1): 1, Point(1, 1): 2}
by_value = {HPoint(1, 1): 1, HPoint(1, 1): 2}
print(len(by_identity), len(by_value), by_value[HPoint(1, 1)], HPoint(1, 1) in by_value)
for bad in ([1], {1: 2}, {1}, ([1], 2)):
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset()) == hash(frozenset([])), hash(0) == hash(0.0) == hash(False))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {1, 1.0, True}, {0, False, 0.0})
p = HPoint(2, 3)
cache = {p: "cached"}
p.x = 99
print(cache.get(p), cache.get(HPoint(2, 3)), list(cache.values()), p in cache)
print(gc.collect())
