# calling a finalizer runs it once and detaches it
import weakref
class C:
    pass
c = C()
f = weakref.finalize(c, lambda: print("cleanup") or "result")
print(f())
print(f.alive, f())
del c
print("end")
