# creating a weak reference does not change the referent's refcount
import sys, weakref
class C:
    pass
c = C()
before = sys.getrefcount(c)
r = weakref.ref(c)
p = weakref.proxy(c)
print(sys.getrefcount(c) - before)
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
