# setdefault stores its default; get does not
import sys
o = object()
base = sys.getrefcount(o)
d = {}
d.get("k", o)
print(sys.getrefcount(o) - base)
d.setdefault("k", o)
print(sys.getrefcount(o) - base)
d.setdefault("k", None)
print(d["k"] is o)
