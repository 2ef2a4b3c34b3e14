# with gc disabled the generation-0 counter keeps growing past the threshold
import gc
gc.collect()
gc.disable()
keep = [[] for i in range(1000)]
print(gc.get_count()[0] >= 1000)
gc.enable()
