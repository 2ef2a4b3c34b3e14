# list(x), sorted(x), x.extend(y), x += y: list_preallocate_exact, length hints, make-room and cut-back
import sys


def gen(n):
    for i in range(n):
        yield i


def size(lst):
    return (sys.getsizeof(lst) - sys.getsizeof([])) // 8


for n in (1, 2, 3, 5, 6, 9, 13, 17):
    row = [size(list(range(n))), size(list(tuple(range(n)))), size(list(iter(list(range(n))))),
           size(list(gen(n))), size(sorted(range(n))), size(list(set(range(n)))),
           size(list(dict.fromkeys(range(n)))), size(list(dict.fromkeys(range(n)).items())),
           size(list("x" * n)), size(list(b"x" * n)), size(list(iter(b"x" * n)))]
    e = []
    e.extend(range(n))
    o = [1]
    o.extend(list(range(n)))
    five = [1, 2, 3, 4, 5]
    five.extend(gen(n))
    g = [1]
    g += gen(n)
    print(n, row, size(e), size(o), size(five), size(g))
