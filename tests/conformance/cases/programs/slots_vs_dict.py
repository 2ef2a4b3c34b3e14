# __slots__ versus __dict__ instances: sizes, attribute errors, weakref support and memory per object
import gc
gc.collect()
import sys


class WithDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class WithSlots:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


d = WithDict(1, 2)
s = WithSlots(1, 2)
print(sys.getsizeof(s), hasattr(s, "__dict__"), hasattr(d, "__dict__"), sorted(vars(d)))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
d.z = 3
print(sorted(d.__dict__.items()), WithSlots.__slots__, type(WithSlots.x).__name__)
try:
    vars(s)
except TypeError as e:
    print("TypeError:", e)
del s.y
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)
points = [WithSlots(i, -i) for i in range(100)]
print(sum(p.x + p.y for p in points), len(points), gc.is_tracked(points[0]), gc.is_tracked(d))
print(sys.getrefcount(points[5]), getattr(points[5], "x"), getattr(s, "y", "missing"))
setattr(s, "y", 9)
print(s.y, [getattr(s, a) for a in WithSlots.__slots__])
print(gc.collect())
