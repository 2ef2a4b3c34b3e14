# hand-written dataclass-like classes with __eq__, __hash__, __lt__, __repr__ used in sets and sorts
import gc
gc.collect()
import sys


class Version:
    __slots__ = ("major", "minor", "patch")

    def __init__(self, major, minor=0, patch=0):
        self.major = major
        self.minor = minor
        self.patch = patch

    @classmethod
    def parse(cls, text):
        return cls(*(int(p) for p in text.split(".")))

    def _key(self):
        return (self.major, self.minor, self.patch)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __repr__(self):
        return "Version(%d, %d, %d)" % self._key()

    def __str__(self):
        return ".".join(map(str, self._key()))


vs = [Version.parse(t) for t in ["3.12.1", "3.8.18", "3.10.13", "3.9.18", "3.12.1", "3.13.0"]]
print(sorted(vs))
print([str(v) for v in sorted(set(vs))], len(set(vs)))
print(max(vs), min(vs), vs[0] == vs[4], vs[0] is vs[4], vs[0] != vs[1], vs[1] < vs[3] <= vs[2])
print(Version(1) == (1, 0, 0), Version(1) == Version(1, 0), Version(3, 12) in vs, Version(3, 12, 1) in vs)
print(hash(Version(1, 2, 3)) == hash((1, 2, 3)), sys.getrefcount(vs[0]))
table = {v: str(v) for v in vs}
print(len(table), table[Version(3, 13, 0)])
print(sorted(vs, reverse=True)[0], sorted(vs, key=lambda v: v.minor)[0])
try:
    Version(1) > Version(2)
    print("gt ok")
except TypeError as e:
    print("TypeError:", e)


class Unhashable:
    def __eq__(self, other):
        return True


print(Unhashable.__hash__ is None)
try:
    {Unhashable()}
except TypeError as e:
    print("TypeError:", e)
print(gc.collect())
