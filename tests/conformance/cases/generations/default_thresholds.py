# the default collection thresholds (3.13 raised generation 0 to 2000)
import gc
print(gc.get_threshold())
print(gc.isenabled())
gc.disable()
print(gc.isenabled(), gc.get_threshold())
