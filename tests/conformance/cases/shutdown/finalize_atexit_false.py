# a finalizer with atexit = False does not run at exit
import weakref
class C:
    pass
c = C()
f = weakref.finalize(c, print, "should not print")
f.atexit = False
g = weakref.finalize(c, print, "this one prints")
print("end of module")
