"""Type slots of the weakref types that the interpreter's operator dispatch does not reach: weakref
hashing and == (weakref_hash, weakref_richcompare), the generic attribute access of instances of
Python subclasses of ref (their __dict__), and the proxies' forwarding of every operation to the
referent (Objects/weakrefobject.c: proxy_getattr, proxy_setattr, proxy_richcompare, the
WRAP_BINARY/WRAP_UNARY number slots, proxy_length, proxy_contains, proxy_getitem, proxy_iter, ...).

The interpreter dispatches dunder methods of *builtin* types through its own fast paths (`ops.py`,
`btypes.py`) and does not consult host-defined slots there, so `install_slots` wraps those runtime
protocol methods for weakref and proxy operands only; every other operand goes straight to the
interpreter's own method. This is a stop-gap until the runtime offers slot hooks for builtin types
(requested from the interpreter's owner); nothing else should be added here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...heap.kinds import HWeakref
from ...heap.objects import HObject
from ..objects import HDescr
from ..typesys import type_lookup
from .facts import module_facts
from .weakrefmod import HWeakrefInstance, proxy_referent, weakref_hash, weakref_richcompare

if TYPE_CHECKING:
    from ..runtime import Runtime


class WeakrefKey:
    """Dict/set token of a weakref hashed by weakref_hash: equal to another weakref's token when
    the weakrefs compare equal *at lookup time* (live: their referents are equal; dead: only itself)."""

    __slots__ = ("h", "rt", "wr")

    def __init__(self, rt: Runtime, wr: HWeakref, h: int) -> None:
        self.rt, self.wr, self.h = rt, wr, h

    def __hash__(self) -> int:
        return self.h

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WeakrefKey):
            return False
        return other.wr is self.wr or self.rt.eq(self.wr, other.wr)


def is_proxy(o: HObject) -> bool:
    return isinstance(o, HWeakref) and o.proxy is not None


def is_ref(o: HObject) -> bool:
    return isinstance(o, HWeakref) and o.proxy is None


def proxy_type_name(rt: Runtime, p: HWeakref) -> str:
    """The proxy type's tp_name as error messages print it ('weakproxy', 'weakref.ProxyType')."""
    names = module_facts(rt.profile).weakref_type_names
    return names[1] if p.proxy == "proxy" else names[2]


def install_slots(rt: Runtime) -> None:
    """Route the runtime's protocol methods through the weakref/proxy slots (see module docstring)."""
    orig: dict[str, Callable] = {}

    def wrap(name: str) -> Callable[[Callable], Callable]:
        def deco(fn: Callable) -> Callable:
            orig[name] = getattr(rt, name)
            setattr(rt, name, fn)
            return fn
        return deco

    def un(o: HObject) -> HObject:
        return proxy_referent(rt, o) if is_proxy(o) else o

    @wrap("key_token")
    def key_token(o: HObject) -> Any:
        if isinstance(o, HWeakref):
            if o.proxy is not None:
                rt.raise_type("TypeError", f"unhashable type: '{proxy_type_name(rt, o)}'")
            h = type_lookup(o.ob_type, "__hash__")
            if isinstance(h, HDescr):
                return WeakrefKey(rt, o, weakref_hash(rt, o))
        return orig["key_token"](o)

    @wrap("compare")
    def compare(op: str, a: HObject, b: HObject) -> HObject:
        if is_proxy(a) or is_proxy(b):   # proxy_richcompare: UNWRAP both, then compare
            return orig["compare"](op, un(a), un(b))
        if is_ref(a) and is_ref(b) and isinstance(type_lookup(a.ob_type, "__eq__"), HDescr) \
                and isinstance(type_lookup(b.ob_type, "__eq__"), HDescr) and op in ("==", "!="):
            return weakref_richcompare(rt, a, b, op)
        return orig["compare"](op, a, b)

    def forward(name: str) -> None:
        """A protocol method whose subject (first operand) is unwrapped when it is a proxy; the other
        operands are passed as they are (proxy_getitem, proxy_contains, ... UNWRAP the proxy only)."""
        inner = getattr(rt, name)

        def fn(subject: Any, *rest: Any) -> Any:
            # a cheap test first: this sits on the interpreter's hot paths (truth tests, iteration)
            if isinstance(subject, HWeakref) and subject.proxy is not None:
                subject = proxy_referent(rt, subject)
            return inner(subject, *rest)
        setattr(rt, name, fn)

    for name in ("truthy", "length", "get_iter", "iter_next", "index", "str", "getitem", "setitem",
                 "contains"):
        forward(name)

    @wrap("binary_op1")
    def binary_op1(op: str, a: HObject, b: HObject) -> HObject | None:
        if is_proxy(a) or is_proxy(b):
            return rt.binary_op(op, un(a), un(b))
        return orig["binary_op1"](op, a, b)

    @wrap("inplace_op")
    def inplace_op(op: str, a: HObject, b: HObject) -> HObject:
        return orig["inplace_op"](op, un(a), un(b))

    @wrap("unary_op")
    def unary_op(op: str, a: HObject) -> HObject:
        return orig["unary_op"](op, un(a))

    # attributes: proxy_getattr / proxy_setattr forward every name, even __class__; an instance of a
    # ref subclass keeps its attributes in its own __dict__ (PyObject_GenericGetAttr/SetAttr)
    @wrap("getattr")
    def getattr_(obj: HObject, name: str) -> HObject:
        return orig["getattr"](un(obj), name)

    @wrap("getattr_or_none")
    def getattr_or_none(obj: HObject, name: str) -> HObject | None:
        if isinstance(obj, HWeakrefInstance) and obj.ob_type.extra.has_dict:
            return subclass_getattr(rt, obj, name)
        return orig["getattr_or_none"](un(obj), name)

    @wrap("setattr")
    def setattr_(obj: HObject, name: str, value: HObject | None) -> None:
        if isinstance(obj, HWeakrefInstance) and obj.ob_type.extra.has_dict:
            descr = type_lookup(obj.ob_type, name)
            if descr is None or not rt.is_data_descr(descr):
                subclass_store(rt, obj, name, value)
                return
        return orig["setattr"](un(obj), name, value)


def subclass_getattr(rt: Runtime, obj: HWeakrefInstance, name: str) -> HObject | None:
    """PyObject_GenericGetAttr: data descriptors, then the instance __dict__, then the rest."""
    tp = obj.ob_type
    descr = type_lookup(tp, name)
    if descr is not None and rt.is_data_descr(descr):
        return rt.descr_get(descr, obj, tp)
    if obj.dict is not None:
        e = obj.dict.entries.get(name)
        if e is not None:
            return rt.from_host(e[1])
    return None if descr is None else rt.descr_get(descr, obj, tp)


def subclass_store(rt: Runtime, obj: HWeakrefInstance, name: str, value: HObject | None) -> None:
    """_PyObject_GenericSetAttrWithDict into the instance __dict__ (made on the first store)."""
    if value is None:
        if obj.dict is None or name not in obj.dict.entries:
            rt.raise_attribute_error(obj, name)
        rt.dict_delitem_str(obj.dict, name)
        return
    if obj.dict is None:
        obj.dict = rt.new_dict()
    rt.dict_setitem_str(obj.dict, name, value)
