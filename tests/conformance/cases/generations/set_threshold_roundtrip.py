# set_threshold changes what get_threshold reports; missing arguments keep old values
import gc
old = gc.get_threshold()
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(100, 5, 3)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
