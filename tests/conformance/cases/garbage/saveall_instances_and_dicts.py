# with DEBUG_SAVEALL an instance cycle leaves instances (and pre-3.11 their dicts) in gc.garbage
import gc
gc.collect()
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
class N:
    pass
a, b = N(), N()
a.o, b.o = b, a
del a, b
n = gc.collect()
print(n, sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
