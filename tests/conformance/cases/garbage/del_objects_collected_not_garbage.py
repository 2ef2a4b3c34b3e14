# since 3.4 objects with __del__ in cycles are collected, not left in gc.garbage
import gc
gc.collect()
gc.disable()
class D:
    def __del__(self):
        print("D.__del__")
d = D()
d.me = d
del d
print(gc.collect(), len(gc.garbage))
