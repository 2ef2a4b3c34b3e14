# set_debug requires an int
import gc
try:
    gc.set_debug("all")
except TypeError as e:
    print("TypeError:", e)
print(gc.get_debug())
