# big ints and int builtins: divmod, pow, round, abs, hash, bit operations, conversions
import gc
gc.collect()
import sys


def factorial(n):
    out = 1
    for k in range(2, n + 1):
        out *= k
    return out


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


f30 = factorial(30)
print(f30, len(str(f30)), f30.bit_length(), f30 % 1000007)
print(fib(100), fib(90) * fib(91) - fib(92) ** 2 + fib(200) // fib(100))
print(2 ** 100, -(2 ** 64), (2 ** 64) // 3, -(2 ** 64) // 3, (-(2 ** 64)) % 7, 10 ** 20 - 1)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 70, 10 ** 9))
print(pow(3, 4), pow(3, 200, 1000), pow(2, -2), pow(-2, 3), pow(7, -1, 11) if sys.version_info >= (3, 8) else 0)
print(round(1234567, -3), round(-15, -1), round(25, -1), round(7), abs(-2 ** 80), abs(0))
print(hash(42), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(hash(1.0) == hash(1), hash(0.5), hash(True), hash(None) == hash(None), hash((1, 2)) == hash((1, 2)))
print(bin(10), oct(64), hex(255), hex(-255), bin(-5), int("ff", 16), int("0b101", 0), int("  12  "), int("1_000"))
print(int("z", 36), int(3.99), int(-3.99), int(True), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 70, (1 << 70) >> 68, -1 >> 3, (12).bit_length(), (-1).bit_length())
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** 0.5, 10 ** -2, (10 ** 30) / 10 ** 10)
print(sum(range(10 ** 4)), max(2 ** 64, 2 ** 63, key=lambda v: -v), min(-1, -(2 ** 70)))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(2 ** 1000))
print(isinstance(True, int), True + True, int.__name__, (5).real, (5).imag, (6).numerator, (6).denominator)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int("12x")
except ValueError as e:
    print("ValueError:", e)
print(gc.collect())
