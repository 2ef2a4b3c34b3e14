# objects saved by DEBUG_SAVEALL still reference each other
import gc
gc.collect()
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
a = [1]
b = [a]
a.append(b)
del a, b
gc.collect()
gc.set_debug(0)
lists = [o for o in gc.garbage if type(o) is list]
print(len(lists), lists[0][1] is lists[1] or lists[1][1] is lists[0])
gc.garbage.clear()
