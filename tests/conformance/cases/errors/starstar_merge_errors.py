# ** merging (DICT_MERGE / BUILD_MAP_UNPACK_WITH_CALL): repeated keys, any mapping with keys(), dict displays
import sys
def f(*a, **k):
    return sorted(k.items())
class M:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, key):
        return key * 2
class D(dict):
    pass
attempts = (lambda: f(**{'a': 1}, **{'a': 2}), lambda: f(a=1, **{'a': 2}), lambda: f(**{'b': 1}, b=2),
            lambda: f(**D(a=1), a=2), lambda: f(**M()), lambda: f(1, **M()), lambda: f(**M(), a=3),
            lambda: f(**M(), **{'c': 1}), lambda: {**M()}, lambda: {**1}, lambda: {'a': 1, **[1]},
            lambda: {**{}, **None}, lambda: f(**{1: 2}), lambda: print(**{1: 2}),
            lambda: f(*'ab', **{'a': 1}, b=2, **{'b': 3}))
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print(e)
v = object()
d = {'a': v}
try:
    f(**d, a=v)
except TypeError:
    pass
print(sys.getrefcount(v), sys.getrefcount(d))
