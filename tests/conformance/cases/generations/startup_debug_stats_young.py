# DEBUG_STATS list lengths: start-up's young objects, promoted by collections of 0, then 1, then all
import gc

gc.set_debug(gc.DEBUG_STATS)
gc.collect(0)
gc.collect(1)
gc.collect(2)
gc.set_debug(0)
