# DEBUG_UNCOLLECTABLE prints nothing for objects saved by SAVEALL: only legacy finalizers are uncollectable
import gc
gc.collect()
gc.disable()
lst = []
lst.append(lst)
del lst
gc.set_debug(gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print(gc.collect())
gc.set_debug(0)
print(len(gc.garbage))
gc.garbage.clear()
