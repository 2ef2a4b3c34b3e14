# weakref.finalize callbacks for live objects run at exit (atexit=True)
import weakref
class C:
    pass
c = C()
weakref.finalize(c, print, "finalize ran at exit")
print("end of module")
