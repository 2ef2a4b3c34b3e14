# ints, strings, floats and None are never tracked by the collector
import gc
for obj in (1, "s", 1.5, None, b"x", 10 ** 30):
    print(type(obj).__name__, gc.is_tracked(obj))
print(gc.is_tracked(object()))
