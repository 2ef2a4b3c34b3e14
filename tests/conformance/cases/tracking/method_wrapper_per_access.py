# a slot dunder read from an object is a new tracked method-wrapper each time, holding descr and self
import gc
import sys


def f(*args):
    return len(args)


class C:
    pass


gc.disable()
o = C()
n = gc.get_count()[0]
w = len.__call__
print(type(w).__name__, gc.get_count()[0] - n, sys.getsizeof(w), gc.is_tracked(w), w([1, 2]))
print(hasattr(len, "__call__"), hasattr(len, "__get__"), w.__self__ is len, w.__name__)
print(repr(w)[:47], repr(C.__init__), type(int.__call__).__name__)
r = o.__repr__
print([type(x).__name__ for x in gc.get_referents(r)], sys.getrefcount(o), r is o.__repr__)
del r
print(sys.getrefcount(o), type(o.__init__).__name__, type(o.__eq__).__name__, o.__eq__(o))
print(type(f.__call__).__name__, type(f.__get__).__name__, type(f.__get__(o)).__name__, f.__get__(o)())
print(type(o.__hash__).__name__, type((1).__repr__).__name__, type([].__len__).__name__)
print(type([].__getitem__).__name__, type({}.__contains__).__name__, type((1).__sizeof__).__name__)
