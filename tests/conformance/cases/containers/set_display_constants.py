# a constant set display copies the compiler's frozenset constant: colliding keys end where its table put them
s = {1, 9, 17, 33, 65, 129, 257, 2, 10}
print(s)
print({64, 128, 0, 192, 256, 32, 96, 160})
print({0.5, 1.5, 2.5, 16, 8, 24, 40})
print({(1, 2), (3, 4), 5, (6,), 7})
print({-1, -2, -9, -17, 2 ** 61 - 2, 7})
print(9 in {1, 9, 17}, 4 in {1, 9, 17})
