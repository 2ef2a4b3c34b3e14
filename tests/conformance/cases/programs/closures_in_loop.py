# closures made in a loop share one cell; default arguments capture each value
import gc
gc.collect()
import sys


def make_late():
    funcs = []
    for i in range(4):
        funcs.append(lambda: i * 10)
    return funcs


def make_early():
    funcs = []
    for i in range(4):
        funcs.append(lambda i=i: i * 10)
    return funcs


def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


late = make_late()
early = make_early()
print([f() for f in late], [f() for f in early])
print(len({id(f.__closure__[0]) for f in late}), [f.__closure__ for f in early][:1])
print([c.cell_contents for c in late[0].__closure__])
counters = [make_counter(n * 100) for n in range(3)]
for c in counters:
    c()
    c(5)
print([c() for c in counters])
cell = counters[1].__closure__[0]
print("cell refs", sys.getrefcount(cell), cell.cell_contents)
del counters
print("cell refs", sys.getrefcount(cell))
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: f(100) for k, f in adders.items()})
print(late[0].__code__.co_freevars, early[0].__defaults__)
print("collect", gc.collect())
