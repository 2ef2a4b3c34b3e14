# a second collect() right after the first finds nothing more
import gc
gc.collect()
gc.disable()
for i in range(3):
    a = [i]
    a.append(a)
del a
print(gc.collect(), gc.collect(), gc.collect())
