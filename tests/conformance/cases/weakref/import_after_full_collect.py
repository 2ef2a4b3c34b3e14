# `import weakref` after a full collection emptied the free lists: every frame, tuple and dict the import makes costs a GC allocation
import gc
gc.collect()
before = gc.get_count()
import weakref
print(before, gc.get_count())
print(gc.collect())
