# a dict that contains itself as a value
import gc
gc.collect()
gc.disable()
d = {}
d["self"] = d
del d
print(gc.collect())
