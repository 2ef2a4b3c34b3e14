# complex numbers and bools behave as numbers
z = complex(1, 2)
print(z * z, complex(3, 4) == 3 + 4j, z.real, z.imag)
print(True + True, sum([True, False, True]), int(True))
print((17 // 5, 17 % 5), 7 // 2, -7 // 2, 7 % -3, 2 ** -1)
