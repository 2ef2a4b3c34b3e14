# iter(bytes) is a bytes_iterator (striterobject): exhaustion raises nothing, gen-0 counts show it
import gc
import sys

b = b"abc"
r0 = sys.getrefcount(b)
it = iter(b)
print(type(it).__name__, sys.getsizeof(it), it.__length_hint__(), next(it), it.__length_hint__())
print(sys.getrefcount(b) - r0, list(it), it.__length_hint__(), sys.getrefcount(b) - r0)
gc.collect()
base = gc.get_count()[0]
x = list(iter(b"ab"))
print(gc.get_count()[0] - base, x)
for c in b"xyz":
    pass
print(gc.get_count()[0] - base, c)
y = [*b"hello"]
print(gc.get_count()[0] - base, y, sys.getsizeof(y))
del x, y
print(gc.get_count()[0] - base)
