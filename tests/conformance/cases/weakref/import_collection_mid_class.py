# a collection triggered inside the import: on 3.10 it runs while types.py builds class _C and untracks its bases tuple, so gc.collect() finds 6 objects, not 7
import gc
x = [[] for i in range(287)]
import weakref
print(gc.get_count())
print(gc.collect())
