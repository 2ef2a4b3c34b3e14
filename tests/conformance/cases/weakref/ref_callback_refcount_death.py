# the callback runs when the referent dies by reference count, receiving the dead weakref
import weakref
class C:
    pass
def cb(wr):
    print("callback", wr() is None, wr is r)
c = C()
r = weakref.ref(c, cb)
print("deleting")
del c
print("deleted")
