# weakref.finalize of a cycle member runs when the collector frees the cycle
import gc, weakref
gc.collect()
gc.disable()
class C:
    pass
c = C()
c.me = c
weakref.finalize(c, print, "finalized in collection")
del c
print("collecting")
print(gc.collect())
