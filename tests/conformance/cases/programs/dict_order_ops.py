# dict insertion order under deletes and re-inserts, popitem LIFO, update and comprehension order
import gc
gc.collect()
import sys

d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
print(d, list(d), list(d.values()))
del d[3]
d[3] = "back"
print(d, next(iter(d)), list(reversed(list(d))))
d[5] = "updated"
print(d, d.popitem(), d)
d.update({0: "zero", 9: "nine"}, extra=1)
print(d, len(d), sys.getsizeof({}) <= sys.getsizeof(d))
order = {}
for word in "to be or not to be that is".split():
    order[word] = order.get(word, 0) + 1
print(order, list(order.items())[:3], max(order.items(), key=lambda kv: kv[1]))
inverted = {v: k for k, v in order.items()}
print(inverted)
nested = {"a": {"x": 1}, "b": {"y": 2}}
copy = dict(nested)
copy["a"]["x"] = 100
copy["c"] = {}
print(nested, copy, nested["a"] is copy["a"])
merged = {**nested, **{"b": None}, "d": 4}
print(merged, list(merged).index("d"), merged.keys() - nested.keys())
counts = dict.fromkeys("abcab", 0)
for ch in "abcab":
    counts[ch] += 1
print(counts, sorted(counts, key=counts.get, reverse=True), counts == {"c": 1, "b": 2, "a": 2})
items = sorted(d.items(), key=lambda kv: str(kv[0]))
print(items, dict(items) == d, d.get(99), d.setdefault(99, []), 99 in d)
print(gc.collect())
