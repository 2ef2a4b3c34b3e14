# an exception in a gc callback is reported as unraisable and the collection continues
import gc
gc.collect()
def bad(phase, info):
    if phase == "start":
        raise ValueError("from callback")
gc.callbacks.append(bad)
print(gc.collect())
gc.callbacks.clear()
print("end")
