# dict() and list() allocate with tp_alloc (PyType_GenericAlloc), never from the free list they are freed to
import gc


def gen(*a, **k):
    yield 1


o = object()
d = {'k': o}
gc.collect()
for name, call in (("dict()", lambda: dict()), ("{}", lambda: {}), ("dict kw", lambda: dict(k=o)),
                   ("dict**", lambda: dict(**d)), ("dict(d)", lambda: dict(d)), ("fromkeys", lambda: dict.fromkeys([1, 2])),
                   ("list()", lambda: list()), ("[]", lambda: []), ("list(t)", lambda: list((1, 2))),
                   ("list(gen*)", lambda: list(gen(*[o], **d))), ("[*t]", lambda: [*(1, 2)]), ("sorted", lambda: sorted([2, 1])),
                   ("copy", lambda: {1: 2}.copy()), ("lcopy", lambda: [1].copy()), ("set()", lambda: set())):
    call()
    c0 = gc.get_count()[0]
    call()
    print(name, gc.get_count()[0] - c0)
