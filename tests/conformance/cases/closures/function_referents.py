# func_traverse order: code, globals, builtins (3.10+), module, defaults, kwdefaults, doc, name,
# dict, closure, annotations, qualname; a cell's one referent; a bound method's function and self
import gc
def names(o):
    return [type(x).__name__ for x in gc.get_referents(o)]
def outer():
    v = []
    def inner(a, b=3, *, k=4):
        "doc"
        return v
    return inner
inn = outer()
print(names(inn))
print(names(inn.__closure__[0]))
inn.attr = 1
inn.__annotations__
print(names(inn))
def plain():
    pass
print(names(plain))
class C:
    def m(self):
        pass
print(names(C().m))
