# slices compare as (start, stop, step) tuples; they are hashable only from 3.12 (slice_hash)
import gc
a, b = slice(1, 5), slice(1, 5, None)
print(a == b, a is b, a != slice(1, 6), a < slice(1, 6), slice(2) > slice(1), a <= b, a == (1, 5, None))
print(a.__eq__(3), a.__lt__(slice(0, 1)), slice.start, type(slice.step).__name__)
try:
    slice(1, "x") < slice(1, 2)
except TypeError as e:
    print(e)
try:
    a.start = 0
except AttributeError as e:
    print(e)
gc.collect()
before = gc.get_count()
print(a == b, a < b, gc.get_count() == before)
try:
    print(hash(a) == hash(b), {a: "first"}[b], slice.__hash__ is None)
except TypeError as e:
    print(e, slice.__hash__ is None)
