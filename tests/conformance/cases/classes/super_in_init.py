# super().__init__ chains initialisers through the MRO
class A:
    def __init__(self):
        print("A init")
class B(A):
    def __init__(self):
        print("B init")
        super().__init__()
class C(B):
    def __init__(self):
        print("C init")
        super().__init__()
C()
print([k.__name__ for k in C.__mro__])
