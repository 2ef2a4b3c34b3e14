# a weakref that dies before its referent never calls its callback
import weakref
class C:
    pass
c = C()
r = weakref.ref(c, lambda wr: print("never printed"))
del r
del c
print("done")
