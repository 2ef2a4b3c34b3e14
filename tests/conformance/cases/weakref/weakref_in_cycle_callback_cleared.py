# a weakref that is itself part of the garbage does not have its callback called
import gc, weakref
gc.collect()
gc.disable()
class C:
    pass
c = C()
c.me = c
c.wr = weakref.ref(c, lambda wr: print("callback"))
del c
print(gc.collect())
