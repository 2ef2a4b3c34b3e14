# calls reaching __init__/__new__/__call__ through tp_call: the args tuple, the kwargs dict and _PyStack_UnpackDict's copies
import sys
o = object()
t = (o, o)
d = {'k': o}
base = sys.getrefcount(o)
def seen(*a, **k):
    print(sys.getrefcount(o) - base, end=' ')
class C:
    __init__ = seen
class N:
    def __new__(cls, *a, **k):
        seen()
        return object.__new__(cls)
class K:
    __call__ = seen
class Meta(type):
    __call__ = seen
class W(metaclass=Meta):
    pass
for callee in (C, N, K(), W):
    callee(o, o)
    callee(o, o, k=o)
    callee(*t)
    callee(*t, k=o)
    callee(*t, **d)
    callee(**d)
    callee(o, **d)
    print()
print(sys.getrefcount(o) - base, sys.getrefcount(d))
