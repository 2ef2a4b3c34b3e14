# under DEBUG_LEAK a cycle of two dicts is reported on stderr and saved in gc.garbage
import gc
gc.collect()
gc.disable()
a = {}
b = {"a": a}
a["b"] = b
del a, b
gc.set_debug(gc.DEBUG_LEAK)
print(gc.collect())
gc.set_debug(0)
print([len(o) for o in gc.garbage])
gc.garbage.clear()
