# counter delta for allocations inside a function call
import gc
def build():
    return [[i] for i in range(3)]
gc.collect()
c0 = gc.get_count()[0]
r = build()
print(gc.get_count()[0] - c0)
