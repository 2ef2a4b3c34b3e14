# `import weakref` before `import gc`: the counts and a later collection are CPython's (weakref's import traffic is replayed through the free lists it finds)
import weakref
import gc
print(gc.get_count())
print(gc.collect())
import weakref
print(gc.get_count())
