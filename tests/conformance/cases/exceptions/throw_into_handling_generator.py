# throw()/close() into a generator suspended in a handler: __context__ (3.9+), the throw args tuple (3.8-3.10)
import sys


class E(Exception):
    pass


def catcher():
    try:
        raise KeyError("own")
    except KeyError:
        while True:
            try:
                yield
            except E as e:
                print("caught", type(e.__context__).__name__, sys.getrefcount(e))
            except GeneratorExit as x:
                print("closing", type(x.__context__).__name__)
                raise


g = catcher()
next(g)
g.throw(E())
g.throw(E)
try:
    raise ValueError("consumer")
except ValueError:
    g.close()
