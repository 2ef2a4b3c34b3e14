# finalizers still alive at exit run newest first (unless atexit is False), after atexit callbacks
import atexit, weakref
class C:
    pass
keep = [C(), C(), C()]
f1 = weakref.finalize(keep[0], print, "first")
f2 = weakref.finalize(keep[1], print, "second")
f3 = weakref.finalize(keep[2], print, "third")
f2.atexit = False
print(f1.atexit, f2.atexit, f3.alive)
print(repr(f1).split(" at ")[0], repr(f1).split("; ")[1].split(" at ")[0])
atexit.register(print, "atexit callback")
print("end of program")
