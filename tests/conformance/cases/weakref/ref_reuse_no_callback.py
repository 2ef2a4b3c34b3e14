# weakref.ref without callback returns the same shared ref object each time
import weakref, sys
class C:
    pass
c = C()
r1 = weakref.ref(c)
r2 = weakref.ref(c)
print(r1 is r2, weakref.getweakrefcount(c))
r3 = weakref.ref(c, lambda wr: None)
print(r3 is r1, weakref.getweakrefcount(c))
