# objects left in gc.garbage at exit: no shutdown message unless ResourceWarning is enabled
import gc
gc.collect()
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
gc.collect()
gc.set_debug(0)
print(len(gc.garbage))
