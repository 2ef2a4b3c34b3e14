# what a call, a class statement and a comprehension allocate, seen through gc.get_count()
import gc
gc.disable()
gc.collect()
def f():
    return 1
def count():
    return gc.get_count()[0]
c0 = count(); f(); f(); c1 = count()
print("calls", c1 - c0)
c0 = count()
class D:
    pass
print("class", count() - c0)
c0 = count(); o = D(); print("instance", count() - c0)
c0 = count(); o.x = 1; print("first attribute", count() - c0)
