# starred list/tuple displays allocate a list (3.8: also tuples of the plain runs): gen-0 counts
import gc
import sys


def g(n):
    yield from range(n)


a = [1, 2]
b = 7
gc.collect()
base = gc.get_count()[0]
t = (0, *a, 3)
print(gc.get_count()[0] - base, t)
x = [0, *a, 1, *g(3)]
print(gc.get_count()[0] - base, x, sys.getsizeof(x))
y = [b, *a, b, b, *a, b]
print(gc.get_count()[0] - base, y, sys.getsizeof(y))
s = (*a, *g(4))
print(gc.get_count()[0] - base, s, sys.getsizeof(s))
