# A weakref (with callback) living in generation 2 whose referent dies in a collect(0): after its
# callback runs, handle_weakrefs moves the surviving weakref to `old` = generation 1.
# To get the referent into generation 0 while its (necessarily younger) weakref sits in generation 2,
# the referent is resurrected by its __del__: subtype_dealloc re-tracks it at generation 0's tail.
import gc
import weakref

gc.disable()
saved = []
log = []


class B:
    def __del__(self):
        saved.append(self)


def gens_of(x):
    return [i for i in range(3) if any(o is x for o in gc.get_objects(i))]


b = B()
w = weakref.ref(b, lambda r: log.append("cb"))
gc.collect(1)
gc.collect(1)                  # b and w -> generation 2
before = gens_of(w), gens_of(b)
del b                          # __del__ resurrects b: re-tracked in generation 0
b = saved.pop()
b.me = b
del b                          # now a garbage self-cycle in generation 0
print("before", before)
gc.collect(0)
print("after collect(0): weakref in", gens_of(w), log, w() is None)
