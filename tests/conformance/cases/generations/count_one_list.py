# allocating one list (a GC object) raises the generation-0 counter
import gc
gc.collect()
c0 = gc.get_count()[0]
a = []
c1 = gc.get_count()[0]
print(c1 - c0)
