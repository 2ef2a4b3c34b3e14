# `import weakref` inside a function with a low threshold: automatic collections run inside the import where CPython's do, and decide whether types._C's garbage is left for gc.collect()
import gc
gc.set_threshold(97, 3, 2)
def load():
    import weakref
    return weakref.ref
load()
print(gc.get_count())
print(gc.collect())
