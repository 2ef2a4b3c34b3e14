# with DEBUG_SAVEALL, the stop callback can already see the saved objects in gc.garbage
import gc
gc.collect()
gc.disable()
sizes = []
gc.callbacks.append(lambda phase, info: sizes.append((phase, len(gc.garbage))))
gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
gc.collect()
gc.set_debug(0)
gc.callbacks.clear()
print(sizes)
gc.garbage.clear()
