# builtins and methods whose presence or messages differ by version: str.removeprefix, dict |, int.bit_count,
# int.is_integer, zip(strict=), chr/ord conversions; and float.fromhex, str.format_map, range.index/count
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("removeprefix", lambda: "prefix_x".removeprefix("prefix_"))
attempt("dict-or", lambda: {1: 2} | {3: 4})
attempt("bit_count", lambda: (255).bit_count())
attempt("is_integer", lambda: (5).is_integer())
attempt("zip-strict", lambda: list(zip([1, 2], [3], strict=True)))
attempt("zip-strict-long", lambda: list(zip([1], [3], [4, 5], strict=True)))
attempt("zip-strict-ok", lambda: list(zip("ab", "cd", strict=True)))
attempt("fromhex", lambda: float.fromhex("0x1.8p1"))
attempt("ratio", lambda: (6).as_integer_ratio())
attempt("format_map", lambda: "{a}-{b[0]}".format_map({"a": 1, "b": "xy"}))
attempt("format_map-missing", lambda: "{zz}".format_map({}))
attempt("sort-positional", lambda: [3, 1].sort(None))
attempt("sorted-positional", lambda: sorted([3, 1], None))
attempt("range-index", lambda: (range(0, 10, 2).index(4), range(5).count(3)))
attempt("chr-big", lambda: chr(2 ** 40))
attempt("chr-float", lambda: chr(1.5))
attempt("ord", lambda: (ord("é"), ord(b"a")))
attempt("ord-long", lambda: ord("ab"))
