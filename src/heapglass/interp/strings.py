"""String formatting: f-string FORMAT_VALUE, str % args, and str.format, computed on host values of
the simulated operands (user __format__/__str__/__repr__ are called as simulated code)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..heap.kinds import HDict, HLeaf, HTuple
from ..heap.objects import HObject
from .typesys import type_lookup

if TYPE_CHECKING:
    from .runtime import Runtime


def format_value(rt: Runtime, o: HObject, conversion: int, spec: HObject | None) -> str:
    """FORMAT_VALUE: apply !s/!r/!a, then format(value, spec)."""
    if conversion == ord("s"):
        s = rt.str(o)
        return format_obj_str(rt, s, spec.value) if spec is not None else s
    if conversion in (ord("r"), ord("a")):
        s = rt.repr(o)
        if conversion == ord("a"):
            s = ascii(s)[1:-1]
        return format_obj_str(rt, s, spec.value) if spec is not None else s
    return format_obj(rt, o, spec.value if spec is not None else "")


def text_object(rt: Runtime, o: HObject, text: str, operands: tuple[HObject, ...] = ()) -> HObject:
    """The str object CPython's formatting hands back for `o` whose text is `text`:
    * an exact int's digits are a new string, even one digit (long_to_decimal_string builds it with
      PyUnicode_New, never the latin-1 singleton: str(5) is not '5');
    * a bool's text is the interned 'True' / 'False' the type keeps (bool_repr);
    * an exact str operand whose own text is the whole result is that very object — PyObject_Str
      and PyObject_Format(s, '') return s, and _PyUnicodeWriter_WriteStr into an empty writer
      keeps the one string it was given (readonly) — which the host, itself CPython, shows as
      `text` being the operand's host value: f'{s}', format(s), '{}'.format(s), '%s' % s are s."""
    if o.ob_type is rt.t_int:
        return rt.new_str_fresh(text)
    if o.ob_type is rt.t_bool:
        r = rt.str_const(text)
        rt.incref(r)
        return r
    return identical_operand(rt, text, (o, *operands))


def identical_operand(rt: Runtime, text: str, operands: Any) -> HObject:
    """`text` as a new reference: the exact str among `operands` whose host value it is (the host's
    formatting returned that operand itself, as CPython's does), else a new str."""
    for x in operands:
        if isinstance(x, HLeaf) and x.value is text and x.ob_type is rt.t_str:
            rt.incref(x)
            return x
    return rt.new_str(text)


def format_obj(rt: Runtime, o: HObject, spec: str) -> str:
    """PyObject_Format: an exact str or int with an empty spec is its str; anything else looks
    __format__ up on its type and binds it (_PyObject_LookupSpecial: a bound method or builtin
    method object, dropped after the call)."""
    if not spec and (o.ob_type is rt.t_str or o.ob_type is rt.t_int):
        return _format_value(rt, o, spec)
    m = type_lookup(o.ob_type, "__format__")
    bound = rt.descr_get(m, o, o.ob_type) if m is not None else None
    try:
        return _format_value(rt, o, spec)
    finally:
        if bound is not None:
            rt.decref(bound)


def _format_value(rt: Runtime, o: HObject, spec: str) -> str:
    """What the type's __format__ returns for `spec`, as a host str."""
    from .ops import py_defines
    user = py_defines(o.ob_type, "__format__")
    if isinstance(o, HLeaf) and not o.ob_type.static and not spec and not user:
        return rt.str(o)    # a subclass of int / float / str: __format__('') is PyObject_Str(self)
    if isinstance(o, HLeaf) and not isinstance(o.value, range) and not user:
        try:
            return format(o.value, spec)
        except (ValueError, TypeError) as e:
            rt.raise_type(type(e).__name__, str(e))
    m = type_lookup(o.ob_type, "__format__")
    if m is not None and not o.ob_type.static and type_lookup(o.ob_type, "__format__") is not \
            type_lookup(rt.t_object, "__format__"):
        from .objects import HDescr
        if not isinstance(m, HDescr):
            so = rt.new_str(spec)
            r = rt.call(m, [o, so], None)
            rt.decref(so)
            s = rt.as_str(r)
            rt.decref(r)
            return s
    if spec:
        rt.raise_type("TypeError", f"unsupported format string passed to {rt.type_name(o)}.__format__")
    return rt.str(o)


def percent_format(rt: Runtime, fmt: HObject, args: HObject) -> HObject:
    """str % args on host values (%s and %r call the simulated str/repr)."""
    items = args.items if isinstance(args, HTuple) else [args]

    class Arg:
        def __init__(self, o: HObject) -> None:
            self.o = o

        def __str__(self) -> str:
            return rt.str(self.o)

        def __repr__(self) -> str:
            return rt.repr(self.o)

        def __index__(self) -> int:
            return rt.index(self.o)

        def __float__(self) -> float:
            return float(self.o.value)

        def __int__(self) -> int:
            return int(self.o.value)

    def host_arg(a: HObject) -> Any:
        if isinstance(a, HLeaf) and (isinstance(a.value, (int, float, bytes)) or a.ob_type is rt.t_str):
            return a.value      # %c, %d, %x ... need the host value; exact str formats as itself
        return Arg(a)

    class Mapping:
        """PyUnicode_Format with a mapping argument: %(name)s looks the key up in the simulated dict."""
        def __getitem__(self, key: str) -> Any:
            ko = rt.from_host(key)
            try:
                v = rt.getitem(args, ko)
            finally:
                rt.decref(ko)
            rt.decref(v)      # the mapping keeps it alive for the duration of the format
            return host_arg(v)

    if isinstance(args, HTuple):
        operand: Any = tuple(host_arg(a) for a in items)
    elif isinstance(args, HDict):
        operand = Mapping()
    else:
        operand = host_arg(args)
    try:
        r = fmt.value % operand
    except (TypeError, ValueError) as e:
        rt.raise_type(type(e).__name__, str(e))
        raise AssertionError
    return identical_operand(rt, r, items) if isinstance(r, str) else rt.new_bytes(r)


class MappingFields:
    """The keyword side of str.format_map: each field name looked up in a simulated mapping when it
    is used; the values it hands out stay referenced until `release`."""

    def __init__(self, rt: Runtime, mapping: HObject) -> None:
        self.rt, self.mapping, self.held = rt, mapping, []

    def __contains__(self, name: str) -> bool:
        return True          # a missing key is the mapping's own KeyError (or __missing__)

    def __getitem__(self, name: str) -> HObject:
        key = self.rt.new_str(name)
        try:
            value = self.rt.getitem(self.mapping, key)
        finally:
            self.rt.decref(key)
        self.held.append(value)
        return value

    def release(self) -> None:
        for v in self.held:
            self.rt.decref(v)
        self.held.clear()


def str_format_method(rt: Runtime, fmt: str, args: list[HObject], kwargs: Any) -> HObject:
    """str.format (do_string_format, Objects/stringlib/unicode_format.h): fields resolved against the
    simulated arguments, nested specs (``{:>{w}}``) expanded first, values formatted with format_obj."""
    numbering = [None, 0]     # AutoNumber: state (None unknown, "auto", "manual") and next auto index
    text = _build_string(rt, fmt, args, kwargs, numbering, 2)
    return identical_operand(rt, text, [*args, *(kwargs.values() if isinstance(kwargs, dict) else ())])


def _build_string(rt: Runtime, fmt: str, args: list[HObject], kwargs: Any,
                  numbering: list, recursion_depth: int) -> str:
    """build_string / output_markup: literal text and rendered fields; a spec is itself a format
    string one level down (CPython allows two levels)."""
    import string
    if recursion_depth <= 0:
        rt.raise_type("ValueError", "Max string recursion exceeded")
    out = []
    try:
        parts = list(string.Formatter().parse(fmt))
    except ValueError as e:
        rt.raise_type("ValueError", str(e))
        raise AssertionError from e
    for literal, field, spec, conv in parts:
        if literal:          # an empty piece is never written (_PyUnicodeWriter_WriteStr of "")
            out.append(literal)
        if field is None:
            continue
        o = _get_field_object(rt, field, args, kwargs, numbering)
        try:
            if spec and "{" in spec:
                spec = _build_string(rt, spec, args, kwargs, numbering, recursion_depth - 1)
            if conv in ("r", "s", "a"):
                text = rt.repr(o) if conv != "s" else rt.str(o)
                s = format_obj_str(rt, ascii(text)[1:-1] if conv == "a" else text, spec or "")
            elif conv is not None:
                rt.raise_type("ValueError", f"Unknown conversion specifier {conv}")
                raise AssertionError
            else:
                s = format_obj(rt, o, spec or "")
        finally:
            rt.decref(o)
        if s:
            out.append(s)
    return "".join(out)


def _get_field_object(rt: Runtime, field: str, args: list[HObject], kwargs: Any,
                      numbering: list) -> HObject:
    """get_field_object: the argument named by the first part of `field` (auto-numbered when empty),
    then each ``.attr`` / ``[key]`` applied in turn. Returns a new reference."""
    from _string import formatter_field_name_split
    first, rest = formatter_field_name_split(field)
    if first == "" or isinstance(first, int):
        # autonumber_state_error: the two numbering styles cannot be mixed
        state = "auto" if first == "" else "manual"
        if numbering[0] not in (None, state):
            rt.raise_type("ValueError", "cannot switch from manual field specification to automatic field numbering"
                          if state == "auto" else
                          "cannot switch from automatic field numbering to manual field specification")
        numbering[0] = state
        if first == "":
            first = numbering[1]
            numbering[1] += 1
        if first >= len(args):
            rt.raise_type("IndexError", f"Replacement index {first} out of range for positional args tuple")
        o = args[first]
    elif first in kwargs:
        o = kwargs[first]
    else:
        key = rt.new_str(first)
        try:
            rt.throw_keyerror(key)
        finally:
            rt.decref(key)
        raise AssertionError
    rt.incref(o)
    for is_attr, key in rest:
        try:
            if is_attr:
                nxt = rt.getattr(o, key)
            else:
                ko = rt.from_host(key)
                try:
                    nxt = rt.getitem(o, ko)
                finally:
                    rt.decref(ko)
        finally:
            rt.decref(o)
        o = nxt
    return o


def format_obj_str(rt: Runtime, text: str, spec: str) -> str:
    """format() of a str produced by a !r/!s/!a conversion (unicode__format__)."""
    try:
        return format(text, spec)
    except ValueError as e:
        rt.raise_type("ValueError", str(e))
        raise AssertionError from e


__all__ = ["Any", "format_obj", "format_value", "percent_format", "str_format_method"]
