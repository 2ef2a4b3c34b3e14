# a callback removing itself during "start" makes the next callback miss that phase (the list shifts)
import gc
gc.collect()
def once(phase, info):
    print("once", phase)
    gc.callbacks.remove(once)
def always(phase, info):
    print("always", phase)
gc.callbacks.extend([once, always])
gc.collect()
gc.callbacks.clear()
