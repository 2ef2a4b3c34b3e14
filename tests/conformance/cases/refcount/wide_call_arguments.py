# calls past STACK_USE_GUIDELINE (3.10+): CALL_FUNCTION_EX with a list turned tuple, keywords in a dict
import gc
import sys


def f(*a, **k):
    return sys.getrefcount(a[0]) - base, len(a), sorted(k)

class C:
    def m(self, *a, **k):
        return sys.getrefcount(a[0]) - base, len(a), len(k)


o, c = object(), C()
base = sys.getrefcount(o)
print(f(o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o))
print(f(o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o))
print(f(o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, k=1))
print(f(o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, k=1))
print(f(o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, a=1, b=2, c=3, d=4, e=5, g=6, h=7, i=8))
print(c.m(o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, a=1, b=2, c=3, d=4, e=5, g=6, h=7, i=8))
print(c.m(o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, k=1))
gc.collect()
for label, call in (("31", lambda: f(o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o)),
                    ("29+kw", lambda: f(o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, k=1)),
                    ("30", lambda: f(o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o))):
    call()
    c0 = gc.get_count()[0]
    call()
    print(label, gc.get_count()[0] - c0, sys.getrefcount(o) - base)
