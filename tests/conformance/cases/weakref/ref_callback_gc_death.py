# the callback runs when the referent dies in a cycle collection
import gc, weakref
gc.collect()
gc.disable()
class C:
    pass
c = C()
c.me = c
r = weakref.ref(c, lambda wr: print("callback, dead:", wr() is None))
del c
print("before collect")
print(gc.collect())
print("after collect")
