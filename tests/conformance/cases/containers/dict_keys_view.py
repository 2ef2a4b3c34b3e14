# dict views reference the dict, not copies of its items
import sys
d = {"a": 1}
base = sys.getrefcount(d)
k = d.keys()
v = d.values()
print(sys.getrefcount(d) - base)
d["b"] = 2
print(sorted(k), sorted(v))
