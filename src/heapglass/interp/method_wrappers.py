"""Slot wrappers (Objects/descrobject.c): a builtin type's dunder that fills a type slot
(typeobject.c slotdefs: tp_repr, tp_richcompare, tp_init, tp_call, tp_descr_get, ...) is a
`wrapper_descriptor` in the type's dict (add_operators / PyDescr_NewWrapper), and reading it from
an object makes a new `method-wrapper` (wrapperdescr_get -> PyWrapper_New: a GC object holding the
descriptor and the object, tracked, no free list) on every access.

In the model the slot descriptors are the builtin types' `HDescr` method descriptors whose name is
a slot name; `install` gives them the type wrapper_descriptor, and `new_method_wrapper` is what
binding one makes. The dunders a type also defines in tp_methods with METH_COEXIST stay method
descriptors (`COEXIST`). Calling a method-wrapper runs the slot function as a bound builtin does,
with the argument tuple wrapper_call receives (_PyObject_MakeTpCall) for the builtin types' own
slots (builtin_slots.wrapper_call_makes_tuple); type.__init__ and type.__call__ make theirs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .btypes import add_method
from .builtin_slots import install as install_builtin_slots
from .builtin_slots import wrapper_call_makes_tuple
from .descr_attrs import descr_name, descr_objclass, descr_qualname
from .objects import HBuiltin, HDescr, HMethod

if TYPE_CHECKING:
    from ..heap.objects import HObject
    from .runtime import Runtime

# Objects/typeobject.c slotdefs: the dunders that fill a type slot (which of them a builtin type
# has: builtin_slots.py; [RUN 3.8.18-3.13.0] type(T.name) is wrapper_descriptor)
SLOT_NAMES = frozenset({
    "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__",
    "__str__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__",
    "__get__", "__set__", "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__",
    "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__",
    "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__",
    "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__",
    "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__", "__index__", "__floordiv__",
    "__rfloordiv__", "__truediv__", "__rtruediv__", "__matmul__", "__rmatmul__", "__iadd__", "__isub__",
    "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
    "__ifloordiv__", "__itruediv__", "__imatmul__", "__len__", "__getitem__", "__setitem__",
    "__delitem__", "__contains__",
    # bf_getbuffer (3.12, PEP 688: bytes.__buffer__)
    "__buffer__",
})
# METH_COEXIST methods, which add_operators does not replace: listobject.c list_methods
# __getitem__, dictobject.c mapp_methods __contains__ / __getitem__, setobject.c set_methods and
# frozenset_methods __contains__ ([RUN 3.8.18-3.13.0] type(list.__getitem__): method_descriptor)
COEXIST = frozenset({("list", "__getitem__"), ("dict", "__contains__"), ("dict", "__getitem__"),
                     ("set", "__contains__"), ("frozenset", "__contains__")})
# wrapperobject: PyObject_HEAD, descr, self ([RUN 3.8.18-3.13.0] sys.getsizeof(len.__call__) 48
# with the GC head)
METHOD_WRAPPER_BASICSIZE = 32


class HMethodWrapper(HBuiltin):
    """A method-wrapper (wrapperobject): ``descr`` the slot's wrapper_descriptor, ``self_`` the
    object it was read from; the call runs the descriptor's function as a bound builtin's."""

    __slots__ = ("descr",)

    def traverse(self) -> Iterable[HObject]:       # wrapper_traverse: descr, then self
        return (self.descr, self.self_)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # wrapper_dealloc
        heap.gc_untrack(self)
        d, s = self.descr, self.self_
        self.descr = self.self_ = None
        yield d
        yield s
        heap.free_object(self)


def new_method_wrapper(rt: Runtime, descr: HDescr, obj: HObject) -> HObject:
    """wrapperdescr_get -> PyWrapper_New: a new method-wrapper holding `descr` and `obj`."""
    w = HMethodWrapper()
    w.fn, w.name, w.qualname = descr.fn, descr.name, f"{descr.owner}.{descr.name}"
    w.varargs = wrapper_call_makes_tuple(descr)    # wrapper_call's args tuple, as METH_VARARGS gets one
    w.descr, w.self_ = descr, obj
    rt.incref(descr)
    rt.incref(obj)
    return rt.alloc(w, rt.t_method_wrapper, rt.profile.alloc.gc_head_size + METHOD_WRAPPER_BASICSIZE)


def slot_call(rt: Runtime, self: HObject, args: list[HObject], kw: Any) -> HObject:
    """wrap_call: the object's tp_call."""
    return rt.call(self, args, kw)


def slot_get(rt: Runtime, self: HObject, args: list[HObject], kw: Any) -> HObject:
    """wrap_descr_get: tp_descr_get(self, obj, type), None standing for NULL in both."""
    obj = args[0] if args and args[0] is not rt.none else None
    tp = args[1] if len(args) > 1 and args[1] is not rt.none else None
    if obj is None and tp is None:
        rt.raise_type("TypeError", "__get__(None, None) is invalid")
    if isinstance(self, HMethod) or obj is None:     # method_descr_get; func_descr_get without obj
        rt.incref(self)
        return self
    return rt.new_method(self, obj)


def wrapperdescr_get(rt: Runtime, self: HDescr, args: list[HObject], kw: Any) -> HObject:
    """wrapper_descriptor.__get__ (wrap_descr_get over wrapperdescr_get): the descriptor itself for
    no object, else descr_check and a new method-wrapper."""
    obj = args[0] if args and args[0] is not rt.none else None
    if obj is None:
        rt.incref(self)
        return self
    owner = rt.builtin_types.get(self.owner)
    if owner is not None and owner not in obj.ob_type.extra.mro:
        rt.raise_type("TypeError", f"descriptor '{self.name}' for '{self.owner}' objects doesn't apply to a "
                      f"'{rt.type_name(obj)}' object")
    return new_method_wrapper(rt, self, obj)


def wrapper_repr(rt: Runtime, self: HMethodWrapper, args: list[HObject], kw: Any) -> HObject:
    o = self.self_
    return rt.new_str(f"<method-wrapper '{self.name}' of {rt.type_name(o)} object at {o.addr:#x}>")


def wrapperdescr_repr(rt: Runtime, self: HDescr, args: list[HObject], kw: Any) -> HObject:
    return rt.new_str(f"<slot wrapper '{self.name}' of '{self.owner}' objects>")


def wrapper_self(rt: Runtime, self: HMethodWrapper) -> HObject:
    rt.incref(self.self_)
    return self.self_


def install(rt: Runtime) -> None:
    """Make the two types, add __call__ / __get__ to the callables that have them (function,
    builtin_function_or_method, method: tp_call, tp_descr_get), and turn every builtin type's slot
    dunder into a wrapper_descriptor."""
    from .methods import _getset
    wd = rt.define_type("wrapper_descriptor")
    mw = rt.define_type("method-wrapper")
    rt.builtin_types["wrapper_descriptor"] = rt.t_wrapper_descr = wd
    rt.builtin_types["method-wrapper"] = rt.t_method_wrapper = mw
    add_method(rt, wd, "__repr__", wrapperdescr_repr)
    add_method(rt, wd, "__get__", wrapperdescr_get)
    add_method(rt, mw, "__repr__", wrapper_repr)
    for attr, getter in (("__name__", descr_name), ("__qualname__", descr_qualname),
                         ("__objclass__", descr_objclass)):
        wd.extra.methods[attr] = _getset(rt, wd, attr, getter)
        mw.extra.methods[attr] = _getset(rt, mw, attr, lambda rt_, w, g=getter: g(rt_, w.descr))
    mw.extra.methods["__self__"] = _getset(rt, mw, "__self__", wrapper_self)
    for tp in (rt.t_function, rt.t_builtin, rt.t_method):
        add_method(rt, tp, "__call__", slot_call)
    for tp in (rt.t_function, rt.t_method):
        add_method(rt, tp, "__get__", slot_get)
    install_builtin_slots(rt, SLOT_NAMES, COEXIST)     # the builtin types' own slot dunders
    for tp in rt.builtin_types.values():
        for name, d in tp.extra.methods.items():
            if name in SLOT_NAMES and isinstance(d, HDescr) and d.kind == "method" and \
                    (tp.name, name) not in COEXIST:
                d.ob_type = wd

