# unfreeze puts the permanent generation's objects into generation 2
import gc
gc.collect()
x = [1]
gc.freeze()
print(any(o is x for o in gc.get_objects(2)))
gc.unfreeze()
print(any(o is x for o in gc.get_objects(2)), any(o is x for o in gc.get_objects(0)))
