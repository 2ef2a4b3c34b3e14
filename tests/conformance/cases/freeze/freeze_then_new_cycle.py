# a cycle made after freeze is collected normally
import gc
gc.collect()
gc.disable()
gc.freeze()
b = []
b.append(b)
del b
print(gc.collect())
gc.unfreeze()
