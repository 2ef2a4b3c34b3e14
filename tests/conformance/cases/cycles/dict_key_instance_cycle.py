# an instance used as a key in its own __dict__ value dict forms a cycle
import gc
gc.collect()
gc.disable()
class K:
    pass
k = K()
k.table = {k: "self"}
del k
print(gc.collect())
