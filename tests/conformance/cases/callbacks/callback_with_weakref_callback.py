# weakref callbacks of collected objects run between start and stop
import gc, weakref
gc.collect()
gc.disable()
class C:
    pass
c = C()
c.me = c
r = weakref.ref(c, lambda wr: print("weakref callback"))
gc.callbacks.append(lambda phase, info: print("gc", phase))
del c
gc.collect()
gc.callbacks.clear()
