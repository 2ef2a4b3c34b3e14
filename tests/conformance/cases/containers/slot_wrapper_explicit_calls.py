# explicit dunder calls run the builtin type's own slot: NotImplemented where the slot declines
print((1).__add__(2), repr((1).__add__(1.0)), (1).__radd__(2), int.__lt__(1, 2), (2.5).__radd__(1))
print((1.5).__eq__(1), repr((1).__eq__('x')), repr((1j).__lt__(1)), True.__and__(1), int.__and__(True, True))
print('a'.__lt__('b'), 'ab'.__mul__(2), 'ab'.__rmul__(3), '%s!'.__mod__(3), repr('x'.__rmod__(3)))
print([1].__len__(), [1].__add__([2]), [1].__mul__(2), (1,).__add__((2,)), [1].__eq__([1]), repr([1].__eq__((1,))))
print({1}.__or__({2}), repr({1}.__or__([2])), frozenset({1}).__rsub__({1, 2}), repr({}.__lt__({})))
d = {}
d.__setitem__('k', 'v')
print(d, d.__len__(), {1: 2}.keys().__contains__(1), {1: 2}.items().__contains__((1, 2)), range(5).__contains__(3))
print((5).__bool__(), (0.0).__bool__(), (-3).__abs__(), (7).__hash__(), 'ab'.__hash__() == hash('ab'))
print((2).__pow__(10, 7), (2).__rpow__(3), (7).__divmod__(2), (1.5).__int__(), (3).__float__(), (5).__invert__())
print(range(5).__getitem__(2), range(3).__len__(), range(3).__repr__(), None.__repr__(), 'ab'.__str__())
l = [1]
print(l.__iadd__((2, 3)) is l, l, l.__imul__(2) is l, l)
s = {1}
print(s.__ior__({2}) is s, s, repr(s.__ior__([3])))
it = iter([7])
print(it.__next__(), it.__iter__() is it)
try:
    it.__next__()
except StopIteration as e:
    print('StopIteration', repr(e))
