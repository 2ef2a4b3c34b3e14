# try/except/else/finally, except-as unbinding, chaining, and the exception's refcount
import sys
def f(n):
    try:
        if n:
            raise ValueError(n)
    except ValueError as e:
        print("caught", e, sys.getrefcount(e))
        return "handled"
    else:
        return "no error"
    finally:
        print("finally", n)
print(f(0), f(1))
try:
    raise KeyError("a")
except KeyError:
    try:
        raise ValueError("b")
    except ValueError as e2:
        print(repr(e2), repr(e2.__context__), e2.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as r:
    print(type(r.__cause__).__name__, r.__suppress_context__)
e = None
try:
    [][1]
except IndexError as e:
    pass
print("e" in dir() if False else "unbound:", "e" not in globals())
