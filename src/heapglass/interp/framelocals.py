"""frame.f_locals and locals() where they are not a plain dict: 3.13's FrameLocalsProxy (PEP 667), which reads
and writes the frame's fast locals, and the locals of a body running an inlined comprehension (3.12+)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..heap.kinds import HCell
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
                                                "__contains__": _contains, "__iter__": _iter,
                                                "values": _values, "items": _items, "get": _get,
                                                "__setitem__": _setitem, "__repr__": _repr},
                           layout="framelocals")
        rt.builtin_types["FrameLocalsProxy"] = t
    fo = materialise(rt, f)
    p = HRefs()
    p.refs = [fo]
    p.state = None
    rt.incref(fo)
    return rt.alloc(p, t, rt.sizes("descriptor"))


def _frame(self: HRefs) -> Any:
    return self.refs[0].f


def _lookup(rt: Runtime, self: HRefs, key: HObject) -> HObject | None:
    """The bound value of the local `key` names (borrowed), or None."""
    name = rt.as_str(key)
    return next((v for n, v in _names(_frame(self)) if n == name), None)


def _getitem(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    v = _lookup(rt, self, args[0])
    if v is None:
        rt.throw_keyerror(args[0])
        raise AssertionError
    rt.incref(v)
    return v


def _len(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    return rt.new_int(len(_names(_frame(self))))


def _keys(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    return rt.list_steal([rt.new_str(n) for n, _ in _names(_frame(self))])


def _contains(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    name = rt.as_str(args[0])
    return rt.new_bool(any(n == name for n, _ in _names(_frame(self))))


def proxy_iter(rt: Runtime, self: HRefs) -> HObject:
    """framelocalsproxy_iter (tp_iter, reached from get_iter by the type's layout): an iterator over
    the bound names (a list's, as CPython iterates the list of keys it builds)."""
    return _iter(rt, self, [], None)


def _iter(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    keys = _keys(rt, self, [], None)
    try:
        return rt.get_iter(keys)
    finally:
        rt.decref(keys)


def _values(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    values = []
    for _, v in _names(_frame(self)):
        rt.incref(v)
        values.append(v)
    return rt.list_steal(values)


def _items(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    items = []
    for n, v in _names(_frame(self)):
        rt.incref(v)
        items.append(rt.tuple_steal([rt.new_str(n), v]))
    return rt.list_steal(items)


def _get(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    v = _lookup(rt, self, args[0])
    if v is None:
        v = args[1] if len(args) > 1 else rt.none
    rt.incref(v)
    return v


def _setitem(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    """framelocalsproxy_setitem: a fast local (or the cell it names) is written through."""
    f = _frame(self)
    name, value = rt.as_str(args[0]), args[1]
    slot = f.code.slots.get(name)
    if slot is None or slot >= len(f.fast):
        rt.unsupported("FrameLocalsProxy: setting a name that is not a local of the frame")
    old = f.fast[slot]
    rt.incref(value)
    if name in f.code.cellvars + f.code.freevars and old is not None:
        old, old.ob_ref = old.ob_ref, value
    else:
        f.fast[slot] = value
    if old is not None:
        rt.decref(old)
    return rt.new_none()


def _repr(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    """framelocalsproxy_repr: the repr of a dict of the same items."""
    d = locals_snapshot(rt, _frame(self))
    try:
        return rt.new_str(rt.repr(d))
    finally:
        rt.decref(d)


def locals_snapshot(rt: Runtime, f: Any) -> HObject:
    """A new dict of the frame's bound fast locals (cells read through): 3.13's locals() in a
    function, and what the proxy's repr shows."""
    d = rt.new_dict()
    for name, v in _names(f):
        rt.dict_setitem_str(d, name, v)
    return d


def locals_with_hidden(rt: Runtime, f: Any) -> HObject | None:
    """locals() in a module or class body while one of its inlined comprehensions has bound a name
    (a CO_FAST_HIDDEN local holds a value): a new dict (profile fact comprehension_hidden_locals:
    the body's locals and then the hidden ones, or the hidden ones alone through the frame's proxy);
    None when no hidden local is bound, where locals() is the body's dict itself."""
    mode = rt.profile.interp.comprehension_hidden_locals
    hidden = []
    if mode is not None and not f.optimized:
        for name, slot in f.code.fast_hidden.items():
            v = f.fast[slot]
            v = v.ob_ref if isinstance(v, HCell) else v     # frame_get_var reads a cell through
            if v is not None:
                hidden.append((name, v))
    if not hidden:
        return None
    if mode == "hidden":
        from .frames import materialise
        materialise(rt, f)      # _PyFrameLocalsProxy_New(_PyFrame_GetFrameObject(frame))
    d = rt.new_dict()
    if mode == "with_body" and f.locals is not None:
        for k, v in list(f.locals.entries.values()):
            rt.dict_setitem(d, k, v)
    for name, v in hidden:
        rt.dict_setitem_str(d, name, v)
    return d
