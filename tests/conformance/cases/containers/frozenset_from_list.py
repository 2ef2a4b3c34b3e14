# a frozenset built from a list holds each distinct item once
import sys
o = object()
base = sys.getrefcount(o)
fs = frozenset([o, o, o])
print(sys.getrefcount(o) - base, len(fs))
del fs
print(sys.getrefcount(o) - base)
