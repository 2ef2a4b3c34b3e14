# getsizeof adds the GC header (pre-header from 3.11) to __sizeof__, and returns default on TypeError
import sys
class Sized:
    def __sizeof__(self):
        return 10
class Bad:
    def __sizeof__(self):
        raise TypeError("no size")
class Negative:
    def __sizeof__(self):
        return -1
print(sys.getsizeof(Sized()))
print(sys.getsizeof(Bad(), 99), sys.getsizeof(Bad(), default="d"))
try:
    sys.getsizeof(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print("ValueError:", e)
print(sys.getsizeof(1), sys.getsizeof(2**40), sys.getsizeof("abc"), sys.getsizeof(()), sys.getsizeof((1, 2)))
print(sys.getsizeof(1.5), sys.getsizeof(b"xy"), sys.getsizeof(True))
import gc
print(sys.getsizeof(int), sys.getsizeof(len), sys.getsizeof(gc), sys.getsizeof(gc.collect), sys.getsizeof(None))
print(sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(Sized), sys.getsizeof(object()))
print(sys.getsizeof({"a": 1}), [].__sizeof__(), object().__sizeof__())
