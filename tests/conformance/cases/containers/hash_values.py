# hash() of the builtin types is CPython's: ints, floats, complex, tuples (xxHash), frozensets, None, -1
import sys
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 64)), hash(10 ** 30))
print(hash(1.5), hash(-0.0), hash(1e300), hash(float("inf")), hash(float("-inf")), hash(2.0) == hash(2))
print(hash(1 + 2j), hash(complex(0, 1)), hash(3j) == hash(complex(0, 3)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3.5), -1)), hash((None,)) == hash((None,)))
print(hash(frozenset()), hash(frozenset([1, 2])), hash(frozenset([(1, 2), 3.5, -7])))
print(hash(True), hash(False), hash(None) == hash(None), hash(float("nan")) == hash(float("nan")))
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print(hash(H(-1)), hash(H(2 ** 62)), hash(H(2 ** 64)), hash(H(-(2 ** 63))))
print({H(1), H(9), H(17)} and len({H(1), H(9)}))
i = sys.hash_info
print(i.width, i.modulus, i.inf, i.nan, i.imag, i.algorithm, i.hash_bits, i.seed_bits, i.cutoff)
