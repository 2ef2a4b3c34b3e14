# from M import *: __all__ when the module has one, else its public globals; what each binding holds
import gc
import sys
import weakref
gc.disable()
print("start")
c0 = gc.get_count()[0]
from gc import *
c1 = gc.get_count()[0]
from weakref import *
c2 = gc.get_count()[0]
print(c1 - c0, c2 - c1, sorted(k for k in globals() if k.startswith("DEBUG")))
print(collect is gc.collect, ref is weakref.ref, WeakSet.__name__, garbage is gc.garbage)
print(len([k for k in globals() if not k.startswith("_")]))
