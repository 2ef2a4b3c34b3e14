"""Builtin functions and methods of builtin types that longer, realistic programs use (the conformance
topic ``programs/``), each checked against what the real interpreters printed for the same snippet
(``PYENV_VERSION=3.8.18|3.11.7|3.13.0 python snippet.py``, outputs pasted below): the results, and the
references and allocations they hand back (sys.getrefcount, gc.get_count deltas).
"""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source

VERSIONS = ("3.8", "3.11", "3.13")


def run(source: str, version: str) -> str:
    r = run_source(source, "snippet.py", version)
    assert r.status == 0, r.stderr
    return r.stdout


@pytest.mark.parametrize("version", VERSIONS)
def test_int_and_float_real_return_the_object_itself(version: str) -> None:
    """long_long / float_float: x.real and x.numerator of an exact int or float are x itself (one more
    reference each), x.imag and x.denominator are new small values."""
    src = ("import sys\nbig = 10 ** 30\nbase = sys.getrefcount(big)\nr1 = big.real\nr2 = big.numerator\n"
           "f = 2.5 * 3\nprint(r1 is big, r2 is big, sys.getrefcount(big) - base, f.real is f, f.imag,"
           " (7).denominator, (7).imag)\n")
    assert run(src, version) == "True True 2 True 0.0 1 0\n"


SET_METHODS = """import gc
gc.disable()
a = {1, 2}
a.add(3)
before = gc.get_count()[0]
u = a.union([3, 4], (5,), {6})
print(sorted(u), u is not a, gc.get_count()[0] - before)
i = a.intersection()
print(i == a, i is not a, sorted(a.difference([1], {2})), sorted(a.symmetric_difference([3, 9])))
a.difference_update([1], {2})
a.symmetric_difference_update([3, 9])
a.intersection_update([9, 10])
print(a)
try:
    a.symmetric_difference()
except TypeError as e:
    print(e)
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_set_methods_take_any_number_of_iterables(version: str) -> None:
    """set_union / set_intersection_multi / set_difference_multi: one new set (one GC allocation),
    combined with each argument; no argument gives a copy. The *_update methods change the set in
    place. symmetric_difference takes exactly one argument; its error names the type from 3.9."""
    name = "symmetric_difference" if version == "3.8" else "set.symmetric_difference"
    assert run(SET_METHODS, version) == (
        "[1, 2, 3, 4, 5, 6] True 1\nTrue True [3] [1, 2, 9]\n{9}\n"
        f"{name}() takes exactly one argument (0 given)\n")


@pytest.mark.parametrize("version", VERSIONS)
def test_dict_keys_and_items_have_the_set_operators(version: str) -> None:
    """dictviews_or/_and/_sub/_xor: keys() and items() combine with any iterable, on either side,
    into a new set."""
    src = ('d = {"x": 1, "y": 2}\nk = d.keys()\n'
           'print(sorted(k & {"x", "z"}), sorted(k - ["x"]), sorted(k | {"w"}), sorted(k ^ {"y", "q"}))\n'
           'print(d.items() & {("x", 1)}, sorted(d.items() - {("x", 1)}), sorted({"y"} | k),'
           ' type(k - k).__name__)\n')
    assert run(src, version) == ("['x'] ['y'] ['w', 'x', 'y'] ['q', 'x']\n"
                                 "{('x', 1)} [('y', 2)] ['x', 'y'] set\n")


FORMAT = """import sys
s = "abc"
base = sys.getrefcount(s)
print("{0}{0}{0[1]}".format(s), sys.getrefcount(s) - base, "{:>{w}}|{:.{p}f}|{!r:>6}".format("r", 3.14159, "q", w=4, p=2))
print("{a.real}{b[k]}".format(a=5, b={"k": "v"}), "%(a)s/%(b)r" % {"a": s, "b": s}, "%c%c" % (72, "i"))
for fmt, args in (("{1}", (1,)), ("{x}", ()), ("{}{0}", (1,)), ("{0}{}", (1,)), ("{", ())):
    try:
        fmt.format(*args)
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_str_format_fields_nested_specs_and_errors(version: str) -> None:
    """do_string_format: field names with .attr and [key], specs that are format strings themselves,
    CPython's errors for a missing argument and for mixing numbering styles; str % mapping. No
    reference to an argument is left behind."""
    assert run(FORMAT, version) == (
        "abcabcb 0    r|3.14|   'q'\n5v abc/'abc' Hi\n"
        "IndexError Replacement index 1 out of range for positional args tuple\nKeyError 'x'\n"
        "ValueError cannot switch from automatic field numbering to manual field specification\n"
        "ValueError cannot switch from manual field specification to automatic field numbering\n"
        "ValueError Single '{' encountered in format string\n")


NUMBERS_BYTES = """print(bin(5), oct(-8), hex(255), bin(True), int.from_bytes(b"\\x00\\x10", "big"), bytes.fromhex("0a 0b"))
print(b"%s=%d" % (b"k", 5), b"a b".title(), b"xay".partition(b"a"), b"ab".isalpha(), b" x ".lstrip())
print("Ab Cd".istitle(), "12".isdecimal(), "a".isascii())
try:
    bin(1.5)
except TypeError as e:
    print(e)
class NoDict:
    __slots__ = ()
try:
    vars(NoDict())
except TypeError as e:
    print(e)
try:
    b"\\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_number_bases_bytes_methods_vars_and_unicode_errors(version: str) -> None:
    """builtin_bin/oct/hex (PyNumber_ToBase on __index__), int.from_bytes, bytes.fromhex, bytes %,
    more bytes and str methods, builtin_vars's TypeError, and UnicodeDecodeError in the hierarchy."""
    assert run(NUMBERS_BYTES, version) == (
        "0b101 -0o10 0xff 0b1 16 b'\\n\\x0b'\nb'k=5' b'A B' (b'x', b'a', b'y') True b'x '\n"
        "True True True\n'float' object cannot be interpreted as an integer\n"
        "vars() argument must have __dict__ attribute\n"
        "UnicodeDecodeError True 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n")


@pytest.mark.parametrize("version", VERSIONS)
def test_object_ne_inverts_the_types_own_eq(version: str) -> None:
    """object_richcompare Py_NE: __ne__ calls the type's __eq__ (not the reflected one) and inverts
    it; NotImplemented passes through."""
    src = ("class Eq:\n    def __init__(self, v):\n        self.v = v\n    def __eq__(self, other):\n"
           "        if not isinstance(other, Eq):\n            return NotImplemented\n"
           "        return self.v == other.v\no = object()\n"
           "print(Eq(1).__ne__(Eq(1)), Eq(1).__ne__(Eq(2)), Eq(1).__ne__(3), o.__ne__(o), o.__ne__(1))\n")
    assert run(src, version) == "False True NotImplemented False NotImplemented\n"


@pytest.mark.parametrize("version", ("3.8", "3.12"))
def test_method_arity_error_names_the_type_from_3_9(version: str) -> None:
    """Fact method_errors_qualified: [].append() fails with "append() ..." on 3.8, "list.append() ..."
    from 3.9."""
    src = "try:\n    [].append()\nexcept TypeError as e:\n    print(e)\n"
    name = "append" if version == "3.8" else "list.append"
    assert run(src, version) == f"{name}() takes exactly one argument (0 given)\n"


FUNC_NAME = """import sys
def f(): pass
n = "renamed_" + str(len("ab"))
base = sys.getrefcount(n)
f.__name__ = n
print(f.__name__, sys.getrefcount(n) - base, f.__qualname__)
f.__qualname__ = "Q.f"
print(repr(f)[:19])
for v in (3, None):
    try:
        if v is None:
            del f.__name__
        else:
            f.__name__ = v
    except TypeError as e:
        print(e)
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_function_name_and_qualname_are_writable_strings(version: str) -> None:
    """func_set_name / func_set_qualname: decorators copy __name__ onto their wrapper; the function
    then holds the new str (one reference); non-str values and deletion raise TypeError."""
    assert run(FUNC_NAME, version) == ("renamed_2 2 f\n<function Q.f at 0x\n"
                                       + "__name__ must be set to a string object\n" * 2)


ROUND_POW_CONVERSIONS = """class Num:
    def __init__(self, v):
        self.v = v
    def __round__(self, n=None):
        return ("round", n)
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
x = 10 ** 20
print(round(x) is x, round(x, 2) is x, round(x, -2) is x, round(True), round(2.675, ndigits=2), round(2.5))
print(round(Num(1)), round(Num(1), 3), pow(Num(2), 5, 3), pow(2, 3, mod=5), pow(base=2, exp=3), pow(7, -1, 11))
for call in (lambda: round("a"), lambda: round(1.5, 1.0), lambda: pow("a", 1, 2), lambda: pow(1, 2, 0)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(str(b"caf\\xc3\\xa9", "utf-8"), str(b"\\xff", "ascii", "replace"), str(object=b"x", encoding="latin-1"), int("12", base=8))
print(range(10)[2:8:3], range(10)[::-1], slice(1, None, 2), slice(3), str.maketrans is str.maketrans)
print("aabb".translate(str.maketrans("ab", "xy")), str.maketrans("a", "b", "c") == {97: 98, 99: None})
try:
    str("x", "utf-8")
except TypeError as e:
    print(e)
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_round_pow_and_constructor_keywords(version: str) -> None:
    """builtin_round_impl (__round__ of a class; an exact int rounded to ndigits >= 0 is the int
    itself), builtin_pow_impl (keywords, the base's __pow__(exp, mod); fact
    ternary_pow_error_names_operator), str(bytes, encoding, errors), int(s, base=b), range slices,
    slice_repr and the staticmethod str.maketrans (one object on every access)."""
    what = "pow()" if version == "3.8" else "** or pow()"
    assert run(ROUND_POW_CONVERSIONS, version) == (
        "True True False 1 2.67 2\n('round', None) ('round', 3) ('pow', 5, 3) 3 8 8\n"
        "TypeError type str doesn't define __round__ method\n"
        "TypeError 'float' object cannot be interpreted as an integer\n"
        f"TypeError unsupported operand type(s) for {what}: 'str', 'int', 'int'\n"
        "ValueError pow() 3rd argument cannot be 0\ncafé \ufffd x 10\n"
        "range(2, 8, 3) range(9, -1, -1) slice(1, None, 2) slice(None, 3, None) True\n"
        "xxyy True\ndecoding str is not supported\n")


DIR_LOCALS = """import sys
class A:
    cls_attr = 1
    def method(self): pass
class B(A):
    def __init__(self):
        self.x = 1
        self._y = 2
class C:
    def __dir__(self):
        return ["zeta", "alpha"]
def f():
    a = 1
    b = 2
    return dir()
b = B()
print([n for n in dir(b) if not n.startswith("_")], [n for n in dir(B) if not n.startswith("__")], dir(C()), f())
print("x" in dir(b), "__class__" in dir(b), "cls_attr" in dir(), "b" in dir(), [n for n in dir(sys) if n == "getrefcount"])
class S:
    __slots__ = ("p",)
print([n for n in dir(S()) if not n.startswith("__")])
def g():
    a = 1
    return sorted(locals()), sorted(vars())
print(g())
for args in ((), (3,), ("msg",), (1, 2)):
    print(repr(SystemExit(*args).code))
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_dir_locals_in_functions_and_system_exit_code(version: str) -> None:
    """builtin_dir: an instance's names with its classes' (object___dir__), a class's with its bases',
    a module's, a class's own __dir__, the current scope; locals()/vars() in a function are its fast
    locals (PyEval_GetLocals), not the module's globals; SystemExit.code (SystemExit_init)."""
    assert run(DIR_LOCALS, version) == (
        "['cls_attr', 'method', 'x'] ['cls_attr', 'method'] ['alpha', 'zeta'] ['a', 'b']\n"
        "True True False True ['getrefcount']\n['p']\n(['a'], ['a'])\nNone\n3\n'msg'\n(1, 2)\n")


LIST_METHODS = """import sys
x = object()
a = [x, 1, 2, 1]
base = sys.getrefcount(x)
b = a.copy()
b.append("new")
b[0] = None
print(len(a), len(b), a[0] is x, sys.getrefcount(x) - base, sys.getsizeof(a) == sys.getsizeof(a.copy()))
print(a.index(1), a.index(1, 2), a.index(1, -2), a.index(2, 0, 3), (1, 2, 1).index(1, 1))
for call in (lambda: a.index(1, 0, 1), lambda: (1,).index(1, 1)):
    try:
        call()
    except ValueError as e:
        print(e)
c = list(range(6))
try:
    c[::2] = [1]
except ValueError as e:
    print(e, sys.getrefcount(c) - 1, c)
c[::2] = "abc"
del c[1::2]
print(c)
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_list_copy_is_independent_index_takes_bounds_extended_slices_keep_size(version: str) -> None:
    """list_copy_impl: a new item array (changing the copy leaves the original and the items'
    reference counts alone); list_index_impl / tuple_index_impl search items[start:stop];
    list_ass_subscript refuses to resize an extended slice and leaves the list unchanged."""
    assert run(LIST_METHODS, version) == ('4 5 True 0 True\n'
        '1 3 3 2 2\n'
        '1 is not in list\n'
        'tuple.index(x): x not in tuple\n'
        'attempt to assign sequence of size 1 to extended slice of size 3 1 [0, 1, 2, 3, 4, 5]\n'
        "['a', 'b', 'c']\n")
