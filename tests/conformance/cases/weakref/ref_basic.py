# a weak reference returns the object while it lives and None after it is freed
import weakref
class C:
    pass
c = C()
r = weakref.ref(c)
print(r() is c)
del c
print(r())
