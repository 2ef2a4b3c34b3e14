# property.__get__/__set__/__delete__ called directly: slot wrappers of tp_descr_get/tp_descr_set
import sys


class C:
    def g(self):
        return 42
    def s(self, v):
        print("set", v)
    def d(self):
        print("del")
    x = property(g, s, d)
    y = property(g)
c = C()
p = C.__dict__["x"]
print(p.__get__(c), p.__get__(c, C), p.__get__(None, C) is p, p.__get__(c, None))
p.__set__(c, 5)
p.__delete__(c)
print(type(property.__get__).__name__, type(p.__get__).__name__)
for call in (lambda: C.y.__set__(c, 1), lambda: C.y.__delete__(c), lambda: p.__get__(None, None),
             lambda: p.__get__(), lambda: p.__set__(c), lambda: p.__delete__(), lambda: p.__get__(1, 2, 3)):
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.getrefcount(c), sys.getrefcount(p), p.__get__(c) + C.__dict__["y"].__get__(c, C))
