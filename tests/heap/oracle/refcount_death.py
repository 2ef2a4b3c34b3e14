# Refcount death: __del__ first (weakref still alive inside it), then callbacks newest-first.
import weakref

log = []
class D:
    def __del__(self): log.append(("del", w0() is self))
d = D()
w0 = weakref.ref(d)
w1 = weakref.ref(d, lambda r: log.append(("cb1", r() is None)))
w2 = weakref.ref(d, lambda r: log.append(("cb2", r() is None)))
del d
print(log)
