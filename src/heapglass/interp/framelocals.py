"""3.13's FrameLocalsProxy (PEP 667): frame.f_locals of a function frame reads and writes the frame's
fast locals instead of copying them into a dict."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..heap.objects import HObject
from .objects import HRefs

if TYPE_CHECKING:
    from .runtime import Runtime


def _names(f: Any) -> list[tuple[str, HObject]]:
    out = []
    for name, slot in f.code.slots.items():
        v = f.fast[slot] if slot < len(f.fast) else None
        if v is not None and name in f.code.cellvars + f.code.freevars:
            v = v.ob_ref
        if v is not None:
            out.append((name, v))
    return out


def new_frame_locals_proxy(rt: Runtime, f: Any) -> HObject:
    """A proxy holding the frame object (framelocalsproxy_new)."""
    from .frames import materialise
    t = rt.builtin_types.get("FrameLocalsProxy")
    if t is None:
        t = rt.define_type("FrameLocalsProxy", {"__getitem__": _getitem, "__len__": _len, "keys": _keys,
                                                "__contains__": _contains})
        rt.builtin_types["FrameLocalsProxy"] = t
    fo = materialise(rt, f)
    p = HRefs()
    p.refs = [fo]
    p.state = None
    rt.incref(fo)
    return rt.alloc(p, t, rt.sizes("descriptor"))


def _frame(self: HRefs) -> Any:
    return self.refs[0].f


def _getitem(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    name = rt.as_str(args[0])
    for n, v in _names(_frame(self)):
        if n == name:
            rt.incref(v)
            return v
    rt.throw_keyerror(args[0])
    raise AssertionError


def _len(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    return rt.new_int(len(_names(_frame(self))))


def _keys(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    return rt.list_steal([rt.new_str(n) for n, _ in _names(_frame(self))])


def _contains(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    name = rt.as_str(args[0])
    return rt.new_bool(any(n == name for n, _ in _names(_frame(self))))
