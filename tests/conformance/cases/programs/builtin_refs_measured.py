# what the fixed builtins and methods hand back: new objects or shared ones, and gc count deltas
import gc
gc.collect()
import sys

gc.disable()
big = 10 ** 30
base = sys.getrefcount(big)
r1 = big.real
r2 = big.numerator
print("int.real/numerator return self:", r1 is big, r2 is big, sys.getrefcount(big) - base)
f = 2.5 * 3
fr = f.real
print("float.real returns self:", fr is f, f.imag, (7).denominator, (7).imag)
a = {1, 2, 3}
b = [3, 4]
before = gc.get_count()[0]
u = a.union(b, (5,), {6})
after = gc.get_count()[0]
print("union:", sorted(u), u is not a, "gc count +", after - before)
before = gc.get_count()[0]
i = a.intersection()
print("intersection():", i == a, i is not a, "gc count +", gc.get_count()[0] - before)
a.difference_update([1], {2})
a.symmetric_difference_update([3, 9])
a.intersection_update({9, 10})
print("updates:", a)
d = {"x": 1, "y": 2}
keys = d.keys()
print("keys ops:", sorted(keys & {"x", "z"}), sorted(keys - ["x"]), sorted(keys | {"w"}), type(keys ^ set()).__name__)
print("items ops:", d.items() & {("x", 1)}, sorted(d.items() - {("x", 1)}))
s = "abc"
base = sys.getrefcount(s)
text = "{0}{0}{0[1]}".format(s)
print("format fields:", text, sys.getrefcount(s) - base, "{:>{w}}|{:.{p}f}".format("r", 3.14159, w=4, p=2))
print("bin/oct/hex:", bin(5), oct(-8), hex(255), bin(True))
print("from_bytes/fromhex:", int.from_bytes(b"\x00\x10", "big"), bytes.fromhex("0a0b"), b"%s=%d" % (b"k", 5))
print("percent mapping:", "%(a)s/%(b)r/%(a)s" % {"a": s, "b": s}, sys.getrefcount(s) - base)


class NoDict:
    __slots__ = ()


try:
    vars(NoDict())
except TypeError as e:
    print("vars:", e)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v


print("__ne__ via __eq__:", Eq(1).__ne__(Eq(1)), Eq(1).__ne__(Eq(2)), object().__ne__(1))
gc.enable()
print(gc.collect())
