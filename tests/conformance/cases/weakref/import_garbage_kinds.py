# What the first `import weakref` leaves for the collector, object by object (DEBUG_SAVEALL keeps
# it in gc.garbage), and the automatic collections that run during the import.
import gc
log = []
gc.callbacks.append(lambda phase, info: log.append((phase, info["generation"], info["collected"])))
gc.set_debug(gc.DEBUG_SAVEALL)
import weakref
gc.callbacks.clear()
print(log)
print(sorted(type(o).__name__ for o in gc.garbage))
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
