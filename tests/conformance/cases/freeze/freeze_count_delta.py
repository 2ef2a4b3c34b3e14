# objects created after one freeze are counted by the next freeze
import gc
gc.collect()
gc.freeze()
before = gc.get_freeze_count()
keep = [[i] for i in range(10)]
gc.freeze()
print(gc.get_freeze_count() - before)
gc.unfreeze()
print(gc.get_freeze_count())
