# collect(0), collect(1) and collect(2) each find a fresh cycle
import gc
gc.collect()
gc.disable()
for gen in (0, 1, 2):
    x = []
    x.append(x)
    del x
    print(gen, gc.collect(gen))
