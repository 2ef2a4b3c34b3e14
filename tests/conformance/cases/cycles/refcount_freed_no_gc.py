# an acyclic structure is freed by reference counting, so collect() finds nothing
import gc
gc.collect()
gc.disable()
a = [[1, 2], {"k": [3]}, (4, [5])]
del a
print(gc.collect())
