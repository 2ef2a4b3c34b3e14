# 3.12 starts with immortal tuples in the permanent generation; other versions start at zero
import gc
print(gc.get_freeze_count() > 0)
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
