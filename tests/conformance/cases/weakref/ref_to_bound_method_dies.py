# a weakref to a bound method dies at once: the method object is a temporary
import weakref
class C:
    def m(self):
        pass
c = C()
r = weakref.ref(c.m, lambda wr: print("method ref callback"))
print(r())
print("end")
