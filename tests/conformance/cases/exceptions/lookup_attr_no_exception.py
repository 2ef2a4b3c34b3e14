# getattr with a default and hasattr make no exception object for a missing attribute (3.10/3.11 module lookups make one of their own)
import gc
import sys
gc.disable()
class C:
    pass
o = C()
def measure(fn):
    fn()
    fn()
    gc.collect()
    before = gc.get_count()[0]
    fn()
    return gc.get_count()[0] - before
base = measure(lambda: None)
print(measure(lambda: getattr(o, 'x', None)) - base, measure(lambda: hasattr(o, 'x')) - base)
print(measure(lambda: getattr(C, 'x', None)) - base, measure(lambda: hasattr(C, 'x')) - base)
print(measure(lambda: getattr(sys, 'x', None)) - base, measure(lambda: hasattr(gc, 'x')) - base)
