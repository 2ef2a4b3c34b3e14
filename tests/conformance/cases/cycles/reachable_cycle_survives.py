# a cycle still reachable from a global survives; after the global goes it is collected
import gc
gc.collect()
gc.disable()
a = []
b = [a]
a.append(b)
keep = a
del a, b
print(gc.collect())
del keep
print(gc.collect())
