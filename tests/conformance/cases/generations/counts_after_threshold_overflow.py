# get_count right after allocation crosses a small generation-0 threshold (3.12+ collects later)
import gc
gc.collect()
gc.set_threshold(10)
seen = []
keep = []
for i in range(12):
    keep.append([i])
    seen.append(gc.get_count()[0])
gc.set_threshold(700, 10, 10)
print(seen)
