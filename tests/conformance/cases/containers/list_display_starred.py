# list displays with *: BUILD_LIST i + LIST_EXTEND/LIST_APPEND (3.9+), BUILD_LIST_UNPACK of tuples (3.8)
import sys


def g(n):
    yield from range(n)


a = [1, 2]
b = (3, 4, 5)
print(sys.getsizeof([*range(3)]), sys.getsizeof([0, *range(5)]), sys.getsizeof([*g(3)]))
print(sys.getsizeof([*a, *b]), sys.getsizeof([*a]), sys.getsizeof([0, 1, *a, 2, 3, 4]))
print(sys.getsizeof([*a, 1, 2, 3, 4, 5, 6]), sys.getsizeof([*g(9), *a]), sys.getsizeof([*[]]))
print(sys.getsizeof([0, *()]), sys.getsizeof([*{1, 2, 3}]), sys.getsizeof([*"abcde", 1]))
