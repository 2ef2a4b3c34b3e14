# displays of more than 30 elements (3.10+): BUILD_LIST 0 + LIST_APPEND each, LIST_TO_TUPLE for tuples
import gc
import sys


def f(*args):
    return len(args)


a = 1
gc.collect()
base = gc.get_count()[0]
y = (a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)
print(gc.get_count()[0] - base, sys.getsizeof(y))
x = [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, 2]
print(gc.get_count()[0] - base, sys.getsizeof(x))
c = [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7]
print(gc.get_count()[0] - base, sys.getsizeof(c))
z = [*x, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]
print(gc.get_count()[0] - base, sys.getsizeof(z))
print(f(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, *[]), gc.get_count()[0] - base)
