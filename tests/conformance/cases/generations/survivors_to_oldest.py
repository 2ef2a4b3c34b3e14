# a survivor of a full collection is in generation 2
import gc
x = {"a": []}
gc.collect()
print(any(o is x for o in gc.get_objects(2)))
print(any(o is x for o in gc.get_objects(0)))
