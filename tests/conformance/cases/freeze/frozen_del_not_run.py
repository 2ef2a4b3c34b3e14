# a frozen dead cycle's finalizer runs only after unfreeze and collect
import gc
gc.collect()
gc.disable()
class D:
    def __del__(self):
        print("D.__del__")
d = D()
d.me = d
gc.freeze()
del d
gc.collect()
print("still frozen")
gc.unfreeze()
gc.collect()
print("end")
