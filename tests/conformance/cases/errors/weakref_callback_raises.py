# an exception in a weakref callback is reported as ignored
import weakref
class C:
    pass
c = C()
r = weakref.ref(c, lambda wr: 1 / 0)
del c
print("continues")
