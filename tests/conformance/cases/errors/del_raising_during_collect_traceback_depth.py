# an exception raised two calls deep inside __del__ reports the whole traceback under "Exception ignored"
import gc
gc.collect()
gc.disable()
def helper():
    raise KeyError("deep")
class Bad:
    def __del__(self):
        helper()
b = Bad()
b.me = b
del b
print(gc.collect())
