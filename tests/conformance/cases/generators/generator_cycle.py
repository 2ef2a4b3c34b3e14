# a self-referencing generator dies in a collection, yet collect() reports 0 (its finalizer breaks the cycle)
import gc, weakref
gc.collect()
gc.disable()
def gen():
    me = yield
    yield me
g = gen()
next(g)
g.send(g)
r = weakref.ref(g)
del g
print(r() is not None)
print(gc.collect())
print(r())
