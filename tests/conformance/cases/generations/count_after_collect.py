# a full collection leaves all three counters at zero
import gc
gc.collect()
print(gc.get_count())
gc.collect(2)
print(gc.get_count())
