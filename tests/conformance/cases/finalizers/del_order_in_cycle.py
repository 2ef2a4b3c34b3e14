# __del__ of every member of a collected cycle runs once, in collection order
import gc
gc.collect()
gc.disable()
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a, b, c = N("a"), N("b"), N("c")
a.n, b.n, c.n = b, c, a
del a, b, c
print("collect", gc.collect())
