# gc.callbacks: phases and info dicts, and gc.collect() inside a callback returns 0.
import gc

gc.disable()
gc.collect()
seen = []
def cb(phase, info):
    seen.append((phase, sorted(info.items()), gc.collect()))
gc.callbacks.append(cb)
l = []; l.append(l); del l
print(gc.collect(1))
gc.callbacks.remove(cb)
print(seen)
print(gc.get_stats()[1])
