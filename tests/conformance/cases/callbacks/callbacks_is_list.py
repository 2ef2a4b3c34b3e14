# gc.callbacks is an ordinary list, empty at start
import gc
print(type(gc.callbacks).__name__, len(gc.callbacks))
gc.callbacks.append(print)
print(len(gc.callbacks))
gc.callbacks.clear()
print(gc.callbacks)
