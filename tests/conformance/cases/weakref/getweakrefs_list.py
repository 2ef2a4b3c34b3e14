# getweakrefs lists the live weak references to an object
import weakref
class C:
    pass
c = C()
r1 = weakref.ref(c)
r2 = weakref.ref(c, lambda wr: None)
p = weakref.proxy(c)
refs = weakref.getweakrefs(c)
print(len(refs), r1 in refs, r2 in refs)
del r2
print(weakref.getweakrefcount(c))
