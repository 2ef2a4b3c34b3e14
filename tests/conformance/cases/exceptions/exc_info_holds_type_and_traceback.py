# an except clause's exc_info holds the class and the traceback as well on 3.8-3.10 (the value alone on 3.11+)
import sys


class E(Exception):
    pass


print("class outside", sys.getrefcount(E))
try:
    raise E
except E:
    print("class in bare except", sys.getrefcount(E))
try:
    raise E()
except E as e:
    tb = e.__traceback__
    print("class, instance, traceback", sys.getrefcount(E), sys.getrefcount(e), sys.getrefcount(tb))
    t, v, b = sys.exc_info()
    print("exc_info triple", t is E, sys.getrefcount(v), sys.getrefcount(b))
    del t, v, b
    try:
        raise ValueError("inner")
    except ValueError as e2:
        print("nested: outer traceback", sys.getrefcount(tb), "inner", sys.getrefcount(e2.__traceback__))
    del tb
print("class after", sys.getrefcount(E))
