# a function whose attribute dict holds the function itself (f.me = f)
import gc
gc.collect()
gc.disable()
def f():
    pass
f.me = f
del f
print(gc.collect())
