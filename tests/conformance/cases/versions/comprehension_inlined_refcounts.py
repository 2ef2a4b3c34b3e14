# references held while a comprehension runs: by its own frame through 3.11, by the enclosing frame from 3.12
import gc
import sys


def counts():
    data = [object(), object()]
    y = object()
    r = [(sys.getrefcount(data), sys.getrefcount(v), sys.getrefcount(y)) for v in data]
    return r, sys.getrefcount(data), sys.getrefcount(y)


def gc_counts():
    gc.collect()
    start = gc.get_count()
    flat = [gc.get_count() for v in range(2)]
    nested = [[gc.get_count() for w in range(1)] for v in range(1)]
    return start, flat, nested, gc.get_count()


def gen():
    x = "outer"
    yield [sys._getframe().f_code.co_name for x in range(1)], x


print(counts())
print(gc_counts())
print(list(gen()))
