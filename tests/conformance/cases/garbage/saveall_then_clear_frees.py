# clearing gc.garbage and collecting again frees the saved cycle
import gc
gc.collect()
gc.disable()
class T:
    pass
t = T()
t.me = t
del t
gc.set_debug(gc.DEBUG_SAVEALL)
gc.collect()
gc.set_debug(0)
print(len(gc.garbage) > 0)
gc.garbage.clear()
print(gc.collect())
