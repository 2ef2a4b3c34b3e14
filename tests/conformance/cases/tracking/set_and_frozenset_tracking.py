# sets and frozensets are tracked containers
import gc
print(gc.is_tracked(set()), gc.is_tracked({1, 2}))
print(gc.is_tracked(frozenset([1, 2])))
fs = frozenset([1, 2])
gc.collect()
print(gc.is_tracked(fs))
