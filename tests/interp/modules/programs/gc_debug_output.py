# DEBUG_COLLECTABLE and DEBUG_STATS lines go to stderr (addresses and timings normalised)
import gc
gc.collect()
gc.disable()
a = []
a.append(a)
del a
gc.set_debug(gc.DEBUG_COLLECTABLE)
print(gc.collect())
gc.set_debug(0)
