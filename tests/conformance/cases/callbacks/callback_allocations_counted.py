# a callback that allocates during "stop" moves the generation-0 counter seen afterwards
import gc
gc.collect()
keep = []
def cb(phase, info):
    if phase == "stop":
        keep.append([phase])
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(gc.get_count()[0] > 0, len(keep))
