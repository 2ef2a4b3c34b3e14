# A duration type with __divmod__/__rdivmod__: divmod() dispatches like a binary operator
# (PyNumber_Divmod), falls back to the reflected method, and names divmod() in its TypeError.
import sys


class Seconds:
    def __init__(self, n):
        self.n = n

    def __divmod__(self, unit):
        q, r = divmod(self.n, unit)
        return q, Seconds(r)

    def __rdivmod__(self, total):
        return divmod(total, self.n)

    def __repr__(self):
        return f"Seconds({self.n})"


t = Seconds(3725)
hours, rest = divmod(t, 3600)
minutes, secs = divmod(rest, 60)
print(hours, minutes, secs, divmod(7200, Seconds(3600)))
print(divmod(7, 2), divmod(-7.5, 2), divmod(7, -2))
for a, b in ((1, 0), (1.0, 0), ("a", 1), (t, "x")):
    try:
        divmod(a, b)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.getrefcount(rest), sys.getrefcount(t))
