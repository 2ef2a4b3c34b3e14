"""The C half of `weakref`: the `_weakref` module (Modules/_weakref.c) and the behaviour of the
weakref types (Objects/weakrefobject.c) — ``ref`` (tp_new/tp_init, call, hash, rich compare, repr,
``__callback__``), ``proxy`` and its two types, ``getweakrefcount``, ``getweakrefs`` and
``_remove_dead_weakref``.

The weakref objects and their lists are the heap core's (`heap/weakrefs.py`: `new_weakref`,
`get_basic_refs`, clearing and callbacks); this module gives them their Python-visible faces. A Python
subclass of ``ref`` (KeyedRef, WeakMethod) gets `HWeakrefInstance` objects: a weakref with the
subclass's ``__slots__``. Operator dispatch on weakrefs and proxies (hashing, ==, forwarding) lives in
`slots.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ...alloc import sizes
from ...heap.errors import HeapError
from ...heap.kinds import HDict, HWeakref
from ...heap.objects import HObject, HType
from ..btypes import add_method
from ..objects import HBuiltin, HDescr, HFunction, HMethod
from ..typesys import type_lookup
from .args import func_str, no_keywords, one_arg, varargs_range
from .facts import module_facts

if TYPE_CHECKING:
    from ..runtime import Runtime

MODULE = "_weakref"
DEAD = "weakly-referenced object no longer exists"


class HWeakrefInstance(HWeakref):
    """An instance of a Python subclass of weakref.ref: the weakref plus its ``__slots__`` values
    (most derived first, as `HInstance.slots`) and, unless the class has __slots__, its ``__dict__``
    (made on the first attribute store). Traversal and deallocation are subtype_traverse /
    subtype_dealloc wrapped around weakref's own (gc_traverse, weakref_dealloc)."""

    __slots__ = ("dict", "slots")

    def own_refs(self) -> list[HObject]:
        refs = [v for v in self.slots if v is not None] if self.slots else []
        if self.dict is not None:
            refs.append(self.dict)
        return refs

    def traverse(self) -> Iterator[HObject]:   # subtype_traverse → gc_traverse
        yield from self.own_refs()
        yield from super().traverse()
        yield self.ob_type

    def tp_clear(self, heap: Any) -> None:     # subtype_clear, then gc_clear
        for v in self.release_own():
            heap.decref(v)
        super().tp_clear(heap)

    def release_own(self) -> list[HObject]:
        refs = self.own_refs()
        if self.slots:
            self.slots = [None] * len(self.slots)
        self.dict = None
        return refs

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # subtype_dealloc → weakref_dealloc
        tp = self.ob_type
        heap.gc_untrack(self)
        if tp.weakrefable:
            heap.clear_weakrefs(self)       # weakrefs to this weakref (WeakMethod's self_wr)
        yield from self.release_own()       # clear_slots, then the __dict__
        cb = heap.unlink_weakref(self)       # clear_weakref
        if cb is not None:
            yield cb
        heap.free_object(self)
        yield tp


# ---------------------------------------------------------------------------- creating weakrefs
def check_referent(rt: Runtime, ob: HObject) -> None:
    """PyType_SUPPORTS_WEAKREFS, else TypeError; objects outside the heap are not modelled."""
    if not ob.ob_type.weakrefable:
        rt.raise_type("TypeError", f"cannot create weak reference to '{ob.ob_type.name}' object")
    if getattr(ob, "heap", None) is not rt.heap:
        rt.unsupported(f"a weak reference to the static object {rt.repr(ob)}")


def new_ref(rt: Runtime, tp: HType, ob: HObject, callback: HObject | None) -> HObject:
    """weakref___new__: the shared basic ref when there is no callback and `tp` is exactly ref,
    otherwise a new weakref linked after the basic ref/proxy (new reference)."""
    check_referent(rt, ob)
    if callback is rt.none:
        callback = None
    if tp.static:
        try:
            return rt.heap.new_weakref(ob, callback)
        except HeapError as e:   # a referent the heap refuses: report it, never a host traceback
            rt.raise_type("TypeError", str(e))
    return new_subclass_ref(rt, tp, ob, callback)


def new_subclass_ref(rt: Runtime, tp: HType, ob: HObject, callback: HObject | None) -> HObject:
    """A weakref of a Python subclass of ref: never shared; inserted after the callback-less basic
    ref and proxy, as weakref___new__ does for every ref that is not the basic one (insert_after)."""
    heap = rt.heap
    info = tp.extra
    wr = HWeakrefInstance()
    wr.dict = None
    wr.wr_object = ob
    wr.wr_callback = callback
    wr.hash = -1
    wr.proxy = None
    n = len(info.slot_names)
    wr.slots = [None] * n if n else None
    rt.alloc(wr, tp, heap.sizes_weakref + subclass_extra_size(rt, tp))
    if callback is not None:
        rt.incref(callback)
    ref, proxy = heap.get_basic_refs(ob)
    prev = proxy if proxy is not None else ref
    lst = ob.weakrefs
    if lst is None:
        lst = ob.weakrefs = []
    lst.insert(lst.index(prev) + 1 if prev is not None else 0, wr)
    return wr


def subclass_extra_size(rt: Runtime, tp: HType) -> int:
    """Bytes a Python subclass of ref adds to PyWeakReference: its __slots__, a __dict__ pointer
    (3.8-3.10) or managed-dict pre-header (3.11+), and for __weakref__ a weaklist pointer (3.8-3.11)
    or the managed-weakref pre-header (3.12+). [RUN] getsizeof of KeyedRef 80/88, WeakMethod 104
    (3.8), 112 (3.11), 120 (3.12, 3.13); tests/interp/modules/programs/weakref_ref_subclass.py."""
    a = rt.profile.alloc
    info = tp.extra
    n = len(info.slot_names)
    return (sizes.instance_basicsize(a, n, info.has_dict, tp.weakrefable)
            - sizes.instance_basicsize(a, 0, False, False)
            + sizes.instance_preheader(a, info.has_dict, tp.weakrefable))


def is_callable(rt: Runtime, ob: HObject) -> bool:
    """PyCallable_Check: a proxy to it is a CallableProxyType."""
    if isinstance(ob, (HFunction, HBuiltin, HMethod, HType)):
        return True
    return type_lookup(ob.ob_type, "__call__") is not None


# ---------------------------------------------------------------------------- ref methods
def ref_tp_new(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    """type_call of ref itself: weakref___new__ then weakref___init__ (which rejects keywords)."""
    varargs_range(rt, "__new__", args, 1, 2)
    r = new_ref(rt, tp, args[0], args[1] if len(args) > 1 else None)
    if kw:
        rt.decref(r)
        rt.raise_type("TypeError", "ref() takes no keyword arguments")
    return r


def ref_new_method_fn(rt: Runtime, args: list, kw: Any) -> HObject:
    """ref.__new__(cls, ob[, callback]): what KeyedRef/WeakMethod.__new__ call, and what type_call
    runs for a subclass without its own __new__ (tp_new_wrapper → weakref___new__)."""
    if not args:
        rt.raise_type("TypeError", "ref.__new__(): not enough arguments")
    cls, args = args[0], args[1:]
    if not isinstance(cls, HType) or rt.t_weakref not in cls.extra.mro:
        rt.raise_type("TypeError", f"ref.__new__(X): X is not a subtype of {rt.t_weakref.name}")
    varargs_range(rt, "__new__", args, 1, 2)
    return new_ref(rt, cls, args[0], args[1] if len(args) > 1 else None)


def ref_init(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    """weakref___init__: only checks its arguments."""
    if kw:
        rt.raise_type("TypeError", "ref() takes no keyword arguments")
    varargs_range(rt, "__init__", args, 1, 2)
    return rt.new_none()


def ref_call(rt: Runtime, self: HWeakref, args: list, kw: Any) -> HObject:
    """weakref_call / weakref_vectorcall: the referent, or None once it is dead."""
    if args or kw:
        rt.raise_type("TypeError", module_facts(rt.profile).weakref_call_arity.format(n=len(args)))
    return rt.from_host(self.wr_object if self.wr_object is not None else rt.none)


def weakref_hash(rt: Runtime, self: HWeakref) -> int:
    """weakref_hash: the referent's hash, computed once and cached; TypeError if the referent died
    before anyone asked."""
    if self.hash != -1:
        return self.hash
    if self.wr_object is None:
        rt.raise_type("TypeError", "weak object has gone away")
    self.hash = rt.hash_value(self.wr_object)
    return self.hash


def wrapper_args(rt: Runtime, name: str, args: list, kw: Any, n: int) -> None:
    """The argument check of a slot wrapper (wrapperobject / wrap_* in typeobject.c), e.g.
    r.__eq__() → 'expected 1 argument, got 0'."""
    if kw:
        rt.raise_type("TypeError", f"wrapper {name}() takes no keyword arguments")
    if len(args) != n:
        rt.raise_type("TypeError", f"expected {n} argument{'s' if n != 1 else ''}, got {len(args)}")


def ref_hash(rt: Runtime, self: HWeakref, args: list, kw: Any) -> HObject:
    wrapper_args(rt, "__hash__", args, kw, 0)
    return rt.new_int(weakref_hash(rt, self))


def weakref_richcompare(rt: Runtime, a: HWeakref, b: HObject, op: str) -> HObject:
    """weakref_richcompare: == and != only, between weakrefs; live ones compare their referents,
    a dead one compares by identity."""
    if op not in ("==", "!=") or not isinstance(b, HWeakref) or b.proxy is not None:
        return rt.from_host(rt.notimplemented)
    if a.wr_object is None or b.wr_object is None:
        same = a is b
        return rt.new_bool(same if op == "==" else not same)
    return rt.compare(op, a.wr_object, b.wr_object)


def ref_eq(rt: Runtime, self: HWeakref, args: list, kw: Any) -> HObject:
    wrapper_args(rt, "__eq__", args, kw, 1)
    return weakref_richcompare(rt, self, args[0], "==")


def ref_ne(rt: Runtime, self: HWeakref, args: list, kw: Any) -> HObject:
    wrapper_args(rt, "__ne__", args, kw, 1)
    return weakref_richcompare(rt, self, args[0], "!=")


def ref_repr(rt: Runtime, self: HWeakref, args: list, kw: Any) -> HObject:
    """weakref_repr: '<weakref at ADDR; to 'TYPE' at ADDR (NAME)>' or '<weakref at ADDR; dead>'."""
    wrapper_args(rt, "__repr__", args, kw, 0)
    ob = self.wr_object
    if ob is None:
        return rt.new_str(f"<weakref at {self.addr:#x}; dead>")
    name = _name_of(rt, ob)
    tail = f" ({name})" if name is not None else ""
    return rt.new_str(f"<weakref at {self.addr:#x}; to '{ob.ob_type.name}' at {ob.addr:#x}{tail}>")


def _name_of(rt: Runtime, ob: HObject) -> str | None:
    """_PyObject_LookupAttr(obj, __name__) as weakref_repr uses it (errors mean no name)."""
    from ..errors import PyErr
    if not isinstance(ob, (HFunction, HType, HBuiltin)):
        return None
    try:
        n = rt.getattr(ob, "__name__")
    except PyErr as err:
        rt.clear_error(err)
        return None
    s = rt.str(n)
    rt.decref(n)
    return s


def ref_callback(rt: Runtime, self: HWeakref) -> HObject:
    """__callback__: the callback, None once the weakref was cleared."""
    return rt.from_host(self.wr_callback if self.wr_callback is not None else rt.none)


# ---------------------------------------------------------------------------- proxies
def proxy_referent(rt: Runtime, p: HWeakref) -> HObject:
    """proxy_checkref: the live referent (borrowed), else ReferenceError."""
    if p.wr_object is None:
        rt.raise_type("ReferenceError", DEAD)
    return p.wr_object


def proxy_repr(rt: Runtime, self: HWeakref, args: list, kw: Any) -> HObject:
    wrapper_args(rt, "__repr__", args, kw, 0)
    facts = module_facts(rt.profile)
    ob = self.wr_object
    if ob is None:
        return rt.new_str(facts.dead_proxy_repr.format(addr=f"{self.addr:#x}", none_addr=f"{rt.none.addr:#x}"))
    return rt.new_str(facts.proxy_repr.format(addr=f"{self.addr:#x}", name=ob.ob_type.name,
                                              oaddr=f"{ob.addr:#x}"))


def proxy_call(rt: Runtime, self: HWeakref, args: list, kw: Any) -> HObject:
    return rt.call(proxy_referent(rt, self), args, kw)


# ---------------------------------------------------------------------------- _weakref functions
def make_weakref_c(rt: Runtime) -> HObject:
    """Module factory: `_weakref` (a new reference)."""
    heap = rt.heap

    def getweakrefcount(rt: Runtime, args: list, kw: Any) -> HObject:
        ob = one_arg(rt, MODULE, "getweakrefcount", args, kw)
        return rt.new_int(heap.getweakrefcount(ob) if ob.ob_type.weakrefable else 0)

    def getweakrefs(rt: Runtime, args: list, kw: Any) -> HObject:
        ob = one_arg(rt, MODULE, "getweakrefs", args, kw)
        return rt.new_list(heap.getweakrefs(ob) if ob.ob_type.weakrefable else [])

    def proxy(rt: Runtime, args: list, kw: Any) -> HObject:
        # weakref_proxy: PyArg_UnpackTuple(args, "proxy", 1, 2), then PyWeakref_NewProxy
        if kw:
            shown = func_str(rt, MODULE, "proxy") if module_facts(rt.profile).proxy_kwargs_qualified else "proxy"
            rt.raise_type("TypeError", f"{shown}() takes no keyword arguments")
        varargs_range(rt, "proxy", args, 1, 2)
        ob = args[0]
        callback = args[1] if len(args) > 1 and args[1] is not rt.none else None
        check_referent(rt, ob)
        return heap.new_weakref(ob, callback, proxy="callable" if is_callable(rt, ob) else "proxy")

    def remove_dead_weakref(rt: Runtime, args: list, kw: Any) -> HObject:
        # _weakref__remove_dead_weakref_impl: del dct[key] if its value is a dead weakref
        no_keywords(rt, MODULE, "_remove_dead_weakref", kw)
        varargs_range(rt, "_remove_dead_weakref", args, 2, 2)
        dct, key = args
        if not isinstance(dct, HDict):
            rt.raise_type("TypeError", f"_remove_dead_weakref() argument 1 must be dict, not {dct.ob_type.name}")
        value = rt.dict_get(dct, key)
        if value is not None:
            if not isinstance(value, HWeakref):
                rt.raise_type("TypeError", "not a weakref")
            if value.wr_object is None:
                rt.dict_delitem(dct, key)
        return rt.new_none()

    fns = {"getweakrefcount": getweakrefcount, "getweakrefs": getweakrefs, "proxy": proxy,
           "_remove_dead_weakref": remove_dead_weakref}
    # proxy is METH_VARARGS (each call allocates its argument tuple); the others are METH_O/FASTCALL
    module = rt.new_module(MODULE)
    attrs: dict[str, HObject] = {n: rt.define_builtin(n, f, f"{MODULE}.{n}", varargs=n == "proxy",
                                                      module=module)
                                 for n, f in fns.items()}
    types = {"ref": rt.t_weakref, "ReferenceType": rt.t_weakref, "ProxyType": heap.proxy_types["proxy"],
             "CallableProxyType": heap.proxy_types["callable"]}
    for name, tp in types.items():
        rt.incref(tp)
        attrs[name] = tp
    rt.add_module_attrs(module, attrs)
    return module


def method_new(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    """method_new (Objects/classobject.c): types.MethodType(func, instance), as WeakMethod.__call__
    rebuilds its bound method with ``self._meth_type(func, obj)``."""
    if kw:
        rt.raise_type("TypeError", "method() takes no keyword arguments")
    varargs_range(rt, "method", args, 2, 2)
    func, self_ = args
    if not is_callable(rt, func):
        rt.raise_type("TypeError", "first argument must be callable")
    if self_ is rt.none:
        rt.raise_type("TypeError", "instance must not be None")
    return rt.new_method(func, self_)


def install_weakref_types(rt: Runtime) -> None:
    """Give the heap's weakref types their names (per version) and methods."""
    heap = rt.heap
    names = module_facts(rt.profile).weakref_type_names
    ref_t, proxy_t, callable_t = rt.t_weakref, heap.proxy_types["proxy"], heap.proxy_types["callable"]
    for tp, tp_name in zip((ref_t, proxy_t, callable_t), names):
        module, _, short = tp_name.rpartition(".")
        tp.name = short
        tp.extra.qualname = short
        tp.extra.module = module or "builtins"
    ref_t.extra.new = ref_tp_new
    ref_t.weakrefable = False
    # ref.__new__ is a builtin function in the type's dict (tp_new_wrapper), called with the class
    # first: Python subclasses without a __new__ of their own reach it through type_call too
    new = HBuiltin()
    new.fn, new.name, new.qualname, new.self_ = ref_new_method_fn, "__new__", "ref.__new__", None
    new.varargs = False
    new.module = new.module_name = None
    ref_t.extra.methods["__new__"] = rt.static_object(new, rt.t_builtin)
    for name, fn in (("__init__", ref_init), ("__call__", ref_call),
                     ("__hash__", ref_hash), ("__eq__", ref_eq), ("__ne__", ref_ne),
                     ("__repr__", ref_repr)):
        add_method(rt, ref_t, name, fn)
    d = HDescr()
    d.fn, d.name, d.owner, d.kind, d.setter = ref_callback, "__callback__", ref_t.name, "getset", None
    ref_t.extra.methods["__callback__"] = rt.static_object(d, None)
    for tp in (proxy_t, callable_t):
        add_method(rt, tp, "__repr__", proxy_repr)
    add_method(rt, callable_t, "__call__", proxy_call)
    if rt.t_method.extra.new is None:     # the interpreter does not construct bound methods itself
        rt.t_method.extra.new = method_new
