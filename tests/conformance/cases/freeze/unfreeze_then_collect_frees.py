# objects unfrozen into generation 2 are collected by a full collection when dead
import gc
gc.collect()
gc.disable()
class C:
    pass
c = C()
c.me = c
gc.freeze()
del c
gc.unfreeze()
print(gc.collect(1), gc.collect(2))
