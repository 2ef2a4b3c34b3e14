# what calls, an instance and its first attribute allocate, seen through gc.get_count()
# (3.8-3.10 frame objects: a new code's first call allocates its zombie frame, later calls reuse it)
import gc
gc.disable()
gc.collect()
def f():
    return 1
def count():
    return gc.get_count()[0]
c0 = count(); f(); f(); c1 = count()
print("calls", c1 - c0)
class D:
    pass
c0 = count(); o = D(); print("instance", count() - c0)
c0 = count(); o.x = 1; print("first attribute", count() - c0)
