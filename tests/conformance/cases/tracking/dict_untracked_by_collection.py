# a dict holding only atoms is untracked; one holding a container stays tracked after collection
import gc
d1 = {"a": 1}
d2 = {"a": []}
print(gc.is_tracked(d1), gc.is_tracked(d2))
gc.collect()
print(gc.is_tracked(d1), gc.is_tracked(d2))
