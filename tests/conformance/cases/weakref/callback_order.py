# callbacks run newest first when the referent dies
import weakref
class C:
    pass
c = C()
r1 = weakref.ref(c, lambda wr: print("first registered"))
r2 = weakref.ref(c, lambda wr: print("second registered"))
r3 = weakref.ref(c, lambda wr: print("third registered"))
del c
print("end")
