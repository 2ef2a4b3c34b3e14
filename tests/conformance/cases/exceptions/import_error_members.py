# ImportError's members: msg, name, path (name_from from 3.12), set by keywords, by failed imports, by __init__
import gc
import sys
e = ImportError("m", name="n", path="p")
print(e.msg, e.name, e.path, str(e), repr(e), e.args)
print(ImportError("a", "b").msg, str(ImportError("a", "b")), ImportError().msg)
try:
    from gc import nothing_here
except ImportError as err:
    print(err.name, err.path, err.msg, getattr(err, "name_from", "-"))
try:
    import not_a_module_anywhere
except ImportError as err:
    print(type(err).__name__, err.name, err.msg == str(err), err.args)
for make in (lambda: ImportError("m", bad=1), lambda: ImportError("m", name_from="x"), lambda: ValueError("x", a=1)):
    try:
        print("accepted", make())
    except TypeError as t:
        print(t)
class F(ImportError):
    def __init__(self, m):
        super().__init__(m, name="zz")
f = F("mm")
print(f.name, f.msg, f.args, repr(f))
e.__init__("k")
print(e.name, e.msg, e.args)
e.msg = "changed"
print(e, e.args, gc.is_tracked(e))
