# a young object referenced only from an unreachable old cycle is freed with it by a full collection
import gc
gc.collect()
gc.disable()
old = []
old.append(old)
gc.collect(1)
young = [1, 2]
old.append(young)
del young, old
print(gc.collect(0))
print(gc.collect(2))
