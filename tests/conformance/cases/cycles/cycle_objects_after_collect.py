# get_objects no longer lists a collected cycle's members
import gc
gc.collect()
gc.disable()
class Marker:
    pass
m = Marker()
m.me = m
del m
print(sum(1 for o in gc.get_objects() if type(o) is Marker))
gc.collect()
print(sum(1 for o in gc.get_objects() if type(o) is Marker))
