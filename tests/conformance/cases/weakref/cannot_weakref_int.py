# ints, tuples and lists do not support weak references
import weakref
for obj in (1, (1, 2), [1], "s", {}):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
