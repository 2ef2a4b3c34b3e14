# PEP 479 inside a delegated generator (yield from: the inner one converts it), for a StopIteration
# subclass, and for next(): the uncaught RuntimeError prints its cause first.
def inner():
    yield 1
    raise StopIteration("inner")
def outer():
    try:
        yield from inner()
    except RuntimeError as e:
        print("outer caught:", repr(e), repr(e.__cause__))
    yield 2
print(list(outer()))
class SubStop(StopIteration):
    pass
def k():
    yield 1
    raise SubStop("sub")
try:
    list(k())
except RuntimeError as e:
    print("sub:", repr(e), repr(e.__cause__))
def m():
    yield 1
    raise StopIteration
it = m()
next(it)
next(it)
