# after freeze, generation 0 holds only objects made since
import gc
gc.collect()
gc.freeze()
x = []
print(any(o is x for o in gc.get_objects(0)))
print(len(gc.get_objects(1)), len(gc.get_objects(2)))
gc.unfreeze()
