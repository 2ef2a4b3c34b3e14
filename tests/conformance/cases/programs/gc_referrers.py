# gc.get_referrers / gc.get_referents / gc.is_tracked on everyday objects
import gc
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []


a = Node("a")
b = Node("b")
a.edges.append(b)
container = [b]
refs = gc.get_referrers(b)
print(sorted(type(r).__name__ for r in refs if not (isinstance(r, dict) and "__name__" in r)))
print(any(r is a.edges for r in refs), any(r is container for r in refs))
inner = gc.get_referents(a)
print(sorted(type(r).__name__ for r in inner))
print(gc.get_referents([1, "x", b])[2] is b, len(gc.get_referents((1, 2), [3])))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}))
print(gc.is_tracked({"a": []}), gc.is_tracked(()), gc.is_tracked((1, 2)), gc.is_tracked(([],)), gc.is_tracked(a))
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked(Node), gc.is_tracked(len), gc.is_tracked(1.5))
t = (1, "two", 3.0)
print("tuple tracked before collect", gc.is_tracked(t))
gc.collect()
print("tuple tracked after collect", gc.is_tracked(t))
d = {"x": 1}
print("atomic dict", gc.is_tracked(d))
d["y"] = [1]
print("dict with list", gc.is_tracked(d))
cycle = Node("cycle")
cycle.edges.append(cycle)
print("self referrer", any(r is cycle.edges for r in gc.get_referrers(cycle)))
del cycle
print("collected", gc.collect())
del a, b, container, refs, inner
print("collected", gc.collect())
