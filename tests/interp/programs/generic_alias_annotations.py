# list[int] (PEP 585: a types.GenericAlias from 3.9, TypeError in 3.8) and function __annotations__
import gc
import sys
try:
    a = list[int]
    print(sys.getsizeof(a), gc.is_tracked(a), a, dict[str, list[int]], type(a), a.__origin__, a.__args__)
    print(a(), list[int]([1]), type[int], list[None], list["x"], a is list[int], a == list[int])
except TypeError as e:
    print("TypeError:", e)


class C:
    pass


def g(a, b: int = 1, *c: str, d: "x", **e) -> C:
    pass


ann = g.__annotations__
print(ann, ann is g.__annotations__, sys.getrefcount(ann))


def h():
    pass


print(h.__annotations__, len(h.__annotations__), h.__annotations__ is h.__annotations__)
