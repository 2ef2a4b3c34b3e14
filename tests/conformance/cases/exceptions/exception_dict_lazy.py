# an exception's __dict__ is made empty on first read; attributes set on a builtin exception live in it
import gc
import sys

gc.disable()
e = ValueError(1)
before = gc.get_count()[0]
d = e.__dict__
print(d, type(d).__name__, gc.get_count()[0] - before, sys.getsizeof(d))
print(e.__dict__ is d, sys.getrefcount(d))
e.note = [1]
print(e.note, d, gc.is_tracked(d), vars(KeyError()))
del e.note
print(d, hasattr(e, "note"))


class E(Exception):
    pass


x = E()
print(x.__dict__, sys.getsizeof(x))
x.me = x
print(x.__dict__ is vars(x), sys.getsizeof(x.__dict__))
del x
gc.enable()
print(gc.collect())
