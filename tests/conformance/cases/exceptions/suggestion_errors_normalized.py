# 3.10+ make AttributeError (attribute access) and NameError instances when raised, before the unwind frees the stack's tuple
import gc
gc.disable()
class C:
    pass
o = C()
def mk():
    return (o,)
def attr():
    try:
        mk()[o.x]
    except AttributeError:
        pass
def name():
    try:
        mk()[undefined_name]
    except NameError:
        pass
def measure(fn):
    fn()
    fn()
    gc.collect()
    before = gc.get_count()[0]
    fn()
    return gc.get_count()[0] - before
base = measure(lambda: None)
print(measure(attr) - base, measure(name) - base)
