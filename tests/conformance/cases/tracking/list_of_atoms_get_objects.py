# a list stays in get_objects even when it holds only atoms (lists are never untracked)
import gc
x = [1, 2, "a"]
gc.collect()
print(any(o is x for o in gc.get_objects()))
print(gc.is_tracked(x))
y = tuple(x)
gc.collect()
print(any(o is y for o in gc.get_objects()))
