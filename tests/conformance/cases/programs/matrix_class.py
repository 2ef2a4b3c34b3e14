# a Matrix class with __getitem__ on tuples, __matmul__, __eq__, transpose and pretty printing
import gc
gc.collect()


class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(int, r)) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, value):
        i, j = ij
        self.rows[i][j] = value

    def __matmul__(self, other):
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m)) for j in range(other.m)]
                       for i in range(self.n)])

    def __eq__(self, other):
        return self.rows == other.rows

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def T(self):
        return Matrix(zip(*self.rows))

    def __str__(self):
        width = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join("[" + " ".join(str(v).rjust(width) for v in row) + "]" for row in self.rows)


fibm = Matrix([[1, 1], [1, 0]])
print(fibm ** 10)
print((fibm ** 90)[0, 1])
a = Matrix([[1, 2, 3], [4, 5, 6]])
print(a.T())
print(a @ a.T(), (a @ Matrix.identity(3)) == a, a == a.T())
a[0, 0] = -7
print(a.rows, a[1, 2], a.n, a.m)
print(gc.collect())
