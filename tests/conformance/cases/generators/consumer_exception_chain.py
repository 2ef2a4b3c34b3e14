# a generator body sees the exception its consumer is handling: sys.exc_info(), __context__ and a bare raise walk the exc_info chain
import sys
def gen():
    try:
        yield sys.exc_info()[0]
        1 / 0
    except ZeroDivisionError as e:
        yield type(e.__context__).__name__
def g2():
    yield sys.exc_info()[0]
    raise ValueError("x")
def g3():
    try:
        raise
    except KeyError:
        yield "re-raised KeyError"
try:
    {}['k']
except KeyError:
    g = gen()
    print(next(g), next(g))
    h = g2()
    print(next(h))
    try:
        next(h)
    except ValueError as e:
        print(type(e.__context__).__name__)
    print(next(g3()))
print(sys.exc_info()[0], next(g2()))
