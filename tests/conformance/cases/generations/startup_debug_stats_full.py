# DEBUG_STATS list lengths from start-up's heap: a first full collection, then another
import gc

gc.set_debug(gc.DEBUG_STATS)
gc.collect()
gc.collect()
gc.set_debug(0)
