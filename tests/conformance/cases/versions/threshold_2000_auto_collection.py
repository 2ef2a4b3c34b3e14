# with default thresholds, count the automatic collections while 2500 cycles are made (3.13: 2000)
import gc
gc.collect()
starts = []
gc.callbacks.append(lambda phase, info: phase == "start" and starts.append(info["generation"]))
for i in range(2500):
    x = []
    x.append(x)
del x
gc.callbacks.clear()
print(starts)
