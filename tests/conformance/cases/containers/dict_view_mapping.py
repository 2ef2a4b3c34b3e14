# 3.10+: a view's mapping is a new mappingproxy of its dict, a GC object that reads through to it
import gc
d = {"a": 1}
view = d.keys()
if hasattr(view, "mapping"):
    gc.collect()
    before = gc.get_count()[0]
    m = view.mapping
    print(gc.get_count()[0] - before, gc.is_tracked(m), type(m).__name__, m is view.mapping)
    d["b"] = 2
    print(m, repr(m), m["b"], len(m), "a" in m, list(m), m == d, m.get("z", 0))
    print(d.items().mapping == d.values().mapping, gc.get_referents(m) == [d])
else:
    print("no mapping attribute")
