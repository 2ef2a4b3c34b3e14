# sys functions reject bad arguments with CPython's message for each version
import sys
def t(label, fn, *args, **kwargs):
    try:
        print(label, "->", fn(*args, **kwargs))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
t("getrefcount()", sys.getrefcount)
t("getrefcount(1, 2)", sys.getrefcount, 1, 2)
t("getrefcount(x=1)", sys.getrefcount, x=1)
t("getsizeof()", sys.getsizeof)
t("getsizeof(1, 2, 3)", sys.getsizeof, 1, 2, 3)
t("getsizeof(x=1)", sys.getsizeof, x=1)
t("getsizeof(1, 2, x=3)", sys.getsizeof, 1, 2, x=3)
t("intern(1)", sys.intern, 1)
t("intern()", sys.intern)
t("intern(x='a')", sys.intern, x="a")
t("setrecursionlimit(0)", sys.setrecursionlimit, 0)
t("setrecursionlimit('a')", sys.setrecursionlimit, "a")
t("setrecursionlimit()", sys.setrecursionlimit)
t("_getframe(100)", sys._getframe, 100)
t("_getframe('a')", sys._getframe, "a")
t("_getframe(1, 2)", sys._getframe, 1, 2)
t("getallocatedblocks(1)", sys.getallocatedblocks, 1)
t("exc_info(1)", sys.exc_info, 1)
print(hasattr(sys, "exception"), hasattr(sys, "_is_interned"), hasattr(sys, "_is_immortal"))
