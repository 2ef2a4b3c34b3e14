# add_operators: which slot dunders each builtin type's own dict holds differs by version
def slots(T):
    d = T.__dict__
    return [k for k in sorted(d) if type(d[k]).__name__ == 'wrapper_descriptor']
for T in (int, bool, float, complex, str, bytes, tuple, list, dict, set, frozenset, range, slice,
          type(None), type((1).__eq__("x")), object, type):
    s = slots(T)
    print(T.__name__, len(s), s[:3])
print(type(int.__add__).__name__, type(list.__getitem__).__name__, int.__add__)
print(slots(bool), slots(type({}.keys())) == slots(type({}.items())))
print(len(slots(type(iter([])))), len(slots(type({}.values()))), '__or__' in dict.__dict__)
print(len(vars(int)) > 40, int.__dict__['__eq__'] is int.__eq__, bool.__eq__ is int.__eq__)
