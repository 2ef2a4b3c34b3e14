# getweakrefs lists weakrefs in list order: the basic ref, the basic proxy, then refs with callbacks newest first
import weakref
class C:
    pass
c = C()
cb1 = lambda w: None
cb2 = lambda w: None
r1 = weakref.ref(c, cb1)
p = weakref.proxy(c)
r0 = weakref.ref(c)
r2 = weakref.ref(c, cb2)
refs = weakref.getweakrefs(c)
print(weakref.getweakrefcount(c), [x is r0 for x in refs], [x is p for x in refs])
print([x is r1 for x in refs], [x is r2 for x in refs])
print(weakref.getweakrefcount(1), weakref.getweakrefs("s"))
