# gc.freeze(): what happens to the three counts; unfreeze; get_freeze_count.
import gc

gc.disable()
gc.collect()
gc.collect(0)   # gen-1 count 1
gc.collect(0); gc.collect(1)  # gen-2 count 1
x = [[] for i in range(5)]
c0 = gc.get_count()
gc.freeze()
print(c0[0] > 0, c0[1:], gc.get_count())
n = gc.get_freeze_count()
gc.unfreeze()
print(n > 0, gc.get_freeze_count(), gc.get_count())
