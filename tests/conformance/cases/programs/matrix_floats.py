# matrix code with lists of floats: products, transposes, repr of floats and rounding
import gc

gc.collect()
import sys


def zeros(n, m):
    return [[0.0] * m for _ in range(n)]


def identity(n):
    out = zeros(n, n)
    for i in range(n):
        out[i][i] = 1.0
    return out


def transpose(a):
    return [list(row) for row in zip(*a)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def fmt(m):
    return "\n".join(" ".join(f"{v:8.3f}" for v in row) for row in m)


a = [[1.5, 2.0, -0.5], [0.1, 0.2, 0.3]]
b = [[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]]
c = matmul(a, b)
print(fmt(c))
print(c)
print(matmul(identity(2), c) == c, transpose(a))
print(0.1 + 0.2, 1 / 3, 2 / 3 * 3, 1e16, 1e-7, 123456789.0 * 10, -0.0, 2.5e-300 * 1e-10)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(3.14159, 3), round(1234.5, -2))
print(float("inf"), -float("inf"), float("nan") != float("nan"), abs(-3.5), 7.0 // 2, 7.5 % 2, -7.5 % 2)  # noqa: PLW0177
print(divmod(7.5, 2), pow(2.0, 10), 2 ** -1, (0.1).as_integer_ratio(), 3.0.is_integer())
row = c[0]
print("row refs", sys.getrefcount(row), "float", sys.getsizeof(1.5), "list", sys.getsizeof([0.0] * 3))
trace = sum(identity(4)[i][i] for i in range(4))
print("trace", trace, type(trace).__name__, int(-2.7), int(2.7), float(" 3.25 "), float("1_000.5"))
print(max(row), min(row, key=abs), sorted(row, reverse=True), sum(row) / len(row))
print(gc.collect())
