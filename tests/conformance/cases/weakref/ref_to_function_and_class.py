# a function dies as soon as its last name goes; a class sits in cycles and needs the collector
import gc, weakref
gc.collect()
def f():
    pass
class K:
    pass
rf, rk = weakref.ref(f), weakref.ref(K)
del f
print(rf())
del K
print(rk() is None)
gc.collect()
print(rk())
