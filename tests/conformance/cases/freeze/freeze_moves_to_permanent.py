# gc.freeze moves every tracked object to the permanent generation: counts become zero
import gc
gc.collect()
gc.freeze()
print(gc.get_count())
print([len(gc.get_objects(g)) for g in range(3)])
gc.unfreeze()
print(gc.get_freeze_count())
