# iter(str): str_iterator through 3.10; from 3.11 ASCII strings get a str_ascii_iterator
import sys
for s in ("abc", "", "caf\u00e9", "\u4e2d\u6587"):
    it = iter(s)
    print(repr(s), type(it).__name__, it.__length_hint__(), list(it), sys.getsizeof(iter(s)))
it = iter("xy")
next(it)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
