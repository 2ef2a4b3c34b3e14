# what is alive when a print() starts a collection: 3.11+ the *args tuple, 3.12+ also the bound write method
import gc
seen = []
def cb(phase, info):
    if phase == "start" and info["generation"] == 0:
        names = []
        for o in gc.get_objects(0):
            if type(o) is not list:
                names.append(type(o).__name__)
        seen.append(sorted(names))
gc.callbacks.append(cb)
results = []
for args in (("x",), ("x", "y"), ()):
    gc.collect()
    gc.set_threshold(30)
    objs = []
    while gc.get_count()[0] < 30:
        objs.append([])
    seen.clear()
    print(*args)
    results.append(list(seen))
    del objs
gc.callbacks.clear()
gc.set_threshold(700)
for r in results:
    print(r)
