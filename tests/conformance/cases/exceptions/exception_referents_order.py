# what gc.get_referents(exc) visits, in order: subclass slots and type, the struct's members, then dict, args, traceback, cause, context
import gc
class E(Exception): pass
class S(Exception):
    __slots__ = ("a",)
try:
    raise E("arg")
except E as x:
    e = x
e.__cause__ = KeyError("c")
e.__context__ = ValueError("ctx")
e.attr = 1
def name(o):
    return type(o).__name__
print([name(o) for o in gc.get_referents(e)])
s = S(); s.a = [1]; s.__cause__ = KeyError()
print([name(o) for o in gc.get_referents(s)])
o = OSError(2, "no", "file")
print([repr(x) for x in gc.get_referents(o)])
i = ImportError("m", name="n")
print([repr(x) for x in gc.get_referents(i)])
print([repr(x) for x in gc.get_referents(StopIteration(5))], [repr(x) for x in gc.get_referents(SystemExit(3))])
print([repr(x) for x in gc.get_referents(StopIteration())], gc.get_referents(SystemExit()), gc.get_referents(SystemExit(1, 2)))
import sys
v = [1]
base = sys.getrefcount(v)
s = StopIteration(v)
print(sys.getrefcount(v) - base, s.value is v)
del s
print(sys.getrefcount(v) - base)
