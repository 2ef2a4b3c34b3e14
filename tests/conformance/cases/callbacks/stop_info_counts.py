# the "stop" info reports how many objects were collected
import gc
gc.collect()
gc.disable()
log = []
gc.callbacks.append(lambda phase, info: log.append((phase, info["collected"], info["uncollectable"])))
a = []
a.append(a)
del a
print(gc.collect())
gc.callbacks.clear()
print(log)
