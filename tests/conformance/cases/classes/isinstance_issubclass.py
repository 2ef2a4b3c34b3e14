# isinstance and issubclass through inheritance
class A:
    pass
class B(A):
    pass
class C:
    pass
b = B()
print(isinstance(b, A), isinstance(b, C), issubclass(B, A), issubclass(A, B))
print(isinstance(b, (C, A)), type(b) is B)
