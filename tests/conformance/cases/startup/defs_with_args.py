# functions with positional arguments and defaults: co_varnames, defaults tuples
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
def f0(a, b=0, *args, c=None, **kw):
    return a + b
def f1(a, b=1, *args, c=None, **kw):
    return a + b
def f2(a, b=2, *args, c=None, **kw):
    return a + b
def f3(a, b=3, *args, c=None, **kw):
    return a + b
def f4(a, b=4, *args, c=None, **kw):
    return a + b
def f5(a, b=5, *args, c=None, **kw):
    return a + b
