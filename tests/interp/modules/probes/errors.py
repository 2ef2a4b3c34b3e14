# Probe: argument errors and constants of gc, sys and weakref, printed for comparison across versions.
import gc, sys, weakref
def t(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r)[:60])
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
for e in ["gc.collect(1,2)", "gc.collect(x=1)", "gc.collect(generation=1)", "gc.collect(3)", "gc.collect(-1)",
          "gc.enable(1)", "gc.isenabled(1)", "gc.get_threshold(1)", "gc.get_count(1)", "gc.get_objects(1,2)",
          "gc.get_objects(generation=5)", "gc.is_tracked()", "gc.is_tracked(1,2)", "gc.get_referrers(x=1)",
          "gc.set_debug()", "gc.set_debug(1,2)", "gc.freeze(1)", "gc.get_stats(1)", "gc.get_debug()",
          "gc.is_finalized()", "gc.get_objects('a')",
          "sys.getrefcount()", "sys.getrefcount(1,2)", "sys.getsizeof()", "sys.getsizeof(1,2,3)",
          "sys.getsizeof(1, default=5)", "sys.getsizeof(x=1)", "sys.intern(1)", "sys.intern()", "sys.intern('a','b')",
          "sys.setrecursionlimit(0)", "sys.setrecursionlimit('a')", "sys.setrecursionlimit(-1)", "sys.getrecursionlimit()",
          "sys._getframe(100)", "sys._getframe('a')", "sys.getallocatedblocks(1)", "sys.exc_info(1)",
          "weakref.ref()", "weakref.ref(1)", "weakref.ref(gc, 1, 2)", "weakref.ref(gc, x=1)", "weakref.proxy()", "weakref.proxy(1)",
          "weakref.getweakrefcount()", "weakref.getweakrefcount(1)", "weakref.getweakrefs(1)", "weakref.getweakrefs()",
          "sys._is_interned('a')", "sys._is_immortal(1)", "sys._is_interned(1)", "sys.exception(1)",
          "sys.implementation.name", "sys.implementation.cache_tag", "sys.flags.optimize", "sys.maxsize", "sys.byteorder", "sys.platform",
          "hash(weakref.ref(gc))", "weakref.ref(gc).__callback__", "repr(weakref.ref)", "repr(weakref.proxy)", "weakref.ProxyType", "weakref.CallableProxyType", "weakref.ReferenceType",
          "gc.DEBUG_LEAK", "gc.DEBUG_STATS", "gc.DEBUG_SAVEALL","gc.DEBUG_COLLECTABLE","gc.DEBUG_UNCOLLECTABLE", "gc.set_threshold(1.5)", "gc.collect(1.5)", "gc.collect(None)", "gc.set_debug('a')", "gc.set_debug(None)",
          "gc.get_referents(1)", "sys.version_info[:3]", "type(sys.version_info)", "sys.hexversion", "sys.getrecursionlimit()"]:
    t(e)
