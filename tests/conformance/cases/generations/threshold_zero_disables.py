# threshold 0 for generation 0 disables automatic collection
import gc
gc.collect()
gc.set_threshold(0)
for i in range(5000):
    x = []
    x.append(x)
del x
print(gc.collect())
gc.set_threshold(700, 10, 10)
