# sys.getsizeof of exceptions: BaseException's struct, the larger structs of some builtin families, subclasses
import sys
class E(Exception): pass
class F(ImportError): pass
class S(Exception):
    __slots__ = ("a", "b")
class W(OSError):
    __slots__ = ("__weakref__",)
print(sys.getsizeof(ValueError("x")), sys.getsizeof(KeyError(1)), sys.getsizeof(StopIteration(1)))
print(sys.getsizeof(ImportError("x")), sys.getsizeof(ModuleNotFoundError()), sys.getsizeof(SystemExit(1)))
print(sys.getsizeof(OSError(2, "x")), sys.getsizeof(FileNotFoundError()))
print(sys.getsizeof(UnicodeDecodeError("a", b"x", 0, 1, "r")))
print(sys.getsizeof(NameError("n")), sys.getsizeof(UnboundLocalError()), sys.getsizeof(AttributeError()))
print(sys.getsizeof(E()), sys.getsizeof(F()), sys.getsizeof(S()), sys.getsizeof(W()))
e = E("with a dict")
e.note = 1
print(sys.getsizeof(e), E().__sizeof__(), ValueError().__sizeof__())
