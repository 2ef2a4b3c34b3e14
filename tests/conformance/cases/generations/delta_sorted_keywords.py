# sorted() builds the new list, then calls its bound sort method with the keywords: list.sort's
# parser makes its keyword tuple on the first keyword call through 3.11 (static from 3.12).
import gc

x = [3, 1, 2]
gc.collect()
c = gc.get_count
a = c()[0]; y = sorted(x); b = c()[0]
a2 = c()[0]; z = sorted(x, reverse=True); b2 = c()[0]
a3 = c()[0]; w = sorted(x, key=lambda v: -v); b3 = c()[0]
print(b - a, b2 - a2, b3 - a3, y, z, w)
try:
    sorted(x, bogus=1)
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
