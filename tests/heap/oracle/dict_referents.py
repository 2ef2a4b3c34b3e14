# gc.get_referents of dicts: str-keyed dicts visit values only; other dicts value then key.
import gc

x = []
print(gc.get_referents({"a": x}) == [x])
print(gc.get_referents({1: x}) == [x, 1])
d = {"a": x}
d[2] = 3
del d[2]
print(gc.get_referents(d) == [x, "a"])
