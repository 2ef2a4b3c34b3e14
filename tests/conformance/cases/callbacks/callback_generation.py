# the info dict carries the generation collected
import gc
gc.collect()
gens = []
gc.callbacks.append(lambda phase, info: gens.append((phase, info["generation"])))
gc.collect(0)
gc.collect(1)
gc.collect(2)
gc.callbacks.clear()
print(gens)
