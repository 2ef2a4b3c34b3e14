# with DEBUG_SAVEALL the stop info counts saved objects as collected, not uncollectable
import gc
gc.collect()
gc.disable()
log = []
gc.callbacks.append(lambda phase, info: phase == "stop" and log.append(dict(info)))
gc.set_debug(gc.DEBUG_SAVEALL)
a = []
a.append(a)
del a
gc.collect()
gc.set_debug(0)
gc.callbacks.clear()
print(log)
gc.garbage.clear()
