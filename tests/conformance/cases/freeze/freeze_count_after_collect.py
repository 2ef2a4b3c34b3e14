# gc.collect does not change the permanent generation
import gc
gc.collect()
gc.freeze()
n = gc.get_freeze_count()
gc.collect()
print(gc.get_freeze_count() == n)
gc.unfreeze()
