# list/dict/set subclasses inherit __hash__ = None: unhashable unless they define __hash__
class L(list): pass
class D(dict): pass
class S(set): pass
class FS(frozenset): pass
class LH(list):
    def __hash__(self): return 3
for x in (L(), D(), S(), FS(), LH()):
    try:
        print(hash(x) == hash(x), {x: 1} == {x: 1})
    except TypeError as e:
        print(e)
