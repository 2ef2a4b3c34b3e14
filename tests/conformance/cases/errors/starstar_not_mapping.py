# CALL_FUNCTION_EX's errors for a ** argument that is not a mapping or has non-str keys name the
# callee: _PyObject_FunctionStr from 3.9 (__main__.f()), name() or "<type> object" on 3.8.
import gc
import sys


def f(**k):
    pass


class M:
    def m(self, **k):
        pass
    __call__ = m


calls = (lambda: f(**[1]), lambda: M().m(**[1]), lambda: f(**{1: 2}), lambda: f(**None),
         lambda: len(**[1]), lambda: M(**[1]), lambda: M()(**[1]), lambda: dict(**[1]))
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
x = [1]
try:
    f(**x)
except TypeError:
    pass
print(sys.getrefcount(x), gc.collect())
