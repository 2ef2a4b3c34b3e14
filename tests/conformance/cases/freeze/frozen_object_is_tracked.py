# frozen objects are still tracked
import gc
x = {"a": []}
gc.freeze()
print(gc.is_tracked(x))
print(any(o is x for o in gc.get_objects()))
gc.unfreeze()
print(any(o is x for o in gc.get_objects()))
