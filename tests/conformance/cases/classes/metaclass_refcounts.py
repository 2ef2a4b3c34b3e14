# references to a class and its metaclass: instances' ob_type, the __class__ cell, bases and mro tuples; sizes
import sys
class M(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=M):
    pass
print(sys.getrefcount(A), sys.getrefcount(M))
class B(A):
    pass
print(sys.getrefcount(A), sys.getrefcount(M), sys.getrefcount(B))
objs = [B() for i in range(3)]
print(sys.getrefcount(B), sys.getrefcount(M))
del objs
print(sys.getrefcount(B), sys.getrefcount(M))
class C:
    pass
print(sys.getsizeof(A) == sys.getsizeof(C), sys.getsizeof(A), sys.getsizeof(M))
print(sys.getsizeof(B()) == sys.getsizeof(C()))
