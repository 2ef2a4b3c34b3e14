# each callback invocation gets its own info dict; keeping it is safe
import gc
gc.collect()
infos = []
gc.callbacks.append(lambda phase, info: infos.append(info))
gc.collect(1)
gc.callbacks.clear()
print(len(infos), infos[0] is infos[1], infos[0] == infos[1])
print(infos[1])
