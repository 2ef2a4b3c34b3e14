# two freezes add up; unfreeze releases all of them at once
import gc
gc.collect()
gc.freeze()
base = gc.get_freeze_count()
a = [[] for i in range(5)]
gc.freeze()
b = [[] for i in range(7)]
gc.freeze()
print(gc.get_freeze_count() - base)
gc.unfreeze()
print(gc.get_freeze_count())
