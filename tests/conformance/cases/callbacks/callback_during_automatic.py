# callbacks also run for automatic collections triggered by allocation
import gc
gc.collect()
gc.set_threshold(20)
log = []
gc.callbacks.append(lambda phase, info: log.append(phase))
keep = [[i] for i in range(100)]
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
print(len(log) > 0, log[:2])
