# DEBUG_STATS / DEBUG_COLLECTABLE / DEBUG_SAVEALL output and results (stderr merged into stdout).
import gc
import sys

gc.disable()
gc.collect()
class K: pass
a = K(); b = K(); a.o = b; b.o = a
del a, b
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
n = gc.collect(1)
gc.set_debug(0)
sys.stderr.flush()
print("n", n)
gc.collect()
gc.set_debug(gc.DEBUG_STATS)
n = gc.collect(0)
gc.set_debug(gc.DEBUG_SAVEALL)
l = []; l.append(l); del l
print("saveall", gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0)
