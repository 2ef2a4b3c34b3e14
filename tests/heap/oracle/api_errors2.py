# More gc argument edge cases.
def t(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r)[:60])
    except Exception as e:  # noqa: BLE001 (the probe reports any error)
        print(expr, "->", type(e).__name__ + ":", e)
for e in ["gc.get_objects(-2)", "gc.set_threshold(-2**40)", "gc.collect(-2**40)", "gc.set_debug(2**70)",
          "gc.get_objects(True) == gc.get_objects(1)", "gc.set_threshold(1, 'a')", "gc.is_tracked()",
          "gc.get_objects(None) is None", "gc.collect(None)"]:
    t(e)
