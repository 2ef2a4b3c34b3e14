# classes with a __dict__ get __weakref__; getweakrefcount counts live weakrefs
import weakref
class C:
    pass
c = C()
print(c.__weakref__)
r = weakref.ref(c)
print(c.__weakref__ is r, weakref.getweakrefcount(c))
