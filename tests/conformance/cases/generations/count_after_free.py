# freed lists go to the list free list, so freeing them does not lower the generation-0 counter
import gc
gc.collect()
a = [[] for i in range(10)]
c0 = gc.get_count()[0]
del a
c1 = gc.get_count()[0]
print(c0 - c1)
