# a weakref callback on a global that dies at shutdown: CPython prints nothing from it
import weakref
class C:
    pass
c = C()
r = weakref.ref(c, lambda wr: print("weakref callback at exit"))
print("end of module")
