# popitem removes the last inserted pair (LIFO order)
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
print(d.pop("a"), d)
print(d.pop("zz", "default"))
d["d"] = 4
print(list(d.items()))
