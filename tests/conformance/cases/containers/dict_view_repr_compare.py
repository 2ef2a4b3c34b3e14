# dict views print their items (dictview_repr) and compare with sets and other views as sets do
import gc
d = {1: "a", 2: "b", 3: "c"}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
print(keys == {1, 2, 3}, keys != frozenset({1, 2}), keys < {1, 2, 3, 4}, keys >= {3}, {1, 2} < keys)
print(items == {(1, "a"), (2, "b"), (3, "c")}, items <= d.items(), items > {(1, "x")})
print(keys == [1, 2, 3], keys.__eq__([1, 2, 3]), values == d.values(), values == values)
print(keys == {4: 0, 1: 0, 2: 0, 3: 0}.keys(), keys < {4: 0, 1: 0, 2: 0, 3: 0}.keys())
try:
    keys < [1, 2]
except TypeError as e:
    print(e)
d["me"] = values
print(values)
print(d)
gc.collect()
before = gc.get_count()
same = keys == {1, 2, 3, "me"}
print(same, gc.get_count() == before)
