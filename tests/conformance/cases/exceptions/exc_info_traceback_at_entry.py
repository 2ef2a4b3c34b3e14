# 3.8-3.10 sys.exc_info() and a bare raise use the traceback exc_info took when the handler began
import sys

try:
    try:
        raise KeyError("k")
    except KeyError as e:
        e.__traceback__ = None
        print("exc_info traceback kept", sys.exc_info()[2] is not None)
        raise
except KeyError as e2:
    n, tb = 0, e2.__traceback__
    while tb is not None:
        n, tb = n + 1, tb.tb_next
    print("re-raised traceback entries", n)


def gen():
    try:
        raise KeyError("g")
    except KeyError as e:
        yield sys.getrefcount(e.__traceback__)
        yield sys.getrefcount(e.__traceback__)


g = gen()
print("generator suspended in a handler", next(g), next(g))
