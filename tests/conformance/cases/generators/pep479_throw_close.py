# PEP 479 after throw() and during close(): a StopIteration the body raises becomes RuntimeError
# ('generator raised StopIteration') with the StopIteration as its cause and its context.
def g():
    try:
        yield 1
    except ValueError:
        raise StopIteration("from throw")
it = g()
next(it)
try:
    it.throw(ValueError)
except RuntimeError as e:
    print("throw:", repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
def h():
    try:
        yield 1
    finally:
        raise StopIteration("from close")
it = h()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("close:", repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
