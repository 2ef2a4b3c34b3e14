# weakrefs to the same live object compare equal (one dict key); dead ones compare by identity
import weakref
class C:
    pass
c = C()
r1 = weakref.ref(c)
r2 = weakref.ref(c, lambda wr: None)
print(r1 == r2, r1 is r2, len({r1: 1, r2: 2}) == 1)
del c
print(r1 == r2, r1 is r2)
