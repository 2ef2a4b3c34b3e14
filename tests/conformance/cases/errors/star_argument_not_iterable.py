# *-unpacking of a non-iterable: check_args_iterable names the callee, 3.9+ LIST_EXTEND says "Value after *"
import sys


def f(*a, **k):
    return a


class C:
    def m(self, *a):
        return a


attempts = (lambda: f(*1), lambda: f(1, *None), lambda: f(*1, 2), lambda: f(*[1], *2.5),
            lambda: C().m(*1), lambda: C(*1), lambda: len(*1), lambda: f(*1, **{'a': 1}),
            lambda: [*1], lambda: (0, *None), lambda: {*1}, lambda: [*[1], *3],
            lambda: f(*(x for x in [1]), *[2]), lambda: f(*(int(x) for x in [None])))
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print(e)
x = object()
try:
    f(x, *x)
except TypeError:
    pass
print(sys.getrefcount(x))
