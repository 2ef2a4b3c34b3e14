# geometry with the math module: distances, angles, polygon areas and a convex hull of points
import gc
import math
gc.collect()


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def __repr__(self):
        return f"({self.x:g}, {self.y:g})"

    def norm(self):
        return math.hypot(self.x, self.y)

    def angle(self):
        return math.degrees(math.atan2(self.y, self.x))


def cross(o, a, b):
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)


def convex_hull(points):
    pts = sorted(points, key=lambda p: (p.x, p.y))
    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def area(poly):
    return abs(math.fsum(a.x * b.y - b.x * a.y for a, b in zip(poly, poly[1:] + poly[:1]))) / 2


pts = [Point(math.cos(k * math.tau / 7) * 3, math.sin(k * math.tau / 7) * 3) for k in range(7)]
pts += [Point(0, 0), Point(1, 1), Point(-1, 0.5)]
hull = convex_hull(pts)
print(len(hull), f"{area(hull):.6f}", f"{7 / 2 * 9 * math.sin(math.tau / 7):.6f}")
print([f"{p.norm():.3f}" for p in hull[:3]], [round(p.angle(), 2) for p in hull[:3]])
square = [Point(0, 0), Point(2, 0), Point(2, 2), Point(0, 2)]
print(area(square), convex_hull(square + [Point(1, 1)]), math.dist((0, 0), (2, 2)))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.9), math.isqrt(99), math.gcd(84, 36), math.factorial(10))
print(f"{math.pi:.10f} {math.e:.10f} {math.tau / 2 == math.pi} {math.sqrt(2) ** 2} {math.isclose(math.sqrt(2) ** 2, 2)}")
print(math.inf > 1e308, math.isnan(math.nan), math.isinf(-math.inf), math.copysign(3, -0.0), math.fabs(-7))
for bad in (-1, 0):
    try:
        print(math.log(bad))
    except ValueError as e:
        print("ValueError:", e)
print(gc.collect())
