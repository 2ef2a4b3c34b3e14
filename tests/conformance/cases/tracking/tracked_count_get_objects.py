# an untracked dict does not appear in get_objects; a tracked one does
import gc
d1 = {"k": 1}
d2 = {"k": []}
objs = gc.get_objects()
print(any(o is d1 for o in objs), any(o is d2 for o in objs))
