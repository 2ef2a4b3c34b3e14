# T.__new__(cls, ...) is tp_new_wrapper: its args tuple and the slice without cls, seen after gc.collect()
import gc
c = gc.get_count
class C:
    def __new__(cls, *a):
        return super().__new__(cls)
class L(list):
    pass
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)
t = (C,)
for name, call in (("object.__new__", lambda: object.__new__(C)), ("super new", lambda: C()), ("C(1,2)", lambda: C(1, 2)),
                   ("list.__new__", lambda: list.__new__(L)), ("int sub", lambda: I(5)), ("star", lambda: object.__new__(*t)),
                   ("type.__new__", lambda: type.__new__(M, "X", (), {})), ("meta kw", lambda: M("Y", (), {}))):
    gc.collect(); a0 = c()[0]; call(); a1 = c()[0]; call(); a2 = c()[0]
    print(name, a1 - a0, a2 - a1)
