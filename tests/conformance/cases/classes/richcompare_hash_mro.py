# object.__ne__ inverts the class's __eq__; __eq__ without __hash__ makes instances unhashable; a
# class statement without a consistent MRO raises CPython's TypeError and leaks no references.
import gc
import sys


class V:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x


a = V(1)
print(a == V(1), a != V(1), a != V(2), a != 1, 1 != a, V.__hash__ is None)
try:
    print({a: 1})
except TypeError as e:
    print(e)
W = type("W", (V,), {})
before = sys.getrefcount(V), sys.getrefcount(W)
try:
    class C(V, W):
        pass
except TypeError as e:
    print(e)
print(sys.getrefcount(V) - before[0], sys.getrefcount(W) - before[1], gc.collect())
