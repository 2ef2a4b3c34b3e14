# a weakref callback that raises during a collection is reported and the collection finishes
import gc, weakref
gc.collect()
gc.disable()
class C:
    pass
c = C()
c.me = c
r = weakref.ref(c, lambda wr: {}["missing"])
del c
print(gc.collect())
print("end")
