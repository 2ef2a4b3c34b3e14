# sys.version_info is a struct sequence: named fields, its own repr, and tuple behaviour
import sys
v = sys.version_info
print(v.major, v.minor >= 8, v.releaselevel, v.serial, v[0], v[:2] >= (3, 8), v >= (3, 8), v < (3, 99))
print(v == tuple(v), len(v), isinstance(v, tuple), type(v).__name__, str(type(v)))
print(repr(v))
print(v[:3] == (v.major, v.minor, v.micro))
