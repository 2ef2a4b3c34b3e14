# after collect and freeze, the freeze count grows by the number of tracked objects made since
import gc
gc.collect()
gc.freeze()
n0 = gc.get_freeze_count()
objs = [{"k": [i]} for i in range(20)]
gc.freeze()
print(gc.get_freeze_count() - n0)
gc.unfreeze()
