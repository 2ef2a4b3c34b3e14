# the stop callback runs after __del__ of collected objects
import gc
gc.collect()
gc.disable()
class D:
    def __del__(self):
        print("D.__del__")
d = D()
d.me = d
del d
gc.callbacks.append(lambda phase, info: print(phase, info["collected"]))
gc.collect()
gc.callbacks.clear()
