# builtins grow by version (EncodingWarning 3.10, exception groups 3.11, 3.13's two); __debug__ is True
import sys
b = __builtins__
names = ("EncodingWarning", "BaseExceptionGroup", "ExceptionGroup", "PythonFinalizationError",
         "_IncompleteInputError", "aiter", "anext", "breakpoint", "compile", "__import__", "bytearray",
         "memoryview", "copyright", "credits", "license", "help", "exit", "quit", "IOError")
print([n for n in names if hasattr(b, n)])
for n in ("EncodingWarning", "ExceptionGroup", "BaseExceptionGroup", "PythonFinalizationError"):
    t = getattr(b, n, None)
    if t is not None:
        print(t, [c.__name__ for c in t.__mro__], sys.getrefcount(t))
W = getattr(b, "EncodingWarning", UserWarning)
try:
    raise W("text encoding")
except Warning as e:
    print(type(e).__name__, e, isinstance(e, Exception))
print(__debug__, not __debug__, __debug__ is True, b.__debug__)
if __debug__:
    print("assertions on")
print(b.__doc__.splitlines()[0])
print(repr(b.help), isinstance(b"x", b.bytearray), issubclass(b.bytearray, object))
print(sys.getrefcount(b), sys.getrefcount(b.compile), sys.getrefcount(b.memoryview))
