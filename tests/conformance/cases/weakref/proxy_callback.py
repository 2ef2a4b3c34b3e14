# a proxy with a callback gets it called on the referent's death
import weakref
class C:
    pass
c = C()
p = weakref.proxy(c, lambda pr: print("proxy callback"))
del c
print("end")
