# range and slice objects hold their bounds
r = range(2, 20, 3)
print(len(r), r[2], list(r)[-1], 11 in r)
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, list(range(20))[s])
print(s.indices(5))
