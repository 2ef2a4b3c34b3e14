# finalizers still alive at exit run in reverse order of creation
import weakref
class C:
    pass
a, b, c = C(), C(), C()
weakref.finalize(a, print, "finalize a")
weakref.finalize(b, print, "finalize b")
weakref.finalize(c, print, "finalize c")
print("end of module")
