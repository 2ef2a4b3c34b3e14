# an exception in __del__ during gc.collect() is reported and the collection goes on
import gc
gc.collect()
gc.disable()
class Bad:
    def __del__(self):
        1 / 0
x = Bad()
x.me = x
del x
print(gc.collect())
print("continues")
