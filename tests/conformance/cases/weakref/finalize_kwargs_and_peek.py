# finalize stores args and kwargs; peek shows them while alive
import weakref
class C:
    pass
c = C()
f = weakref.finalize(c, print, "a", "b", sep="-")
obj, func, args, kwargs = f.peek()
print(obj is c, func is print, args, kwargs)
del obj
del c
print(f.peek())
