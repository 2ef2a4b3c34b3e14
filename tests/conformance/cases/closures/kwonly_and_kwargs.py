# keyword-only defaults live in __kwdefaults__; **kwargs builds a fresh dict per call
import sys
o = object()
before = sys.getrefcount(o)
def f(*, key=o, **kw):
    return kw
print(sys.getrefcount(o) - before, f.__kwdefaults__["key"] is o)
d1 = f(a=1)
d2 = f(a=1)
print(d1 == d2, d1 is d2)
