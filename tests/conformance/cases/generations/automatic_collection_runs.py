# with a small threshold, allocating many cycles triggers automatic collections
import gc
gc.collect()
gc.set_threshold(50)
seen = []
gc.callbacks.append(lambda phase, info: seen.append((phase, info["generation"])))
for i in range(200):
    x = []
    x.append(x)
del x
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
print(len(seen) > 0, seen[:4])
