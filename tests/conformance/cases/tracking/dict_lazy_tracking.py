# an empty or atom-only dict is untracked until a container is stored in it
import gc
d = {}
print(gc.is_tracked(d))
d["a"] = 1
print(gc.is_tracked(d))
d["b"] = []
print(gc.is_tracked(d))
del d["b"]
print(gc.is_tracked(d))
