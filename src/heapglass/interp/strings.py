"""String formatting: f-string FORMAT_VALUE, str % args, and str.format, computed on host values of
the simulated operands (user __format__/__str__/__repr__ are called as simulated code)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..heap.kinds import HLeaf, HTuple
from ..heap.objects import HObject
from .typesys import type_lookup

if TYPE_CHECKING:
    from .runtime import Runtime


def format_value(rt: Runtime, o: HObject, conversion: int, spec: HObject | None) -> str:
    """FORMAT_VALUE: apply !s/!r/!a, then format(value, spec)."""
    if conversion == ord("s"):
        s = rt.str(o)
        return format(s, spec.value) if spec is not None else s
    if conversion in (ord("r"), ord("a")):
        s = rt.repr(o)
        if conversion == ord("a"):
            s = ascii(s)[1:-1]
        return format(s, spec.value) if spec is not None else s
    return format_obj(rt, o, spec.value if spec is not None else "")


def format_obj(rt: Runtime, o: HObject, spec: str) -> str:
    """PyObject_Format."""
    if isinstance(o, HLeaf) and not isinstance(o.value, range):
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

    host = [a.value if isinstance(a, HLeaf) and isinstance(a.value, (int, float)) else Arg(a) for a in items]
    try:
        r = fmt.value % (tuple(host) if isinstance(args, HTuple) else host[0])
    except (TypeError, ValueError) as e:
        rt.raise_type(type(e).__name__, str(e))
        raise AssertionError
    return rt.new_str(r) if isinstance(r, str) else rt.new_bytes(r)


def str_format_method(rt: Runtime, fmt: str, args: list[HObject], kwargs: dict[str, HObject]) -> HObject:
    """str.format: fields resolved against simulated arguments, formatted with format_obj."""
    import string
    out = []
    auto = 0
    for literal, field, spec, conv in string.Formatter().parse(fmt):
        out.append(literal)
        if field is None:
            continue
        name, _, rest = field.partition(".")
        if name == "":
            o = args[auto]
            auto += 1
        elif name.isdigit():
            o = args[int(name)]
        else:
            o = kwargs[name]
        rt.incref(o)
        if rest:
            o2 = rt.getattr(o, rest)
            rt.decref(o)
            o = o2
        try:
            if conv == "r":
                s = format(rt.repr(o), spec or "")
            elif conv == "s":
                s = format(rt.str(o), spec or "")
            else:
                s = format_obj(rt, o, spec or "")
        finally:
            rt.decref(o)
        out.append(s)
    return rt.new_str("".join(out))


__all__ = ["Any", "format_obj", "format_value", "percent_format", "str_format_method"]
