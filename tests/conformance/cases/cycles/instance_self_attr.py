# an instance whose attribute is itself
import gc
gc.collect()
gc.disable()
class C:
    pass
c = C()
c.me = c
del c
print(gc.collect())
