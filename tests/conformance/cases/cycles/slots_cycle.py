# a cycle between __slots__ instances has no dicts to count
import gc
gc.collect()
gc.disable()
class S:
    __slots__ = ("peer",)
a = S()
b = S()
a.peer = b
b.peer = a
del a, b
print(gc.collect())
