# a freed list's memory is reused at once for the next list (id equality)
a = [1, 2, 3]
ida = id(a)
del a
b = [4, 5, 6]
print(id(b) == ida)
