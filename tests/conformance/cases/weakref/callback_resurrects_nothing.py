# a weakref callback cannot reach the dead object: the weakref it receives is already cleared
import weakref
class C:
    pass
seen = []
def cb(wr):
    seen.append(wr())
c = C()
r = weakref.ref(c, cb)
del c
print(seen)
