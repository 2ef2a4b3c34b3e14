# A class's own __getattribute__: it runs for every lookup, its AttributeError falls back to __getattr__
import sys


class Logged:
    def m(self):
        return sys.getrefcount(self)

    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)


class Fallback(Logged):
    def __getattr__(self, name):
        return "missing " + name


class Strict:
    def __getattribute__(self, name):
        raise KeyError(name)

obj = Logged()
print(obj.magic, obj.m(), hasattr(obj, "nope"), getattr(obj, "nope", "default"))
print(Fallback().zz, hasattr(Fallback(), "qq"), Fallback().magic)
try:
    Strict().x
except KeyError as e:
    print("KeyError", e)
