# int() of a string in the cached range returns the cached object
a = int("7")
b = int("7")
c = int("1000")
d = int("1000")
print(a is b, c is d)
print(int("-5") is int("-5"), int("-6") is int("-6"))
