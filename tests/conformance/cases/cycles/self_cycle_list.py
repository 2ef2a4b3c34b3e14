# a list containing itself is freed only by the collector; collect() reports one object
import gc
gc.collect()
gc.disable()
lst = []
lst.append(lst)
del lst
print(gc.collect())
print(gc.collect())
