# str.format, % formatting and f-strings with format specs, conversions and alignment
import gc
gc.collect()


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return format(str(self), spec)


x = 3.14159265
n = 42
v = "hi"
print(f"{x:.3f}|{n:>8}|{v!r}|{n:<6}|{n:^7}|{n:08.2f}|{x:e}|{x:10.4g}|")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:#b} {n:+d} {-n: d} {1234567:,} {1234567:_}")
print(f"{0.25:%} {0.25:.1%} {1e10:g} {1e-5:g} {123.456:.2e} {5:03} {-5:03}")
print("{} {} {}".format(1, "a", [1]), "{1}{0}{1}".format("a", "b"), "{name}:{age}".format(name="z", age=3))
print("{:*^11}".format("mid"), "{0!r:>8}".format("q"), "{:.2}".format("hello"), "{:>{w}}".format(7, w=4))
print("%s %r %d %5.1f %-4d| %x %o %e %%" % ("s", "r", 7, 2.345, 3, 255, 8, 12345.678))
print("%(a)s-%(b)03d" % {"a": "A", "b": 5}, "%c%c" % (72, "i"), "%.3s" % "abcdef")
m = Money(12345)
print(f"{m} {m!r} {m:short} {m:>12}|", "{}".format(m), str(m), repr(m), format(m, "<10") + "|")
rows = [("widget", 3, 2.5), ("gizmo", 12, 10.0), ("thingamajig", 1, 199.99)]
print(f"{'item':<12}{'qty':>5}{'price':>10}")
for name, qty, price in rows:
    print(f"{name:<12}{qty:>5}{price:>10.2f}")
print(f"{'total':<12}{sum(r[1] for r in rows):>5}{sum(r[1] * r[2] for r in rows):>10.2f}")
print(format(255, "x"), format(3.5), format("s", ">3"), format(True), format(10, ","), f"{True!s}")
width = 6
print(f"{n:{width}}|{x:{width}.{2}f}|{'a' 'b'}|{{literal}}|{n=}|{x=:.2f}")
print(f"{[1, 2]!s:>10}|{(1,)}|{ {'k': 1}['k']}|{3 + 4}|{'x' * 3}")
print(gc.collect())
