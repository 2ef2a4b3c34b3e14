# dict.update with a container value tracks the dict; removing it does not untrack until a collection
import gc
d = {"a": 1}
print(gc.is_tracked(d))
d.update({"b": [1]})
print(gc.is_tracked(d))
d.pop("b")
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
