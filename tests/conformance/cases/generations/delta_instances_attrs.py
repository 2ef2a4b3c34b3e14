# instance pairs in a cycle, per version (3.8-3.10 a dict per instance, 3.11+ inline values)
import gc
gc.collect()
class A:
    pass
objs = []
for i in range(1500):
    a = A(); b = A(); a.b = b; b.a = a
    objs.append(a)
    if i % 500 == 0:
        print(i, gc.get_count(), gc.get_stats()[0]['collections'])
objs.clear()
print(gc.collect(), gc.get_count())
