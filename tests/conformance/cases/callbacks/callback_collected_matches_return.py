# the stop info's collected count equals gc.collect()'s return value
import gc
gc.collect()
gc.disable()
stops = []
gc.callbacks.append(lambda phase, info: phase == "stop" and stops.append(info["collected"]))
class N:
    pass
for i in range(5):
    n = N()
    n.me = n
del n
r = gc.collect()
gc.callbacks.clear()
print(r, stops, r == stops[0])
