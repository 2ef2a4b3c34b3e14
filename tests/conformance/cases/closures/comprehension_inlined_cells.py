# an enclosing variable read by a comprehension is a cell only while that comprehension is a function (to 3.11)
import gc


def reads(k):
    count = gc.get_count()
    r = [k * x for x in range(2)]
    return r, count, reads.__code__.co_cellvars


def captures():
    fs = [lambda: x for x in range(3)]
    return [f() for f in fs], captures.__code__.co_cellvars


def both():
    c = 1

    def inner():
        return c
    return [(lambda: c + v)() for v in range(2)], inner(), both.__code__.co_cellvars


gc.collect()
print(reads(3))
print(captures())
print(both())
