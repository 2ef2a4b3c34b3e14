# with statements: __enter__/__exit__ calls on a context manager object, in a loop
import gc
gc.collect()
c = gc.get_count
class C:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
a0 = c()[0]
with C() as m:
    pass
a1 = c()[0]
print(a1 - a0)
s0 = gc.get_stats()[0]['collections']
for i in range(1000):
    with C() as m:
        m.v = [i]
print(gc.get_stats()[0]['collections'] - s0, gc.collect(), c())
