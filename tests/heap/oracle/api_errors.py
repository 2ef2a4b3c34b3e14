# The gc module's argument errors, and default values.
import gc


def t(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r))
    except Exception as e:  # noqa: BLE001 (the probe reports any error)
        print(expr, "->", type(e).__name__ + ":", e)
for e in ["gc.collect(3)", "gc.collect(-1)", "gc.collect('x')", "gc.collect(1.0)", "gc.collect(True)",
          "gc.collect(generation=0) >= 0", "gc.get_objects(3)", "len(gc.get_objects(-1)) > 0", "gc.get_objects('x')",
          "gc.set_threshold()", "gc.set_threshold('a')", "gc.set_threshold(1,2,3,4)", "gc.set_threshold(-5)",
          "gc.get_threshold()", "gc.set_debug('x')", "gc.set_debug()", "gc.get_debug()",
          "gc.is_tracked(1)", "gc.is_tracked([])", "gc.is_tracked({})", "gc.is_tracked(())",
          "gc.is_finalized([])", "gc.get_referents(1, [2])", "gc.enable()", "gc.isenabled()",
          "gc.DEBUG_LEAK", "gc.get_freeze_count()", "gc.set_threshold(2**40)", "gc.collect(2**70)"]:
    t(e)
gc.set_threshold(5); print(gc.get_threshold())
gc.set_threshold(6, 7); print(gc.get_threshold())
