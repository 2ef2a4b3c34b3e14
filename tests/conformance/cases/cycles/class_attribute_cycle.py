# an instance stored on its own class: deleting the class attribute frees it by refcount, collect() finds 0
import gc
gc.collect()
gc.disable()
class C:
    pass
C.instance = C()
C.instance.cls = C
print(gc.collect())
del C.instance
print(gc.collect())
