# argument-binding errors reached through *- and **-calls: callee named by __qualname__ from 3.10, builtins' own checks
def g(a, b=2, *, c=3):
    return a, b, c


class C:
    def m(self, a):
        return a


def renamed(a):
    pass


renamed.__qualname__ = "Other.renamed"
attempts = (lambda: g(1, **{'a': 2}), lambda: g(*[1, 2, 3]), lambda: g(**{'c': 1}), lambda: g(*[1], **{'d': 1}),
            lambda: C().m(*[1, 2]), lambda: C().m(**{'self': 1, 'a': 2}), lambda: g(1, *[2], b=3),
            lambda: renamed(*[1, 2]), lambda: renamed(**{'b': 1}), lambda: max(*[]), lambda: min(*[[]]),
            lambda: len(*[1, 2]), lambda: dict(*[1, 2]), lambda: int(*['1'], **{'base': 2}),
            lambda: print(*[1], **{'sep': 1}), lambda: print(**{'end': 2.5}), lambda: isinstance(*[1]),
            lambda: sorted(*[[3, 1]], **{'reverse': True}), lambda: C.m(*[C()], **{'a': 5}))
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
