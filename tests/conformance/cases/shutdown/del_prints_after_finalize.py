# weakref.finalize runs before module globals are cleared, so it prints before __del__
import weakref
class T:
    def __del__(self):
        print("T.__del__")
class C:
    pass
t = T()
c = C()
weakref.finalize(c, print, "finalize")
print("end of module")
