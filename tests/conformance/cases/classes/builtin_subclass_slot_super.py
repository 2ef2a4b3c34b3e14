# a builtin subclass reaches its base's own slots: super().__add__, int.__lt__, list.__iadd__
class I(int):
    def __add__(self, o):
        return ('I+', super().__add__(o), int.__add__(self, o))
    def __lt__(self, o):
        return int.__lt__(self, o)
    def __hash__(self):
        return int.__hash__(self) + 1
    def __repr__(self):
        return 'I<' + int.__repr__(self) + '>'
i = I(5)
print(i + 1, i + 1.0, i < 7, I(3) < 2, hash(i), repr(i), 1 + i)
class S(str):
    def __add__(self, o):
        return str.__add__(self, o).upper()
    def __eq__(self, o):
        return str.__eq__(self, o)
    __hash__ = str.__hash__
print(S('a') + 'b', S('x') == 'x', S('x') == 1, S('x') != 'x', hash(S('q')) == hash('q'))
class L(list):
    def __iadd__(self, o):
        return list.__iadd__(self, o)
    def __len__(self):
        return list.__len__(self) + 100
l = L([1, 2])
l += [3]
print(l, len(l), type(l).__name__, list.__len__(l))
