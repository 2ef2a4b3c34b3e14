# a cycle that became garbage while frozen is not collected until unfreeze
import gc
gc.collect()
gc.disable()
a = []
a.append(a)
gc.freeze()
del a
print(gc.collect())
gc.unfreeze()
print(gc.collect())
