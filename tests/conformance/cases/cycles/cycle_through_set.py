# an instance cycle through a list, with a set and a frozenset hanging off it
import gc
gc.collect()
gc.disable()
class W:
    pass
w = W()
w.s = {1, 2}
w.s.add(frozenset([3]))
w.t = [w]
del w
print(gc.collect())
