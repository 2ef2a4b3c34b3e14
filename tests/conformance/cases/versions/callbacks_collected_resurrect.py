# a self-resurrecting cycle is reported as collected 0 by the stop callback
import gc
gc.collect()
gc.disable()
saved = []
class R:
    def __del__(self):
        saved.append(self)
r = R()
r.me = r
del r
stops = []
gc.callbacks.append(lambda phase, info: phase == "stop" and stops.append(info["collected"]))
gc.collect()
gc.callbacks.clear()
print(stops)
