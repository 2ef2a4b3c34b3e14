# gc.get_stats counts collections per generation: deltas after one collection of each generation
import gc
gc.collect()
gc.disable()
before = [s["collections"] for s in gc.get_stats()]
gc.collect(0)
gc.collect(1)
gc.collect(2)
after = [s["collections"] for s in gc.get_stats()]
print([a - b for a, b in zip(after, before)])
print(sorted(gc.get_stats()[0].keys()))
