# after enough generation-0 collections, a generation-1 collection happens
import gc
gc.collect()
gc.set_threshold(10, 2, 10)
gens = []
gc.callbacks.append(lambda phase, info: phase == "start" and gens.append(info["generation"]))
keep = []
for i in range(200):
    keep.append([i])
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
print(sorted(set(gens)))
