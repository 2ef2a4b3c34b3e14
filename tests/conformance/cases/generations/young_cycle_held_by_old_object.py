# a young cycle referenced from an old object survives collect(0); once released it sits in generation 1
import gc
gc.collect()
gc.disable()
holder = []
gc.collect()
a = []
a.append(a)
holder.append(a)
del a
print(gc.collect(0))
holder.clear()
print(gc.collect(0), gc.collect(1))
