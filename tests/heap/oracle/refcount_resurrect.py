# Refcount death with resurrection, and a weakref made inside __del__.
import gc
import weakref

log = []
saved = []


class R:
    def __del__(self):
        log.append("del")
        saved.append(self)


r = R()
del r
print("resurrected", len(saved), log, gc.is_finalized(saved[0]) if hasattr(gc, "is_finalized") else None)
saved.clear()
print("second death", log)

made = []


class W:
    def __del__(self):
        made.append(weakref.ref(self, lambda x: log.append("cb-made-in-del")))


w = W()
del w
print("weakref made in __del__", made[0]() is None, log)
