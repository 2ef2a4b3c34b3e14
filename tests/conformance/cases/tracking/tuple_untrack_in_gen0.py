# collect(0) also untracks atom-only tuples that are young
import gc
gc.collect()
t = tuple(["a", "b"])
gc.collect(0)
print(gc.is_tracked(t))
