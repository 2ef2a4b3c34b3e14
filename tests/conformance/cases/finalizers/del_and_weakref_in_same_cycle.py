# in one collected cycle, callbacks of weakrefs to members run before any member's __del__
import gc, weakref
gc.collect()
gc.disable()
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a, b = N("a"), N("b")
a.o, b.o = b, a
ra = weakref.ref(a, lambda wr: print("weakref to a cleared"))
rb = weakref.ref(b, lambda wr: print("weakref to b cleared"))
del a, b
print(gc.collect())
