# equal big ints built at runtime are distinct objects; constants in one code object are shared
a = 10 ** 20
b = 10 ** 20
print(a == b, a is b)
def f():
    return 123456789123
print(f() is f())
