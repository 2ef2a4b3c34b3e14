# set operators and methods build their result in CPython's order (the smaller operand walked, copies of slots)
a = {1, 9, 17, 33, 65, 2, 10}
b = {17, 2, 99, 34, 1}
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([130, 66, 2]), a.intersection([65, 33, 7]), a.difference([9], (10,)))
print(a.symmetric_difference([1, 200, 72]))
c = set(a)
c &= {65, 2, 9, 1000}
print(c)
c = set(a)
c -= {9, 17}
c |= {25, 41}
print(c)
c ^= {41, 57, 1}
print(c)
d = set(range(64))
d.difference_update(range(0, 60, 2))
print(d, len(d))
print({1: 'x', 9: 'y', 17: 'z'}.keys() & {17, 9})
print(frozenset(a) | {3}, type(frozenset(a) | {3}).__name__)
