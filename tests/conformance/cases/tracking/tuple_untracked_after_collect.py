# a tuple of atoms is tracked when created and untracked by the next collection
import gc
t = tuple([1, 2, "x"])
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
u = tuple([1, []])
gc.collect()
print(gc.is_tracked(u))
