# a finally body and with's __exit__ run by the unwind see the exception on the value stack as well as in exc_info
import sys


class E(Exception):
    pass


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("__exit__", sys.getrefcount(E), sys.getrefcount(v), sys.getrefcount(tb))
        return True


ex = E()
try:
    try:
        raise ex
    finally:
        print("finally", sys.getrefcount(E), sys.getrefcount(ex), sys.getrefcount(ex.__traceback__))
except E:
    print("except", sys.getrefcount(E), sys.getrefcount(ex), sys.getrefcount(ex.__traceback__))
with Suppress():
    raise ex
print("after", sys.getrefcount(E), sys.getrefcount(ex), sys.getrefcount(ex.__traceback__))
