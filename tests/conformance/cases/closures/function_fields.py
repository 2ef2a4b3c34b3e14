# function objects: __doc__, __module__, __builtins__ (3.10+), gc.get_referents order; a module docstring
"""the module docstring"""
import gc
import sys
def mk():
    x = 1
    def f(a=[1], *, b={}):
        "doc"
        return x
    f.attr = 1
    return f
f = mk()
g = lambda: 0
G = vars()
def name(r):
    if r is None or isinstance(r, str):
        return r
    return {id(G): 'globals', id(__builtins__.__dict__): 'builtins', id(f.__dict__): 'dict',
            id(f.__kwdefaults__): 'kw'}.get(id(r), type(r).__name__)
print([name(r) for r in gc.get_referents(f)])
print([name(r) for r in gc.get_referents(g)])
print(f.__doc__, g.__doc__, f.__module__, vars()["__doc__"], getattr(f, "__builtins__", None) is __builtins__.__dict__)
d = __builtins__.__dict__
a = sys.getrefcount(d)
h = lambda: 1
print(sys.getrefcount(d) - a)
f.__doc__ = "new"
f.__module__ = None
del h.__doc__
print(f.__doc__, f.__module__, h.__doc__)
