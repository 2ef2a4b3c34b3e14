# an object surviving collect(0) moves from get_objects(0) to get_objects(1), then to 2
import gc
gc.collect()
x = []
print(any(o is x for o in gc.get_objects(0)), any(o is x for o in gc.get_objects(1)))
gc.collect(0)
print(any(o is x for o in gc.get_objects(0)), any(o is x for o in gc.get_objects(1)))
gc.collect(1)
print(any(o is x for o in gc.get_objects(1)), any(o is x for o in gc.get_objects(2)))
