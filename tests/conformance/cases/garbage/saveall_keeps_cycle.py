# DEBUG_SAVEALL puts every unreachable object in gc.garbage instead of freeing it
import gc
gc.collect()
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
a = []
a.append(a)
del a
print(gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
