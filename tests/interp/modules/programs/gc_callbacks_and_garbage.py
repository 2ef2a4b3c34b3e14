# gc.callbacks are called with "start"/"stop" and info dicts; DEBUG_SAVEALL fills the same gc.garbage list
import gc
gc.collect()
gc.disable()
seen = []
def cb(phase, info):
    seen.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
x = []
x.append(x)
del x
n = gc.collect()
gc.callbacks.remove(cb)
print(n, seen)
garbage = gc.garbage
gc.set_debug(gc.DEBUG_SAVEALL)
y = []
y.append(y)
del y
print(gc.collect())
gc.set_debug(0)
print(garbage is gc.garbage, len(gc.garbage), type(gc.garbage[0]).__name__)
gc.garbage.clear()
