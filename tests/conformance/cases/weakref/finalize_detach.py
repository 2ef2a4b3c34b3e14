# detach returns (obj, func, args, kwargs) and the function never runs
import weakref
class C:
    pass
c = C()
f = weakref.finalize(c, print, "never")
info = f.detach()
print(info[0] is c, info[1] is print, info[2])
print(f.alive)
del c
print("end")
