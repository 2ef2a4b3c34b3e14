# lists are tracked even when empty or holding only atoms
import gc
print(gc.is_tracked([]), gc.is_tracked([1, 2]))
gc.collect()
x = [1, "a"]
gc.collect()
print(gc.is_tracked(x))
