# exc_info (and exception from 3.11) give the exception being handled, and nothing outside a handler
import sys
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is e.__traceback__)
    if hasattr(sys, "exception"):
        print(sys.exception() is e)
    else:
        print(True)
print(sys.exc_info())
def depth():
    return sys._getframe(1) is not None
print(depth())
