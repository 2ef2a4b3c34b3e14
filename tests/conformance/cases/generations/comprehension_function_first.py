# A comprehension's function is made before its iterable is evaluated: a collection it triggers runs first
import gc

gc.collect()
gc.disable()
junk = [[] for i in range(150)]
gc.set_threshold(100, 5, 5)
gc.enable()
seen = [s["collections"] for s in gc.get_stats()]
print(gc.get_stats()[0]["collections"] - seen[0])
gc.disable()
junk2 = [[] for i in range(150)]
gc.enable()
gen = (s["collections"] for s in gc.get_stats())
first = next(gen)
print(gc.get_stats()[0]["collections"] - first)
