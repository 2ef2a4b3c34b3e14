# sys.getsizeof of instances with and without __slots__
import sys
class Plain:
    pass
class Slots1:
    __slots__ = ("a",)
class Slots0:
    __slots__ = ()
print(sys.getsizeof(Plain()), sys.getsizeof(Slots1()), sys.getsizeof(Slots0()))
