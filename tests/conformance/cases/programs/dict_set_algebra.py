# dict and set algebra on int keys: union, intersection, difference, views and comprehensions
import gc
gc.collect()

a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {100}), a.intersection(b, {5}), a.difference({1}, {2}), a.symmetric_difference(b))
print(a <= a | b, {1, 2} < a, a.isdisjoint({9}), a.issuperset({1, 2}), {4, 5}.issubset(b))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 20}
print(sorted(c), len(c))
c.add(7)
c.discard(99)
c.remove(7)
print(sorted(c), c.pop() in (10, 20), frozenset({3, 1}) == {1, 3}, hash(frozenset()) == hash(frozenset()))
inventory = {"apples": 3, "pears": 0, "plums": 7}
prices = {"apples": 0.5, "plums": 1.25, "kiwis": 2.0}
common = inventory.keys() & prices.keys()
print(sorted(common), sorted(inventory.keys() - prices.keys()), sorted(inventory.keys() | prices))
total = {k: inventory[k] * prices[k] for k in sorted(common)}
print(total)
merged = dict(inventory)
merged.update(kiwis=4, pears=2)
print(merged, list(merged.items())[-1])
print(merged.pop("pears"), merged.pop("nope", None), merged.setdefault("figs", 9), merged.get("figs"))
print(merged.popitem(), len(merged), "apples" in merged, 0.5 in prices.values())
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(inverse, dict.fromkeys([3, 1, 2], 0), {**counts, "z": 0})
squares = {n: n * n for n in range(6) if n % 2}
print(squares, {v for v in squares.values()}, list(squares))
del squares[3]
print(squares, dict([(1, 2), (3, 4)]), dict(a=1, b=2) == {"b": 2, "a": 1})
print(gc.collect())
