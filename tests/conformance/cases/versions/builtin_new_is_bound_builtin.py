# T.__new__ of a builtin type is a builtin_function_or_method bound to T, inherited as the same object
class C:
    pass
class I(int):
    pass
for f in (int.__new__, object.__new__, C.__new__, I.__new__, type.__new__, dict.__new__, (1).__new__):
    print(type(f).__name__, f.__name__, f.__qualname__, f.__self__.__name__, f is object.__new__)
print(repr(C.__new__).split(' at ')[0])
print(C.__new__ is object.__new__, I.__new__ is int.__new__, int.__new__ == int.__new__)
print(int.__new__(int, 5), int.__new__(I, 7), type(object.__new__(C)).__name__)
for bad in (lambda: int.__new__(str), lambda: int.__new__(), lambda: object.__new__(int)):
    try:
        bad()
    except TypeError as e:
        print(e)
print([].append.__qualname__, [].append.__self__ == [], len.__qualname__)
