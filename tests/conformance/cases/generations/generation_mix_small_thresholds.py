# with thresholds (5, 2, 2), which generations automatic collections choose while 300 lists are kept
import gc
gc.collect()
gc.set_threshold(5, 2, 2)
gens = []
gc.callbacks.append(lambda phase, info: phase == "start" and gens.append(info["generation"]))
keep = []
for i in range(300):
    keep.append([i])
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
print(len(gens), [gens.count(g) for g in (0, 1, 2)])
