# sets holding only atoms stay tracked (no untracking for sets)
import gc
s = {1, 2, 3}
gc.collect()
print(gc.is_tracked(s))
f = frozenset(s)
gc.collect()
print(gc.is_tracked(f))
