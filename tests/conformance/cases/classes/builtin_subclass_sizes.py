# sys.getsizeof of subclass instances of list, dict, set, frozenset, tuple, str, bytes, int, float, complex
import sys
class L(list): pass
class D(dict): pass
class S(set): pass
class F(frozenset): pass
class T(tuple): pass
class St(str): pass
class B(bytes): pass
class I(int): pass
class Fl(float): pass
class C(complex): pass
class LS(list):
    __slots__ = ("a",)
class FlW(float):
    __slots__ = ("__weakref__",)
print(sys.getsizeof(L()), sys.getsizeof(L([1, 2, 3])), sys.getsizeof(L("abcde")))
print(sys.getsizeof(D()), sys.getsizeof(D(a=1, b=2)), sys.getsizeof(S()), sys.getsizeof(S(range(10))))
print(sys.getsizeof(F([1])), sys.getsizeof(T(())), sys.getsizeof(T((1, 2, 3))))
print(sys.getsizeof(St("")), sys.getsizeof(St("abcd")), sys.getsizeof(St("\xe9t\xe9")), sys.getsizeof(St("\u20ac")))
print(sys.getsizeof(B(b"")), sys.getsizeof(B(b"abc")), sys.getsizeof(I(0)), sys.getsizeof(I(5)), sys.getsizeof(I(2 ** 40)))
print(sys.getsizeof(Fl(1.5)), sys.getsizeof(LS()), sys.getsizeof(FlW(2.0)), sys.getsizeof(C(1, 2)))
