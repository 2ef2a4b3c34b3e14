# 3.8-3.11 keep a raised exception's traceback beside it until a handler takes it: hasattr's cleared AttributeError leaves no cycle (3.12+: one per call)
import gc
import sys
gc.disable()
class C:
    def __getattr__(self, name):
        e = AttributeError(name)
        raise e
o = C()
print(sys.getrefcount(o))
hasattr(o, 'y')
getattr(o, 'y', None)
print(sys.getrefcount(o))
try:
    o.y
except AttributeError:
    pass
print(sys.getrefcount(o), gc.collect(), sys.getrefcount(o))
