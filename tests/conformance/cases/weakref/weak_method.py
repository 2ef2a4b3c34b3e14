# WeakMethod keeps the bound method re-creatable while the instance lives
import weakref
class C:
    def m(self):
        return "called"
c = C()
wm = weakref.WeakMethod(c.m)
print(wm()())
r = weakref.ref(c.m)
print(r())
del c
print(wm())
