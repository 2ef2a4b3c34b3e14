"""types.GenericAlias (Objects/genericaliasobject.c, PEP 585): what subscripting a builtin class
such as list[int] makes from 3.9 (fact generic_alias_size) — a GC object holding the origin and the
arguments tuple, with CPython's repr, equality and call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HTuple
from ..heap.objects import HObject, HType
from .objects import HRefs

if TYPE_CHECKING:
    from .runtime import Runtime


def generic_alias(rt: Runtime, origin: HType, key: HObject) -> HObject:
    """Py_GenericAlias (Objects/genericaliasobject.c): origin[key] as a new GenericAlias holding the
    origin and the arguments as a tuple (a one-item tuple unless the key is a tuple already)."""
    tp = rt.builtin_types.get("GenericAlias") or _generic_alias_type(rt)
    args = key if isinstance(key, HTuple) else rt.tuple_of([key])
    if args is key:
        rt.incref(key)
    rt.incref(origin)
    ga = HRefs()
    ga.refs = [origin, args]
    ga.state = None
    return rt.alloc(ga, tp, rt.profile.interp.generic_alias_size)


def _ga_repr_item(rt: Runtime, o: HObject) -> str:
    """ga_repr_item: ... for Ellipsis, a class as [module.]qualname, anything else by repr."""
    if o is rt.ellipsis:
        return "..."
    if isinstance(o, HType):
        module, name = o.extra.module, o.extra.qualname or o.name
        return name if module == "builtins" else f"{module}.{name}"
    return rt.repr(o)


def _generic_alias_type(rt: Runtime) -> HType:
    """types.GenericAlias, made the first time a program subscripts a builtin class: its repr, its
    call (the origin called with the arguments, ga_call) and __origin__ / __args__."""
    def ga_repr(rt_: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
        origin, items = self.refs
        inner = ", ".join(_ga_repr_item(rt_, x) for x in items.items)
        return rt_.new_str(f"{_ga_repr_item(rt_, origin)}[{inner}]")

    def ga_call(rt_: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
        return rt_.call(self.refs[0], args, kw)

    def ga_richcompare(equal: bool) -> Callable:
        # two aliases are equal when their origins and their args are
        def cmp(rt_: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
            other = args[0]
            if other.ob_type is not self.ob_type:
                rt_.incref(rt_.notimplemented)
                return rt_.notimplemented
            same = all(rt_.eq(x, y) for x, y in zip(self.refs, other.refs))
            return rt_.new_bool(same == equal)
        return cmp

    def field(i: int) -> Callable:
        def get(rt_: Runtime, self: HRefs) -> HObject:
            rt_.incref(self.refs[i])
            return self.refs[i]
        return get

    tp = rt.define_type("GenericAlias", {"__repr__": ga_repr, "__call__": ga_call,
                                         "__eq__": ga_richcompare(True), "__ne__": ga_richcompare(False)},
                        getsets={"__origin__": field(0), "__args__": field(1)}, module="types")
    rt.builtin_types["GenericAlias"] = tp
    return tp
