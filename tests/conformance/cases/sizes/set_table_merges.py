# set tables: set_update_internal merges sets and dicts with one resize up front, discards keep the table
import sys
g = sys.getsizeof
for n in (3, 5, 6, 12, 19, 40):
    b = list(range(n))
    s, fs, d = set(b), frozenset(b), dict.fromkeys(b)
    print(n, g({*b}), g({*s}), g({*d}), g({*fs}), g({-1, *s}), g({*s, -1}), g({*b, *s}), g(set(s)),
          g(set(d)), g(s.copy()), g(s | {-1}), g(s & s), g(s & fs), g(s - {0}), g(s ^ {-1}))
    t = set(b)
    for i in range(n // 2):
        t.discard(i)
    print(g(t), g(set(t)), g(t.copy()), end=' ')
    t.update(fs)
    print(g(t), end=' ')
    t.clear()
    print(g(t), end=' ')
    t |= s
    print(g(t))
a = 1
print(g({1, 2, 3, 4, 5}), g({1, 2}), g({a, 2, 3, 4, 5}), g({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}))
print(frozenset(fs) is fs, frozenset(iter([])) is frozenset(), g(frozenset(s)), g(frozenset(d)))
