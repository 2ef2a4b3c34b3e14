# dying in a collection: weakref callbacks run before __del__ (handle_weakrefs, then finalize_garbage)
import gc, weakref
gc.collect()
gc.disable()
class T:
    def __del__(self):
        print("__del__")
t = T()
t.me = t
r = weakref.ref(t, lambda wr: print("weakref callback"))
del t
print(gc.collect())
