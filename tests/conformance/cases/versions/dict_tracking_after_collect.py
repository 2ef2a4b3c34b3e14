# a dict with only atoms becomes untracked during collection on every version
import gc
d = {"a": 1, "b": "x"}
d2 = {}
d2["k"] = 1.5
gc.collect()
print(gc.is_tracked(d), gc.is_tracked(d2))
