# an exception in __del__ during a collection is reported and the collection completes
import gc
gc.collect()
gc.disable()
class Bad:
    def __del__(self):
        raise ValueError("bad del")
b = Bad()
b.me = b
del b
print("collected", gc.collect())
