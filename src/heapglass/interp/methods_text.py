"""Methods of the leaf types str, bytes, int, float and range: the ones computed on host values,
the joins, format / format_map, the alternative constructors (fromhex, from_bytes) and the static
str.maketrans; which of them a version has is the fact newer_builtin_methods."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HLeaf
from ..heap.objects import HObject, HType
from .btypes import add_method
from .methods import _host, _nargs

if TYPE_CHECKING:
    from .runtime import Runtime


def str_join(rt: Runtime, self: HLeaf, args: list, kw: Any) -> HObject:
    """PyUnicode_Join: a single exact str item is the result itself; several are copied into a new
    string (PyUnicode_New: one character is not the latin-1 singleton)."""
    return _join(rt, self, args[0], str, "str instance", rt.t_str, rt.new_str_fresh)


def bytes_join(rt: Runtime, self: HLeaf, args: list, kw: Any) -> HObject:
    """bytes.join (stringlib_bytes_join): as str.join, a single exact bytes item is the result."""
    return _join(rt, self, args[0], bytes, "a bytes-like object", rt.t_bytes, rt.new_bytes_fresh)


def _join(rt: Runtime, self: HLeaf, iterable: HObject, kind: type, expected: str, exact: HType,
          new: Callable[[Any], HObject]) -> HObject:
    """The items of str.join's / bytes.join's argument (PySequence_Fast, then each item checked in
    order: TypeError naming the first of the wrong type), joined."""
    items = rt.iterate_to_list(iterable)
    try:
        parts = []
        for i, x in enumerate(items):
            if not (isinstance(x, HLeaf) and isinstance(x.value, kind)):
                rt.raise_type("TypeError", f"sequence item {i}: expected {expected}, {rt.type_name(x)} found")
            parts.append(x.value)
        if len(items) == 1 and items[0].ob_type is exact:
            rt.incref(items[0])
            return items[0]
        return new(self.value.join(parts)) if len(parts) > 1 else rt.from_host(self.value.join(parts))
    finally:
        for x in items:
            rt.decref(x)


def bytes_fromhex(rt: Runtime, tp: HObject, args: list, kw: Any) -> HObject:
    """bytes.fromhex (bytes_fromhex_impl): hex digit pairs, whitespace between pairs ignored."""
    _nargs(rt, "bytes.fromhex", args, 1, 1)
    if not (isinstance(args[0], HLeaf) and isinstance(args[0].value, str)):
        rt.raise_type("TypeError", f"fromhex() argument must be str, not {rt.type_name(args[0])}")
    try:
        return rt.new_bytes(bytes.fromhex(args[0].value))
    except ValueError as e:
        rt.raise_type("ValueError", str(e))
        raise AssertionError from e


# The methods that build their result with PyUnicode_New / PyBytes_FromStringAndSize(NULL, n), so
# a one-character result is a new object rather than the cached singleton ([RUN 3.8.18-3.13.0]
# chr(ord(r)) is r False for "y".upper(), .lower(), .title(), .capitalize(), .swapcase(),
# .casefold(), "yz".replace("z", ""), and their bytes forms)
FRESH_RESULTS = frozenset({"upper", "lower", "title", "capitalize", "swapcase", "casefold", "replace"})
NEWER_METHODS = ("str.removeprefix", "str.removesuffix", "int.bit_count", "int.is_integer")


def float_fromhex(rt: Runtime, tp: HObject, args: list, kw: Any) -> HObject:
    """float.fromhex (float_fromhex): the float a hexadecimal string spells."""
    _nargs(rt, "float.fromhex", args, 1, 1)
    try:
        return rt.new_float(float.fromhex(rt.as_str(args[0])))
    except (ValueError, OverflowError) as e:
        rt.raise_type(type(e).__name__, str(e))
        raise AssertionError from e


def str_format_map(rt: Runtime, self: HLeaf, args: list, kw: Any) -> HObject:
    """str.format_map(mapping): str.format with fields looked up in `mapping` one by one
    (PyObject_GetItem, so a class's __getitem__ / __missing__ is used)."""
    from .strings import MappingFields, str_format_method
    _nargs(rt, "str.format_map", args, 1, 1)
    fields = MappingFields(rt, args[0])
    try:
        return str_format_method(rt, self.value, [], fields)
    finally:
        fields.release()


def int_from_bytes(rt: Runtime, tp: HObject, args: list, kw: Any) -> HObject:
    """int.from_bytes (int_from_bytes_impl) for bytes arguments; a subclass gets cls(the int)."""
    try:
        r = rt.new_int(int.from_bytes(*[rt.to_host(a) for a in args],
                                      **{k: rt.to_host(v) for k, v in (kw or {}).items()}))
    except (TypeError, ValueError) as e:
        rt.raise_type(type(e).__name__, str(e))
        raise AssertionError from e
    if tp is rt.t_int:
        return r
    try:
        return rt.call(tp, [r], None)
    finally:
        rt.decref(r)


def str_format(rt: Runtime, self: HLeaf, args: list, kw: Any) -> HObject:
    from .strings import str_format_method
    return str_format_method(rt, self.value, args, kw or {})


def int_bit_length(rt: Runtime, self: HLeaf, args: list, kw: Any) -> HObject:
    return rt.new_int(int(self.value).bit_length())


def str_maketrans(rt: Runtime, tp: HObject, args: list, kw: Any) -> HObject:
    """unicode_maketrans_impl (a staticmethod of str): the translation dict, computed on host values."""
    _nargs(rt, "maketrans", args, 1, 3)
    try:
        return rt.from_host(str.maketrans(*[rt.to_host(a) for a in args]))
    except (TypeError, ValueError) as e:
        rt.raise_type(type(e).__name__, str(e))
        raise AssertionError from e


def static_builtin(rt: Runtime, tp: HType, name: str, fn: Callable) -> Callable:
    """A staticmethod of a builtin type: one builtin function bound to the type (add_methods at
    PyType_Ready: PyCFunction_NewEx(meth, type) wrapped in a staticmethod), static like the rest of
    the builtin types' dicts, handed out by every attribute access."""
    from .objects import HBuiltin
    builtin = HBuiltin()
    builtin.fn, builtin.name, builtin.qualname, builtin.self_, builtin.varargs = fn, name, name, tp, False
    builtin.module = builtin.module_name = None
    rt.static_object(builtin, rt.t_builtin)

    def get(rt_: Runtime) -> HObject:
        rt_.incref(builtin)
        return builtin
    return get


def install_leaf_methods(rt: Runtime) -> None:
    """Attach the methods above, and the host-computed ones, to str, bytes, int, float and range."""
    add_method(rt, rt.t_str, "maketrans", static_builtin(rt, rt.t_str, "maketrans", str_maketrans), kind="static")
    newer = rt.profile.interp.newer_builtin_methods
    for name in ("upper", "lower", "strip", "lstrip", "rstrip", "split", "rsplit", "startswith", "endswith",
                 "replace", "find", "rfind", "count", "isdigit", "isalpha", "isalnum", "isspace", "isupper",
                 "islower", "title", "capitalize", "center", "ljust", "rjust", "zfill", "partition",
                 "rpartition", "splitlines", "encode", "swapcase", "isidentifier", "casefold", "removeprefix",
                 "removesuffix", "expandtabs", "index", "rindex", "istitle", "isdecimal", "isnumeric",
                 "isprintable", "isascii", "translate"):
        if f"str.{name}" not in NEWER_METHODS or f"str.{name}" in newer:
            add_method(rt, rt.t_str, name, _host(getattr(str, name), fresh=name in FRESH_RESULTS))
    for name in ("decode", "hex", "startswith", "endswith", "split", "rsplit", "strip", "lstrip", "rstrip",
                 "upper", "lower", "replace", "count", "find", "rfind", "index", "rindex", "isalpha", "isdigit",
                 "isalnum", "isspace", "isupper", "islower", "title", "capitalize", "swapcase", "center",
                 "ljust", "rjust", "zfill", "partition", "rpartition", "splitlines", "expandtabs",
                 "removeprefix", "removesuffix", "translate"):
        if f"str.{name}" not in NEWER_METHODS or f"str.{name}" in newer:   # bytes got them with str
            add_method(rt, rt.t_bytes, name, _host(getattr(bytes, name), fresh=name in FRESH_RESULTS))
    add_method(rt, rt.t_bytes, "fromhex", bytes_fromhex, kind="classmethod")
    add_method(rt, rt.t_str, "join", str_join)
    add_method(rt, rt.t_bytes, "join", bytes_join)
    add_method(rt, rt.t_str, "format", str_format)
    add_method(rt, rt.t_int, "bit_length", int_bit_length)
    for name in ("is_integer", "hex", "as_integer_ratio"):
        add_method(rt, rt.t_float, name, _host(getattr(float, name)))
    add_method(rt, rt.t_int, "to_bytes", _host(int.to_bytes))
    add_method(rt, rt.t_int, "from_bytes", int_from_bytes, kind="classmethod")
    add_method(rt, rt.t_int, "as_integer_ratio", _host(int.as_integer_ratio))
    for name, fn in (("bit_count", _host(int.bit_count)), ("is_integer", _host(lambda v: True))):
        if f"int.{name}" in newer:       # int_bit_count (3.10), int_is_integer (3.12): see the fact
            add_method(rt, rt.t_int, name, fn)
    add_method(rt, rt.t_float, "fromhex", float_fromhex, kind="classmethod")
    add_method(rt, rt.t_str, "format_map", str_format_map)
    for name in ("index", "count"):
        add_method(rt, rt.t_range, name, _host(getattr(range, name)))
