# a fresh interpreter's freeze count: 0, except 3.12 where immortal tuples sit in the permanent generation
import gc
n = gc.get_freeze_count()
print(n == 0)
gc.collect()
print(gc.get_freeze_count() == n)
