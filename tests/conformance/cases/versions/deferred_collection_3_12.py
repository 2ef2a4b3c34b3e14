# 3.12+ runs an automatic collection at the next eval-breaker check, not inside the allocation
import gc
gc.collect()
gc.set_threshold(5)
log = []
gc.callbacks.append(lambda phase, info: phase == "start" and log.append(len(stash)))
stash = []
for i in range(10):
    stash.append([i])
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
print(log)
