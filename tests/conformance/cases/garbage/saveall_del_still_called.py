# with DEBUG_SAVEALL, __del__ of cycle members still runs before they are saved
import gc
gc.collect()
gc.disable()
class D:
    def __del__(self):
        print("D.__del__")
d = D()
d.me = d
del d
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.collect())
gc.set_debug(0)
print([type(o).__name__ for o in gc.garbage])
gc.garbage.clear()
