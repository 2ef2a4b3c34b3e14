# an object with both __del__ and a weakref.finalize: order of the two at exit
import weakref
class T:
    def __del__(self):
        print("__del__")
t = T()
weakref.finalize(t, print, "finalize")
print("end of module")
