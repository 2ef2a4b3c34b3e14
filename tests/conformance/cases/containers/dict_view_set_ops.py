# dict_keys views combine with sets as dictviews_or/_sub/_xor/_and do (3.9+: from the dict, _PyDictView_Intersect)
import gc
d = {1: 'a', 9: 'b', 17: 'c', 33: 'd', 2: 'e'}
e = {17: 0, 2: 0, 65: 0}
print(d.keys() | e.keys(), d.keys() - e.keys(), d.keys() ^ e.keys(), d.keys() & e.keys())
print({3, 1} | d.keys(), {130, 2} - d.keys(), {2, 130} ^ d.keys())
print(d.keys() & {33, 1, 9}, {33, 1, 9} & d.keys(), d.keys() & [9, 1, 100], d.keys() & set(range(40)))
print(d.keys() | [129, 3, 2], d.keys() - [1], d.keys() ^ (9, 4))
gc.disable()
before = gc.get_count()[0]
r = d.keys() & {33, 1, 9}
s = d.keys() ^ [9, 4]
print(gc.get_count()[0] - before, r, s)
