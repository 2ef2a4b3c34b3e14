# DEBUG_COLLECTABLE lists cycle members in the order the collector found them
import gc
gc.collect()
gc.disable()
class A:
    pass
class B:
    pass
class C:
    pass
a, b, c = A(), B(), C()
a.n, b.n, c.n = b, c, a
del a, b, c
gc.set_debug(gc.DEBUG_COLLECTABLE)
gc.collect()
gc.set_debug(0)
