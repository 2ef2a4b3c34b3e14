# the slot wrappers of ref check their arguments like CPython's (wrap_binaryfunc, wrap_hashfunc)
import weakref
class C: pass
c = C()
r = weakref.ref(c)
for f in (lambda: r.__eq__(), lambda: r.__hash__(1), lambda: r.__eq__(r, x=1)):
    try:
        f()
    except TypeError as e:
        print(e)
print(r.__eq__(r), r.__ne__(1))
