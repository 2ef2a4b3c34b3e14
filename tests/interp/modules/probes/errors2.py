# Probe: keyword-argument errors, weakref type names and reprs, sys values across versions.
import gc, sys, weakref
def t(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r)[:70])
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
class C: pass
c = C()
for e in ["gc.enable(x=1)", "gc.is_tracked(x=1)", "sys.getrefcount(x=1)", "gc.get_objects(x=1)", "gc.get_objects(-2)", "gc.get_objects(generation=None)",
          "weakref.getweakrefcount(x=1)", "weakref.proxy(c, None, 1)", "weakref.proxy(c, x=1)", "sys.getsizeof(1, 2, x=3)", "sys.getsizeof(1, defaul=3)",
          "gc.set_threshold(x=1)", "gc.set_debug(x=1)", "sys.intern(x='a')", "sys._getframe(x=1)", "sys._getframe(1,2)", "sys.setrecursionlimit(x=1)",
          "sys.setrecursionlimit()", "gc.collect(2**40)", "repr(weakref.ref(c))[:40]", "weakref.ref(c).__callback__", "str(weakref.ref(c))[:30]",
          "repr(weakref.proxy(c))[:60]", "weakref.ref(c) == 1", "weakref.ref(c) < weakref.ref(c)", "weakref.getweakrefcount(c)", "type(weakref.ref(c)).__name__",
          "type(weakref.ref(c)).__module__", "type(weakref.proxy(c)).__module__", "type(weakref.proxy(len)).__name__", "weakref.ref.__new__", "weakref.ref.__init__",
          "sys.getsizeof(weakref.ref(c))", "sys.getsizeof(weakref.proxy(c))", "sys.getsizeof(c)", "sys.getsizeof(C)", "weakref.KeyedRef.__slots__", "weakref.WeakMethod.__slots__",
          "sys.version[:6]", "sys.implementation", "sys.flags", "sys.stdout.write('x')", "sys.api_version", "sys.float_info.max", "len(sys.modules)>0",
          "sys.getswitchinterval()", "sys.executable[:1]", "sys.copyright[:9]"]:
    t(e)
