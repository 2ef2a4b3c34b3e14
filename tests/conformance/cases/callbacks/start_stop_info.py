# gc.callbacks get ("start", info) and ("stop", info) around an explicit collection
import gc
gc.collect()
log = []
def cb(phase, info):
    log.append((phase, sorted(info.items())))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
for entry in log:
    print(entry)
