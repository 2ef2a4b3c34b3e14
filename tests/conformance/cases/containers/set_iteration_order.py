# a set iterates, prints and pops in table-slot order: CPython's hashes, probing, dummies and resizes
import sys
s = {3, 1, 2, 100, 33, -1, 2 ** 61, -(2 ** 62), 0.5, 1.5}
print(s)
t = set()
for x in (9, 1, 17, 8, 41, 73, 25):
    t.add(x)
print(t, list(t))
t.discard(1)
t.add(33)            # the dummy slot is reused (not on 3.9)
print(t)
u = {1, 9, 17}
u.discard(1)
u.discard(17)
u.add(25)            # the last dummy its probe passed
print(u)
big = set(range(0, 4000, 97))
print(list(big)[:12], sys.getsizeof(big))
print(big.pop(), big.pop(), big.pop())
big.add(-5)
print(list(big)[:6])
print(frozenset([5, 4, 3, 2 ** 40, 7.25]), {(1, 2), (2, 1), (0, 0), ()})
print({True, 1.0, 1, 0, False, 0.0})
