# delattr and setattr move references just like attribute statements
import sys
class C:
    pass
o = object()
c = C()
setattr(c, "a", o)
print(sys.getrefcount(o), hasattr(c, "a"))
delattr(c, "a")
print(sys.getrefcount(o), hasattr(c, "a"))
print(getattr(c, "a", None))
