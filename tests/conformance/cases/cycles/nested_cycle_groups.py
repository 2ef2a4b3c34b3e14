# two cycles joined by one edge are collected together
import gc
gc.collect()
gc.disable()
a = []
a.append(a)
b = [a]
b.append(b)
del a, b
print(gc.collect())
