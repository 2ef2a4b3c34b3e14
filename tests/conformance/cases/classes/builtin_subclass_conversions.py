# int()/float() call a builtin subclass's own __int__/__float__; indexing and range() use the value
import sys


class I(int):
    def __int__(self):
        return 7

    def __index__(self):
        return 2

    def __float__(self):
        return 1.5


class F(float):
    def __float__(self):
        return 9.5

    def __int__(self):
        return 4


i = I(3)
f = F(1.25)
print(int(i), float(i), list(range(i)), [10, 20, 30, 40][i], "abcd"[i], i + 0, repr(i))
print(int(f), float(f), f + 0, str(f))
n = int(i)
print(type(n).__name__, sys.getrefcount(i), type(float(f)).__name__)
