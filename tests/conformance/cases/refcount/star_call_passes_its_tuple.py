# f(*t): CALL_FUNCTION_EX hands its tuple to a callee taking a tuple (METH_VARARGS, tp_call), not a copy
import gc
import sys
t = (1, 2)
e = ValueError(*t)
print(e.args is t, sys.getrefcount(t))
class A:
    def __init__(self, *a):
        self.a = a
o = A(*t)
print(o.a is t, sys.getrefcount(t))
def f(*a):
    return a
print(f(*t) is t, max(*t), KeyError(*[5]).args)
c = gc.get_count
for name, call in (("varargs builtin", lambda: gc.get_referents(*t)), ("class", lambda: A(*t)),
                   ("exception", lambda: ValueError(*t)), ("from list", lambda: ValueError(*[1, 2, 3]))):
    gc.collect()
    a0 = c()[0]
    call()
    a1 = c()[0]
    print(name, a1 - a0)
