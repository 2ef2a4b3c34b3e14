# GC death with weakrefs: external weakref callback runs before __del__, wr() dead inside __del__;
# weakref inside the garbage never fires.
import gc
import weakref

gc.disable()
log = []
class C:
    def __init__(self, n): self.n = n
    def __del__(self): log.append(("del", self.n, ext() is None))
b = C("b"); c = C("c")
b.o = c; c.o = b
ext = weakref.ref(b, lambda r: log.append(("cb-ext",)))
c.inner = weakref.ref(b, lambda r: log.append(("cb-inner",)))
del b, c
print("collect", gc.collect())
print(log)
