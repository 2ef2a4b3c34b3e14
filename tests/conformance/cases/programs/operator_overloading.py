# operator overloading on a 2D vector: arithmetic, reflected and in-place operators, comparisons
import gc
gc.collect()
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return self.x * k.x + self.y * k.y

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __getitem__(self, i):
        return (self.x, self.y)[i]


a = Vec(3, 4)
b = Vec(1, -2)
print(a + b, a - b, a * 2, 2 * a, a * b, -a, abs(a), bool(Vec(0, 0)), bool(b))
c = a
c += b
print(c is a, a, b, sys.getrefcount(a))
print(a == Vec(4, 2), a != Vec(4, 2), a == (4, 2), len({Vec(1, 1), Vec(1, 1), Vec(2, 1)}))
x, y = a
print(x, y, list(a), a[1], sum([a, b, Vec(0, 1)], Vec(0, 0)))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
total = Vec(0, 0)
for i in range(5):
    total += Vec(i, i * i)
print(total, abs(Vec(6, 8)), round(abs(b), 3))
print(gc.collect())
