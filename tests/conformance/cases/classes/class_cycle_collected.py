# a class is in cycles with its own __dict__ and MRO; a dropped class needs the collector
import gc, weakref
gc.collect()
gc.disable()
class Temp:
    pass
r = weakref.ref(Temp)
del Temp
print(r() is not None)
gc.collect()
print(r())
