# dying by refcount: __del__ runs first, then the weakref callback
import weakref
class T:
    def __del__(self):
        print("__del__")
t = T()
r = weakref.ref(t, lambda wr: print("weakref callback"))
del t
print("end")
