"""PyObject_Hash as CPython computes it, for the tokens dicts and sets store (ops.key_token).

A set's iteration order is its table order, and a key's slot comes from its hash, so `print({3, 1, 2})`
is only right if the hash is CPython's. Each function names the C function it mirrors:

- int (and bool): long_hash (Objects/longobject.c), reduction modulo 2**61 - 1 — the host's own
  int hash is the same algorithm (sys.hash_info.modulus on both), so it is used directly.
- float: _Py_HashDouble (Python/pyhash.c); a NaN hashes as 0 or by identity (fact
  `interp.nan_hash_by_identity`). complex: complex_hash (real + 1000003 * imag).
- str, bytes: _Py_HashBytes over the string's storage (PyUnicode_DATA: 1, 2 or 4 bytes a code point,
  little-endian) with SipHash (fact `interp.str_hash_algorithm`: siphash24 through 3.10, siphash13
  from 3.11) keyed by _Py_HashSecret, which PYTHONHASHSEED decides (`hash_secret`).
- tuple: tuplehash, the xxHash-based one of 3.8+ (Objects/tupleobject.c).
- frozenset: frozenset_hash (Objects/setobject.c), from its members' hashes and count.
- by identity: _Py_HashPointer, the address rotated right by 4 bits; None has a constant hash from
  3.12 (fact `interp.none_hash`).

Every result is a signed 64-bit Py_hash_t, and -1 (the error value) becomes -2 as in CPython.
"""

from __future__ import annotations

from typing import Any

M64 = (1 << 64) - 1
XXPRIME_1 = 11400714785074694791
XXPRIME_2 = 14029467366897019727
XXPRIME_5 = 2870177450012600261
SECRET_SIZE = 24              # sizeof(_Py_HashSecret_t)


def signed(x: int) -> int:
    """The Py_uhash_t `x` as the Py_hash_t C reads it."""
    x &= M64
    return x - (1 << 64) if x >> 63 else x


def hash_secret(seed: int | None) -> tuple[int, int]:
    """_PyRandom_Init: the SipHash key (k0, k1), the first 16 bytes of _Py_HashSecret. PYTHONHASHSEED=0
    disables randomization (an all-zero secret); N > 0 fills it with lcg_urandom(N). An unset or
    "random" seed is os.urandom in CPython; the model has to be deterministic, so it then uses the
    zero key too (one of the orders CPython can give — pass PYTHONHASHSEED to both for the same)."""
    buf = bytearray(SECRET_SIZE)
    if seed:
        x = seed
        for i in range(SECRET_SIZE):     # lcg_urandom (Python/bootstrap_hash.c)
            x = (x * 214013 + 2531011) & 0xFFFFFFFF
            buf[i] = (x >> 16) & 0xFF
    return int.from_bytes(buf[0:8], "little"), int.from_bytes(buf[8:16], "little")


def _rotl(x: int, b: int) -> int:
    return ((x << b) | (x >> (64 - b))) & M64


def siphash(k0: int, k1: int, data: bytes, c_rounds: int, d_rounds: int) -> int:
    """siphash13 / siphash24 of Python/pyhash.c: SipHash-c-d with a 64-bit result."""
    v0 = k0 ^ 0x736F6D6570736575
    v1 = k1 ^ 0x646F72616E646F6D
    v2 = k0 ^ 0x6C7967656E657261
    v3 = k1 ^ 0x7465646279746573

    def rounds(n: int) -> None:
        nonlocal v0, v1, v2, v3
        for _ in range(n):
            v0 = (v0 + v1) & M64
            v2 = (v2 + v3) & M64
            v1 = _rotl(v1, 13) ^ v0
            v3 = _rotl(v3, 16) ^ v2
            v0 = _rotl(v0, 32)
            v2 = (v2 + v1) & M64
            v0 = (v0 + v3) & M64
            v1 = _rotl(v1, 17) ^ v2
            v3 = _rotl(v3, 21) ^ v0
            v2 = _rotl(v2, 32)

    n = len(data)
    whole = n - n % 8
    for off in range(0, whole, 8):
        m = int.from_bytes(data[off:off + 8], "little")
        v3 ^= m
        rounds(c_rounds)
        v0 ^= m
    b = ((n & 0xFF) << 56) | int.from_bytes(data[whole:], "little")
    v3 ^= b
    rounds(c_rounds)
    v0 ^= b
    v2 ^= 0xFF
    rounds(d_rounds)
    return v0 ^ v1 ^ v2 ^ v3


SIPHASH_ROUNDS = {"siphash24": (2, 4), "siphash13": (1, 3)}


def unicode_data(s: str) -> bytes:
    """PyUnicode_DATA of `s` for its length * PyUnicode_KIND bytes: latin-1, UCS-2 or UCS-4."""
    top = max(map(ord, s)) if s else 0
    if top < 0x100:
        return s.encode("latin-1")
    if top < 0x10000:
        return s.encode("utf-16-le")
    return s.encode("utf-32-le")


class IdKey:
    """Dict/set token of an object hashed and compared by identity (its simulated address)."""

    __slots__ = ("addr",)

    def __init__(self, addr: int) -> None:
        self.addr = addr

    def __hash__(self) -> int:
        return hash(self.addr)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IdKey) and other.addr == self.addr


class NanKey(IdKey):
    """A float NaN: equal only to itself (NaN != NaN), hashed by identity or as 0 (fact
    `interp.nan_hash_by_identity`)."""

    __slots__ = ()


class UserKey:
    """Dict/set token of an instance with its own __hash__/__eq__: `h` is what its __hash__ gave
    (slot_tp_hash's Py_hash_t), and equality calls its __eq__."""

    __slots__ = ("h", "obj", "rt")

    def __init__(self, rt: Any, obj: Any, h: int) -> None:
        self.rt, self.obj, self.h = rt, obj, h

    def __hash__(self) -> int:
        return self.h

    def __eq__(self, other: object) -> bool:
        if isinstance(other, UserKey):
            return other.obj is self.obj or self.rt.eq(self.obj, other.obj)
        return False


def slot_hash_result(value: int) -> int:
    """slot_tp_hash: a __hash__ result that fits a Py_hash_t is the hash itself (-1 made -2); a larger
    one is reduced by long_hash."""
    if -(1 << 63) <= value < (1 << 63):
        return -2 if value == -1 else value
    return hash(value)


class Hasher:
    """One runtime's hash functions: the profile's string algorithm and NaN/None rules, the secret from
    its PYTHONHASHSEED, and a cache of string hashes (CPython caches them in the object, ob_shash)."""

    def __init__(self, profile: Any, seed: int | None, none: Any) -> None:
        self.k0, self.k1 = hash_secret(seed)
        self.rounds = SIPHASH_ROUNDS[profile.interp.str_hash_algorithm]
        self.nan_by_identity = profile.interp.nan_hash_by_identity
        self.none, self.none_hash = none, profile.interp.none_hash
        self._strings: dict[Any, int] = {}

    def token_hash(self, tok: Any) -> int:
        """PyObject_Hash of the object `tok` stands for (ops.key_token's forms)."""
        if type(tok) in (str, bytes):
            return self.text_hash(tok)
        if isinstance(tok, (int, float, complex)):
            return hash(tok)     # long_hash, _Py_HashDouble, complex_hash: the host's are CPython's
        if isinstance(tok, UserKey):
            return tok.h
        if tok is None:        # None is a leaf whose token is the host None
            return self.none_hash if self.none_hash is not None else self.pointer_hash(self.none.addr)
        if isinstance(tok, NanKey):
            return self.pointer_hash(tok.addr) if self.nan_by_identity else 0
        if isinstance(tok, IdKey):
            return self.pointer_hash(tok.addr)
        if isinstance(tok, tuple) and tok and tok[0] == "\0tuple":
            return self.tuple_hash([self.token_hash(t) for t in tok[1]])
        if isinstance(tok, tuple) and tok and tok[0] == "\0slice":
            return self.slice_hash([self.token_hash(t) for t in tok[1]])
        if isinstance(tok, tuple) and tok and tok[0] == "\0frozenset":
            return self.frozenset_hash([self.token_hash(t) for t in tok[1]])
        return hash(tok)

    def bytes_hash(self, data: bytes) -> int:
        """_Py_HashBytes: 0 for no bytes (Py_HASH_CUTOFF is 0), else the SipHash, -1 made -2."""
        if not data:
            return 0
        x = signed(siphash(self.k0, self.k1, data, *self.rounds))
        return -2 if x == -1 else x

    def text_hash(self, value: str | bytes) -> int:
        """unicode_hash / bytes_hash, cached per value."""
        h = self._strings.get(value)
        if h is None:
            if len(self._strings) > 200_000:
                self._strings.clear()
            data = unicode_data(value) if isinstance(value, str) else value
            h = self._strings[value] = self.bytes_hash(data)
        return h

    @staticmethod
    def pointer_hash(addr: int) -> int:
        """_Py_HashPointer: the address rotated right by 4 bits (its low bits are alignment)."""
        x = signed((addr >> 4) | (addr << 60))
        return -2 if x == -1 else x

    @staticmethod
    def xxhash_rounds(lanes: list[int]) -> int:
        """The xxHash round tuplehash and slice_hash share over the items' hashes (unsigned)."""
        acc = XXPRIME_5
        for lane in lanes:
            acc = (acc + (lane & M64) * XXPRIME_2) & M64
            acc = ((acc << 31) | (acc >> 33)) & M64
            acc = (acc * XXPRIME_1) & M64
        return acc

    @staticmethod
    def tuple_hash(lanes: list[int]) -> int:
        """tuplehash (3.8+): xxHash's round over the items' hashes, then the length mixed in."""
        acc = (Hasher.xxhash_rounds(lanes) + (len(lanes) ^ (XXPRIME_5 ^ 3527539))) & M64
        return 1546275796 if acc == M64 else signed(acc)

    @staticmethod
    def slice_hash(lanes: list[int]) -> int:
        """slice_hash (3.12+): tuplehash's rounds over start, stop, step without the length."""
        acc = Hasher.xxhash_rounds(lanes)
        return 1546275796 if acc == M64 else signed(acc)

    @staticmethod
    def frozenset_hash(hashes: list[int]) -> int:
        """frozenset_hash: the xor of each member's shuffled hash (unused and dummy slots cancel out of
        CPython's loop over the whole table), the count mixed in, then dispersed."""
        acc = 0
        for h in hashes:
            h &= M64
            acc ^= (((h ^ 89869747) ^ (h << 16)) * 3644798167) & M64
        acc ^= ((len(hashes) + 1) * 1927868237) & M64
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & M64
        return signed(590923713 if acc == M64 else acc)
