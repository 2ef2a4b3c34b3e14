"""Builtin types: their type objects, constructors (tp_new/tp_call), the exception hierarchy, and the
iteration and subscript protocols (tp_iter/tp_iternext, mp_subscript). Methods of the builtin types
live in `methods.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HDict, HInstance, HLeaf, HList, HTuple, HWeakref, new_static_type
from ..heap.objects import HObject, HType
from .exc_fields import exception_init, install_exception_fields, oserror_new
from .objects import HDescr, HExc, HFunction, HLeafRefs, HNewWrapper, HRefs, HSet, is_vectorcall
from .subclass_instances import install as install_subclass_methods
from .subclass_instances import is_builtin_subclass, subclass_new
from .typesys import TypeInfo, type_lookup

if TYPE_CHECKING:
    from .runtime import Runtime

EXCEPTIONS = [
    ("BaseException", None), ("SystemExit", "BaseException"), ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"), ("Exception", "BaseException"),
    ("StopIteration", "Exception"), ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"), ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"), ("AssertionError", "Exception"),
    ("AttributeError", "Exception"), ("BufferError", "Exception"), ("EOFError", "Exception"),
    ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"), ("LookupError", "Exception"),
    ("IndexError", "LookupError"), ("KeyError", "LookupError"), ("MemoryError", "Exception"),
    ("NameError", "Exception"), ("UnboundLocalError", "NameError"), ("OSError", "Exception"),
    ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"), ("SystemError", "Exception"), ("TypeError", "Exception"),
    ("ValueError", "Exception"), ("UnicodeError", "ValueError"), ("Warning", "Exception"),
    ("UserWarning", "Warning"), ("DeprecationWarning", "Warning"), ("RuntimeWarning", "Warning"),
    ("ResourceWarning", "Warning"), ("StopAsyncIteration", "Exception"),
    # the rest of the hierarchy that 3.8-3.13 share (Objects/exceptions.c)
    ("UnicodeDecodeError", "UnicodeError"), ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"), ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
    ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"), ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"), ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"), ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"), ("FileNotFoundError", "OSError"), ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"), ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"), ("TimeoutError", "OSError"), ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"), ("FutureWarning", "Warning"), ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"), ("BytesWarning", "Warning"),
]


def make_static_type(rt: Runtime, name: str, methods: dict[str, Callable], *, base: HType | None = None,
                     getsets: dict[str, Any] | None = None, layout: str = "object", weakrefable: bool = False,
                     is_gc: bool = True, module: str = "builtins", new: Callable | None = None) -> HType:
    """A static type object (never freed) with host-implemented methods."""
    tp = new_static_type(name, weakrefable=weakrefable, instance_is_gc=is_gc)
    tp.base = base
    tp.ob_type = getattr(rt, "t_type", None)
    tp.addr = rt.next_static_addr
    rt.next_static_addr += 0x400
    info = TypeInfo(layout)
    info.mro = [tp] + (list(base.extra.mro) if base is not None else [])
    info.bases = [base] if base is not None else []
    info.qualname = name
    info.module = module
    info.new = new
    tp.extra = info
    for mname, fn in methods.items():
        add_method(rt, tp, mname, fn)
    for gname, g in (getsets or {}).items():
        getter, setter = g if isinstance(g, tuple) else (g, None)
        d = HDescr()
        d.fn, d.name, d.owner, d.kind = getter, gname, name, "getset"
        d.setter = setter
        info.methods[gname] = rt.static_object(d, rt.builtin_types.get("getset_descriptor"))
    if rt.profile.interp.immortal_small_ints:
        rt.heap.make_immortal(tp)
    return tp


def mark_unhashable(rt: Runtime) -> None:
    """The mutable containers' tp_hash is PyObject_HashNotImplemented, which PyType_Ready shows as
    __hash__ = None in their dict (type_new's hash hack for classes is typesys's); so is the set-like
    views' (a tp_richcompare without tp_hash: inherit_slots does not inherit object's) and, before
    fact slice_hashable, the slice's."""
    for name in ("list", "dict", "set", "dict_keys", "dict_items"):
        rt.builtin_types[name].extra.methods["__hash__"] = rt.none
    if not rt.profile.interp.slice_hashable:     # slice_hash is 3.12's
        rt.t_slice.extra.methods["__hash__"] = rt.none


def add_method(rt: Runtime, tp: HType, name: str, fn: Callable, kind: str = "method") -> None:
    if kind == "static_new":
        d: HDescr = HNewWrapper()
        d.qualname, d.self_, d.varargs = f"{tp.name}.{name}", tp, True
        descr_type = "builtin_function_or_method"
    else:
        d = HDescr()
        # PyDescr_NewClassMethod for METH_CLASS (dict.fromkeys, int.from_bytes); a METH_STATIC
        # method (str.maketrans) is put in the dict wrapped in a staticmethod
        descr_type = {"getset": "getset_descriptor", "classmethod": "classmethod_descriptor",
                      "static": "staticmethod"}.get(kind, "method_descriptor")
    d.fn, d.name, d.owner, d.kind = fn, name, tp.name, kind
    tp.extra.methods[name] = rt.static_object(d, rt.builtin_types.get(descr_type))


def install_types(rt: Runtime) -> None:
    """Create the builtin type objects as ``rt.t_<name>`` and ``rt.builtin_types[name]``."""
    from . import metaclasses, method_wrappers, methods
    rt.builtin_types = {}
    obj = make_static_type(rt, "object", {}, layout="object", is_gc=False)
    rt.t_object = obj
    rt.t_type = make_static_type(rt, "type", {}, base=obj, layout="type")
    obj.ob_type = rt.t_type
    rt.t_type.ob_type = rt.t_type
    simple = [("int", "int", False), ("float", "float", False), ("complex", "complex", False),
              ("str", "str", False), ("bytes", "bytes", False), ("tuple", "tuple", True),
              ("list", "list", True), ("dict", "dict", True), ("set", "set", True),
              ("frozenset", "set", True), ("range", "range", False), ("slice", "slice", False),
              ("NoneType", "none", False), ("ellipsis", "none", False),
              ("NotImplementedType", "none", False), ("function", "function", True),
              ("method", "method", True), ("builtin_function_or_method", "builtin", True),
              ("module", "module", True), ("cell", "cell", True), ("frame", "frame", True),
              ("traceback", "traceback", True), ("generator", "generator", True),
              ("property", "property", True), ("staticmethod", "staticmethod", True),
              ("classmethod", "classmethod", True), ("super", "super", True),
              ("getset_descriptor", "descr", True), ("member_descriptor", "descr", True),
              ("method_descriptor", "descr", False), ("classmethod_descriptor", "descr", False),
              ("enumerate", "iter", True), ("zip", "iter", True),
              ("map", "iter", True), ("filter", "iter", True), ("reversed", "iter", True),
              ("list_iterator", "iter", True), ("list_reverseiterator", "iter", True),
              ("tuple_iterator", "iter", True), ("range_iterator", "iter", False),
              ("str_ascii_iterator", "iter", True), ("str_iterator", "iter", True), ("bytes_iterator", "iter", True), ("dict_keyiterator", "iter", True),
              ("dict_valueiterator", "iter", True), ("dict_itemiterator", "iter", True),
              ("set_iterator", "iter", True), ("callable_iterator", "iter", True),
              ("iterator", "iter", True), ("dict_keys", "view", True), ("dict_values", "view", True),
              ("dict_items", "view", True), ("dict_reversekeyiterator", "iter", True),
              ("dict_reversevalueiterator", "iter", True), ("dict_reverseitemiterator", "iter", True),
              ("code", "code", False)]
    for name, layout, gc in simple:
        tp = make_static_type(rt, name, {}, base=obj, layout=layout, is_gc=gc)
        rt.builtin_types[name] = tp
        setattr(rt, "t_" + name.lower(), tp)
    rt.t_none = rt.builtin_types["NoneType"]
    rt.t_notimplemented = rt.builtin_types["NotImplementedType"]
    rt.t_builtin = rt.builtin_types["builtin_function_or_method"]
    rt.t_getset = rt.builtin_types["getset_descriptor"]
    rt.t_member = rt.builtin_types["member_descriptor"]
    rt.t_bool = make_static_type(rt, "bool", {}, base=rt.t_int, layout="int", is_gc=False)
    rt.builtin_types["bool"] = rt.t_bool
    rt.builtin_types["object"] = obj
    rt.builtin_types["type"] = rt.t_type
    rt.t_float.freelist_family = "float"
    rt.t_tuple.freelist_family = "tuple"
    rt.t_list.freelist_family = "list"
    rt.t_dict.freelist_family = "dict"
    rt.t_slice.freelist_family = "slice"     # slice_cache: PySlice_New takes it, slice_dealloc refills it
    if "method" in rt.profile.alloc.freelists:
        rt.t_method.freelist_family = "method"
    if "cfunction" in rt.profile.alloc.freelists:
        rt.t_builtin.freelist_family = "cfunction"
    for t in ("function", "method", "generator", "set", "frozenset", "type", "property"):
        rt.builtin_types[t].weakrefable = True
    rt.t_generator.tp_finalize = _gen_tp_finalize
    rt.t_frame.freelist_family = "frame" if "frame" in rt.profile.alloc.freelists else None
    # the heap core's own types become the interpreter's
    rt.heap.tuple_type = rt.t_tuple
    wr = make_static_type(rt, "weakref.ReferenceType", {}, base=obj, layout="weakref", is_gc=True,
                          module="builtins")
    wr.extra.qualname = "weakref.ReferenceType"
    rt.heap.weakref_type = wr
    rt.t_weakref = wr
    rt.builtin_types["weakref"] = wr
    for key, pname in (("proxy", "weakref.ProxyType"), ("callable", "weakref.CallableProxyType")):
        pt = make_static_type(rt, pname, {}, base=obj, layout="weakref", is_gc=True)
        rt.heap.proxy_types[key] = pt
    rt.heap.sizes_tuple = lambda n: rt.sizes("tuple", n)
    rt.heap.sizes_weakref = rt.sizes("weakref")
    for name, base in EXCEPTIONS:
        tp = make_static_type(rt, name, {}, base=rt.builtin_types[base] if base else obj,
                              layout="exception", is_gc=True)
        tp.weakrefable = False
        rt.builtin_types[name] = tp
    for name, bases in rt.profile.interp.builtin_exceptions_added:
        rt.builtin_types[name] = added_exception(rt, name, [rt.builtin_types[b] for b in bases])
    methods.install_methods(rt)
    install_subclass_methods(rt)
    metaclasses.install(rt)
    install_exception_fields(rt)
    method_wrappers.install(rt)     # last: it retypes the slot dunders all of the above added
    mark_varargs_methods(rt)


def mark_varargs_methods(rt: Runtime) -> None:
    """The METH_VARARGS methods of the builtin types (profile fact method_varargs)."""
    for qualname, keywords in rt.profile.interp.method_varargs.items():
        tp_name, name = qualname.split(".")
        d = rt.builtin_types[tp_name].extra.methods.get(name)
        if isinstance(d, HDescr):
            d.varargs = "keywords" if keywords else True


# the exception types whose tp_new the model does not have (BaseExceptionGroup_new's nesting,
# split/subgroup and except* are not modelled): creating one, or an instance of a subclass, is
# reported as unsupported; the types themselves work in except clauses, isinstance and issubclass
UNMODELLED_NEW = frozenset({"BaseExceptionGroup", "ExceptionGroup"})


def added_exception(rt: Runtime, name: str, bases: list[HType]) -> HType:
    """An exception type of profile fact builtin_exceptions_added: tp_base is the first base; the
    mro is C3's for the bases given (ExceptionGroup: BaseExceptionGroup, Exception, BaseException)."""
    tp = make_static_type(rt, name, {}, base=bases[0], layout="exception", is_gc=True)
    tp.weakrefable = False
    if len(bases) > 1:
        from .typesys import c3_merge
        tp.extra.bases = list(bases)
        tp.extra.mro = [tp, *c3_merge(rt, bases)]
    if name in UNMODELLED_NEW:
        tp.extra.new = unmodelled_new
    if name == "ExceptionGroup":
        # a heap type in every version (Objects/exceptions.c create_exception_group_class:
        # PyErr_NewExceptionWithDoc), so mortal where static types are immortal (3.12+)
        from ..heap.header import IMMORTAL
        tp.gc_flags &= ~IMMORTAL
        tp.ob_refcnt = 1
    return tp


def unmodelled_new(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    """tp_new of a builtin type the model has no instances of (the exception groups, builtins_mod's
    UNMODELLED_TYPES), reached from `tp` or a class derived from it: unsupported, named by the
    builtin base ("ExceptionGroup", "bytearray()")."""
    base = next(t for t in tp.extra.mro if t.static)
    rt.unsupported(base.name if base.extra.layout == "exception" else f"{base.name}()")
    raise AssertionError


def _gen_tp_finalize(heap: Any, gen: Any) -> None:
    """_PyGen_Finalize: close a generator that has not finished."""
    if not gen.finished:
        heap.runtime.gen_finalize(gen)


def type_call(rt: Runtime, tp: HType, args: list[HObject], kwargs: dict[str, HObject] | None, *,
              slot: bool = True, argtuple: HObject | None = None) -> HObject:
    """type_call: tp(*args, **kwargs) — __new__ then __init__. `slot`: tp is being called, so a
    metaclass's own __call__ comes first (slot_tp_call); False when type.__call__ itself runs.
    `argtuple`: the caller's tuple of `args` (PyObject_Call from CALL_FUNCTION_EX), which tp_call
    receives instead of _PyObject_MakeTpCall's new one."""
    if slot and not tp.ob_type.static:
        from .metaclasses import slot_tp_call
        return slot_tp_call(rt, tp, args, kwargs, argtuple)
    if tp is rt.t_type:
        if len(args) == 1 and not kwargs:
            # type(x): type_vectorcall's shortcut where type has one, else type_call's with the
            # args tuple of _PyObject_MakeTpCall
            if "type" not in rt.profile.interp.vectorcall_builtin_types:
                rt.decref(rt.tuple_of(list(args)))
            t = args[0].ob_type
            rt.incref(t)
            return t
        if len(args) == 3:
            from .metaclasses import type_call_type
            return type_call_type(rt, args, kwargs)
        rt.raise_type("TypeError", "type() takes 1 or 3 arguments")
    info = tp.extra
    if tp.static:
        new = info.new
        if new is None:
            for t in info.mro:
                if t.extra.new is not None:
                    new = t.extra.new
                    break
        if new is None:
            rt.raise_type("TypeError", f"cannot create '{tp.name}' instances")
        vectorcall = tp.name in rt.profile.interp.vectorcall_builtin_types
        argt = _tp_call_args(rt, args, argtuple) if not vectorcall else None
        try:
            if info.layout == "exception" and new is rt.builtin_types["BaseException"].extra.new:
                e = exception_new(rt, tp, args, argt)
                try:
                    exception_init(rt, e, args, kwargs)    # tp_init: BaseException_init's checks
                except BaseException:
                    rt.decref(e)
                    raise
                return e
            return new(rt, tp, args, kwargs)
        finally:
            if argt is not None:
                rt.decref(argt)
    # A heap type: the call goes through tp_call with an args tuple (_PyObject_MakeTpCall).
    argt = _tp_call_args(rt, args, argtuple)
    try:
        user_new = type_lookup(tp, "__new__")
        if user_new is not None and not isinstance(user_new, HDescr):
            fn = user_new.refs[0] if user_new.ob_type is rt.t_staticmethod else user_new
            obj = call_prepend(rt, fn, [tp, *args], kwargs)
        else:
            obj = instance_new(rt, tp, args, kwargs, argt)
        if tp in obj.ob_type.extra.mro:
            init = type_lookup(tp, "__init__")
            if init is not None and not isinstance(init, HDescr):
                try:
                    r = call_prepend(rt, init, [obj, *args], kwargs)
                except BaseException:
                    rt.decref(obj)
                    raise
                if r is not rt.none:
                    rt.decref(r)
                    rt.decref(obj)
                    rt.raise_type("TypeError", f"__init__() should return None, not '{r.ob_type.name}'")
                rt.decref(r)
            elif isinstance(init, HDescr) and init.owner != "object" and is_builtin_subclass(tp):
                try:       # the base's tp_init: list___init__, dict_init, set_init
                    rt.decref(init.fn(rt, obj, args, kwargs))
                except BaseException:
                    rt.decref(obj)
                    raise
            elif info.layout == "exception":     # the builtin tp_init: BaseException_init / ImportError_init
                try:
                    exception_init(rt, obj, args, kwargs)
                except BaseException:
                    rt.decref(obj)
                    raise
            elif init is not None and (args or kwargs) and info.layout == "instance":
                new_is_object = user_new is None or isinstance(user_new, HDescr)
                if new_is_object:
                    rt.decref(obj)
                    rt.raise_type("TypeError", f"{tp.name}() takes no arguments")
        return obj
    finally:
        if argt is not None:
            rt.decref(argt)


def _tp_call_args(rt: Runtime, args: list[HObject], argtuple: HObject | None) -> HObject | None:
    """The args tuple tp_call receives (a new reference, or None for no arguments): the caller's
    own, or the one _PyObject_MakeTpCall builds from the vectorcall arguments."""
    if argtuple is not None:
        rt.incref(argtuple)
        return argtuple
    return rt.tuple_of(list(args)) if args else None


def type_call_keywords(rt: Runtime, tp: HType, args: list[HObject], kwargs: dict[str, HObject]) -> HObject:
    """_PyObject_MakeTpCall for a call site that passes keywords (CALL_FUNCTION_KW / CALL with
    kwnames) to a type without tp_vectorcall: tp_call takes them as a new dict (_PyStack_AsDict)."""
    # type_vectorcall hands every call but type(x) to _PyObject_MakeTpCall
    if tp.static and tp is not rt.t_type and tp.name in rt.profile.interp.vectorcall_builtin_types:
        return type_call(rt, tp, args, kwargs)
    kwd = rt.new_dict()
    for k, v in kwargs.items():
        rt.incref(v)
        rt.dict_setitem_str(kwd, k, v, steal=True)
    try:
        return type_call(rt, tp, args, kwargs)
    finally:
        rt.decref(kwd)


def call_prepend(rt: Runtime, fn: HObject, args: list[HObject], kwargs: dict[str, HObject] | None) -> HObject:
    """_PyObject_Call_Prepend as slot_tp_new / slot_tp_init use it: a vectorcall callee gets the
    kwargs dict back as a new kwnames tuple and every argument and keyword value copied (increfed)
    into a new stack array for the call's duration (_PyObject_FastCallDict → _PyStack_UnpackDict,
    3.8-3.13; [RUN 3.8-3.13] scripts/count_deltas.py call_class_kw / call_class_starstar,
    generations/delta_type_call_keywords, refcount/class_call_keywords)."""
    if not kwargs or not is_vectorcall(fn):
        return rt.call(fn, args, kwargs)
    kwnames = rt.tuple_of([rt.str_const(k) for k in kwargs])
    stack = [*args, *kwargs.values()]
    for o in stack:
        rt.incref(o)
    try:
        return rt.call(fn, args, kwargs)
    finally:
        for o in reversed(stack):
            rt.decref(o)
        rt.decref(kwnames)


def exception_new(rt: Runtime, tp: HType, args: list[HObject], args_tuple: HObject | None) -> HObject:
    """BaseException_new, which keeps the call's args tuple (borrowed) as .args, or OSError_new."""
    if rt.builtin_types["OSError"] in tp.extra.mro:
        return oserror_new(rt, tp, args, args_tuple)
    return rt.new_exception(tp, args, args_tuple)


def instance_new(rt: Runtime, tp: HType, args: list[HObject], kwargs: dict[str, HObject] | None,
                 args_tuple: HObject | None = None) -> HObject:
    """object.__new__ / BaseException.__new__ / a builtin base's tp_new for heap type `tp`;
    `args_tuple` (borrowed) is the call's args tuple, which BaseException_new keeps as .args."""
    if next(t for t in tp.extra.mro if t.static).extra.new is unmodelled_new:
        unmodelled_new(rt, tp, args, kwargs)
    layout = tp.extra.layout
    if layout == "exception":
        return exception_new(rt, tp, args, args_tuple)
    if layout == "instance":
        o = HInstance()
        o.dict = None
        o.values = None
        n = len(tp.extra.slot_names)
        o.slots = [None] * n if n else None
        info = tp.extra
        if info.has_dict:
            size = rt.sizes("instance", info.values_capacity())
        else:
            size = rt.sizes("slots_instance", n)
        return rt.alloc(o, tp, size)
    if layout == "type":            # a metaclass's instance: a class
        from .metaclasses import type_new
        return type_new(rt, tp, args, kwargs)
    if is_builtin_subclass(tp):
        return subclass_new(rt, tp, args, kwargs)
    rt.unsupported(f"subclass of builtin type with layout {layout!r}")
    raise AssertionError


# ---------------------------------------------------------------------- iteration
def new_iterator(rt: Runtime, tp: HType, refs: list[HObject | None], state: Any, gc: bool = True) -> HObject:
    it = HRefs() if gc else HLeafRefs()
    it.refs = refs
    it.state = state
    for r in refs:
        if r is not None:
            rt.incref(r)
    return rt.alloc(it, tp, rt.sizes(tp.name))


def dictiter_new(rt: Runtime, tp: HType, d: HDict, reverse: bool = False) -> HObject:
    """dictiter_new: an iterator over the dict's entries (forward, or from the last for the
    dict_reverse* types); an item iterator also makes di_result, a (None, None) tuple it hands out
    again while nothing else holds it (dictiter_iternextitem)."""
    toks = list(reversed(d.entries)) if reverse else list(d.entries)
    it = new_iterator(rt, tp, [d], [toks, len(d.entries), 0])
    if tp.name in ("dict_itemiterator", "dict_reverseitemiterator"):
        it.refs.append(rt.tuple_of([rt.none, rt.none]))    # PyTuple_Pack(2, Py_None, Py_None)
    return it


def dictiter_item(rt: Runtime, it: HRefs, key: HObject, value: HObject) -> HObject:
    """dictiter_iternextitem's result: di_result refilled in place when the iterator holds the only
    reference to it (the old key and value released after, the tuple tracked again if a
    collection untracked it: bpo-42536), else a new 2-tuple."""
    result = it.refs[1] if len(it.refs) > 1 else None
    if result is None or result.ob_refcnt != 1:
        return rt.tuple_of([key, value])
    old = result.items
    rt.incref(key)
    rt.incref(value)
    result.items = [key, value]
    rt.incref(result)
    for o in old:
        rt.decref(o)
    if not rt.heap.is_tracked(result):
        rt.heap.gc_track(result)
    return result


class Protocols:
    """Iteration and subscripts (a mixin of `Runtime`)."""

    def get_iter(self: Runtime, o: HObject) -> HObject:
        """PyObject_GetIter: a new reference to an iterator — a Python class's own __iter__
        (slot_tp_iter), else the builtin's tp_iter."""
        tp = o.ob_type
        m = None if tp.static else type_lookup(tp, "__iter__")
        if m is None or isinstance(m, HDescr):
            it = self.builtin_iter(o)
            if it is not None:
                return it
        return self.iter_slot(o)

    def builtin_iter(self: Runtime, o: HObject) -> HObject | None:
        """tp_iter of the builtin kinds (list_iter, tuple_iter, dict_iter, set_iter, ...) and of
        iterators (themselves); None for others."""
        tp = o.ob_type
        if isinstance(o, HList) and self.t_list in tp.extra.mro:
            return new_iterator(self, self.t_list_iterator, [o], 0)
        if isinstance(o, HTuple):
            return new_iterator(self, self.t_tuple_iterator, [o], 0)
        if isinstance(o, HLeaf):
            v = o.value
            if isinstance(v, range):
                return new_iterator(self, self.t_range_iterator, [], iter(v), gc=False)
            if isinstance(v, str):     # unicode_iter: 3.11+ give ASCII strings their own type
                ascii_type = self.profile.interp.str_iterator_split and v.isascii()
                return new_iterator(self, self.t_str_ascii_iterator if ascii_type else self.t_str_iterator, [o], 0)
            if isinstance(v, bytes):   # bytes_iter (striterobject)
                return new_iterator(self, self.t_bytes_iterator, [o], 0)
        if isinstance(o, HDict) and self.t_dict in tp.extra.mro:
            return new_iterator(self, self.t_dict_keyiterator, [o], [list(o.entries), len(o.entries), 0])
        if isinstance(o, HSet):     # set_iter: [table position, used at creation, keys returned]
            return new_iterator(self, self.t_set_iterator, [o], [0, len(o.entries), 0])
        if tp.extra.layout == "iter" or tp is self.t_generator:
            self.incref(o)
            return o
        if tp is self.builtin_types.get("mappingproxy"):     # mappingproxy_getiter
            return self.get_iter(o.refs[0])
        if tp.extra.layout == "view":
            kind = {"dict_keys": self.t_dict_keyiterator, "dict_values": self.t_dict_valueiterator,
                    "dict_items": self.t_dict_itemiterator}[tp.name]
            return dictiter_new(self, kind, o.refs[0])
        if tp.extra.layout == "framelocals":
            from .framelocals import proxy_iter
            return proxy_iter(self, o)
        return None

    def iter_slot(self: Runtime, o: HObject) -> HObject:
        """The type's __iter__, or the sequence iterator over __getitem__ (PySeqIter_New)."""
        tp = o.ob_type
        m = type_lookup(tp, "__iter__")
        if m is not None and not isinstance(m, HDescr):
            r = self.call(m, [o], None)
            if type_lookup(r.ob_type, "__next__") is None and r.ob_type.extra.layout != "iter" and \
                    r.ob_type is not self.t_generator:
                self.decref(r)
                self.raise_type("TypeError", f"iter() returned non-iterator of type '{r.ob_type.name}'")
            return r
        if m is None and type_lookup(tp, "__getitem__") is not None and not tp.static:
            return new_iterator(self, self.t_iterator, [o], 0)
        if isinstance(o, (HList, HDict)):
            return new_iterator(self, self.t_list_iterator if isinstance(o, HList) else
                                self.t_dict_keyiterator, [o], 0 if isinstance(o, HList) else
                                [list(o.entries), len(o.entries), 0])
        self.raise_type("TypeError", f"'{tp.name}' object is not iterable")
        raise AssertionError

    def iter_next(self: Runtime, it: HObject) -> HObject | None:
        """tp_iternext: the next item (new reference) or None when exhausted (StopIteration is
        swallowed, as FOR_ITER does)."""
        tp = it.ob_type
        fn = ITERNEXT.get(tp.name) if tp.static else None
        if fn is not None:
            return fn(self, it)
        if tp is self.t_generator:
            from .generators import gen_send
            return gen_send(self, it, None, for_loop=True)
        m = type_lookup(tp, "__next__")
        if m is None:
            self.raise_type("TypeError", f"'{tp.name}' object is not an iterator")
        from .errors import PyErr
        try:
            return self.call(m, [it], None)
        except PyErr as err:
            if self.exception_matches(err, "StopIteration"):
                self.clear_error(err)
                return None
            raise

    def for_iter(self: Runtime, it: HObject) -> HObject | None:
        """FOR_ITER: tp_iternext, but a generator returning a value ends the loop without a
        StopIteration where FOR_ITER_GEN runs the generator's frame inline (fact
        for_iter_gen_inline)."""
        if it.ob_type is self.t_generator and self.profile.interp.for_iter_gen_inline:
            from .generators import gen_send
            return gen_send(self, it, None, for_loop=True, stop_value=False)
        return self.iter_next(it)

    def iterate_to_list(self: Runtime, o: HObject, borrow: bool = False) -> list[HObject]:
        """All items of an iterable as new references (borrow=True: borrowed, only for tuples/lists
        whose items stay alive)."""
        if isinstance(o, (HList, HTuple)) and o.ob_type in (self.t_list, self.t_tuple):
            items = list(o.items)
            if not borrow:
                for x in items:
                    self.incref(x)
            return items
        it = self.get_iter(o)
        out = []
        try:
            while True:
                x = self.iter_next(it)
                if x is None:
                    break
                out.append(x)
        except BaseException:
            for x in out:
                self.decref(x)
            raise
        finally:
            self.decref(it)
        return out

    # ------------------------------------------------------------------ subscripts
    def getitem(self: Runtime, o: HObject, key: HObject) -> HObject:
        """PyObject_GetItem: a new reference."""
        from .methods import seq_getitem
        tp = o.ob_type
        if isinstance(o, HDict) and (tp is self.t_dict or tp.static):
            e = o.entries.get(self.key_token(key))
            if e is None:
                self.throw_keyerror(key)
            self.incref(e[1])
            return e[1]
        if tp.static and (isinstance(o, (HList, HTuple, HLeaf))):
            return seq_getitem(self, o, key)
        m = type_lookup(tp, "__getitem__")
        if m is not None and not isinstance(m, HDescr):
            return self.call(m, [o, key], None)
        if isinstance(m, HDescr) and m.kind == "method":
            return m.fn(self, o, [key], None)
        if isinstance(o, HType):
            cg = type_lookup(o, "__class_getitem__")
            if cg is not None:
                return self.call(self.descr_get(cg, None, o), [key], None)
            if o in (self.t_list, self.t_dict, self.t_tuple, self.t_type, self.t_set, self.t_frozenset) and \
                    self.profile.interp.generic_alias_size is not None:
                from .genericalias import generic_alias
                return generic_alias(self, o, key)
        if isinstance(o, HDict):
            return self.dict_subscript(o, key)
        if isinstance(o, (HList, HTuple)) or isinstance(o, HLeaf) and isinstance(o.value, (str, bytes)):
            return seq_getitem(self, o, key)
        self.raise_type("TypeError", f"'{tp.name}' object is not subscriptable")
        raise AssertionError

    def dict_subscript(self: Runtime, d: HDict, key: HObject) -> HObject:
        """dict_subscript for an instance of a dict subclass: an absent key calls the class's
        __missing__ if it has one."""
        e = d.entries.get(self.key_token(key))
        if e is not None:
            self.incref(e[1])
            return e[1]
        missing = type_lookup(d.ob_type, "__missing__")
        if missing is None:
            self.throw_keyerror(key)
        return self.call(missing, [d, key], None)

    def setitem(self: Runtime, o: HObject, key: HObject, value: HObject | None) -> None:
        """PyObject_SetItem / DelItem (value None)."""
        from .methods import list_setitem
        tp = o.ob_type
        if isinstance(o, HDict) and tp.static:
            if value is None:
                self.dict_delitem(o, key)
            else:
                self.dict_setitem(o, key, value)
            return
        if isinstance(o, HList) and tp.static:
            list_setitem(self, o, key, value)
            return
        m = type_lookup(tp, "__setitem__" if value is not None else "__delitem__")
        if m is not None and not isinstance(m, HDescr):
            self.decref(self.call(m, [o, key] + ([value] if value is not None else []), None))
            return
        if isinstance(o, HDict):
            self.dict_setitem(o, key, value) if value is not None else self.dict_delitem(o, key)
            return
        if isinstance(o, HList):
            list_setitem(self, o, key, value)
            return
        if tp.extra.layout == "framelocals" and value is not None:   # 3.13's FrameLocalsProxy
            self.decref(m.fn(self, o, [key, value], None))
            return
        what = "does not support item assignment" if value is not None else "doesn't support item deletion"
        self.raise_type("TypeError", f"'{tp.name}' object {what}")


def _seq_next(rt: Runtime, it: HRefs) -> HObject | None:
    seq = it.refs[0] if it.refs else None
    if seq is None:
        return None
    i = it.state
    if isinstance(seq, HLeaf):
        v = seq.value
        if i < len(v):
            it.state = i + 1
            return rt.new_str(v[i]) if isinstance(v, str) else rt.new_int(v[i])
    elif i < len(seq.items):
        it.state = i + 1
        x = seq.items[i]
        rt.incref(x)
        return x
    it.refs[0] = None   # listiter_next: it_seq = NULL at exhaustion
    rt.decref(seq)
    return None


def _getitem_next(rt: Runtime, it: HRefs) -> HObject | None:
    from .errors import PyErr
    seq = it.refs[0]
    if seq is None:
        return None
    idx = rt.new_int(it.state)
    try:
        x = rt.getitem(seq, idx)
    except PyErr as err:
        if rt.exception_matches(err, "IndexError") or rt.exception_matches(err, "StopIteration"):
            rt.clear_error(err)
            it.refs[0] = None
            rt.decref(seq)
            return None
        raise
    finally:
        rt.decref(idx)
    it.state += 1
    return x


def _range_next(rt: Runtime, it: HLeafRefs) -> HObject | None:
    v = next(it.state, None)
    return None if v is None else rt.new_int(v)


def _dict_next(kind: str) -> Callable[[Runtime, HRefs], HObject | None]:
    def nxt(rt: Runtime, it: HRefs) -> HObject | None:
        d = it.refs[0]
        if d is None:
            return None
        toks, size, pos = it.state
        if len(d.entries) != size:
            it.state[1] = -1
            what = "dictionary" if isinstance(d, HDict) else "Set"
            rt.raise_type("RuntimeError", f"{what} changed size during iteration")
        while pos < len(toks):
            tok = toks[pos]
            pos += 1
            it.state[2] = pos
            if isinstance(d, HSet):
                x = d.entries.get(tok)
                if x is not None:
                    rt.incref(x)
                    return x
                continue
            e = d.entries.get(tok)
            if e is None:
                continue
            if kind == "keys":
                rt.incref(e[0])
                return e[0]
            if kind == "values":
                rt.incref(e[1])
                return e[1]
            return dictiter_item(rt, it, e[0], e[1])
        it.refs[0] = None
        rt.decref(d)
        return None
    return nxt


def _set_next(rt: Runtime, it: HRefs) -> HObject | None:
    """setiter_iternext: the next active slot of the live table from the iterator's position; a
    change of the set's size is a RuntimeError (sticky), the end releases the set."""
    from .settable import DUMMY
    s = it.refs[0]
    if s is None:
        return None
    pos, size, n = it.state
    if len(s.entries) != size:
        it.state[1] = -1
        rt.raise_type("RuntimeError", "Set changed size during iteration")
    table = s.table
    while pos < len(table) and (table[pos] is None or table[pos] is DUMMY):
        pos += 1
    if pos >= len(table):
        it.refs[0] = None
        rt.decref(s)
        return None
    it.state[0], it.state[2] = pos + 1, n + 1
    key = s.entries[table[pos]]
    rt.incref(key)
    return key


def _reversed_next(rt: Runtime, it: HRefs) -> HObject | None:
    seq = it.refs[0]
    if seq is None:
        return None
    i = it.state
    if 0 <= i < len(seq.items):
        it.state = i - 1
        x = seq.items[i]
        rt.incref(x)
        return x
    it.state = -1
    if it.ob_type is rt.t_list_reverseiterator and rt.profile.interp.list_reverseiterator_keeps_seq:
        return None
    it.refs[0] = None
    rt.decref(seq)
    return None


def _host_iter_next(rt: Runtime, it: HRefs) -> HObject | None:
    """Iterators whose step is a host function ``state(rt, it)`` (enumerate, zip, map, filter)."""
    return it.state(rt, it)


ITERNEXT: dict[str, Callable[..., HObject | None]] = {
    "list_iterator": _seq_next, "tuple_iterator": _seq_next, "str_ascii_iterator": _seq_next,
    "str_iterator": _seq_next, "bytes_iterator": _seq_next,
    "iterator": _getitem_next, "range_iterator": _range_next, "dict_keyiterator": _dict_next("keys"),
    "dict_valueiterator": _dict_next("values"), "dict_itemiterator": _dict_next("items"),
    "dict_reversekeyiterator": _dict_next("keys"), "dict_reversevalueiterator": _dict_next("values"),
    "dict_reverseitemiterator": _dict_next("items"),
    "set_iterator": _set_next, "list_reverseiterator": _reversed_next,
    "enumerate": _host_iter_next, "zip": _host_iter_next, "map": _host_iter_next, "filter": _host_iter_next,
    "reversed": _reversed_next, "callable_iterator": _host_iter_next,
}


def builtin_binop(rt: Runtime, op: str, a: HObject, b: HObject) -> HObject | None:
    """The builtin types' nb_/sq_ slots for operands the fast path did not handle."""
    from .methods import container_binop
    return container_binop(rt, op, a, b)


def builtin_compare(rt: Runtime, op: str, a: HObject, b: HObject) -> HObject | None:
    from .methods import container_compare
    return container_compare(rt, op, a, b)


def set_inplace(rt: Runtime, op: str, a: HSet, b: HObject) -> HObject:
    from .settable import set_inplace_op
    return set_inplace_op(rt, op, a, b)


def dict_update_from(rt: Runtime, d: HDict, other: HObject) -> None:
    from .methods import dict_update
    dict_update(rt, d, other)


__all__ = [
    "HExc",
    "HFunction",
    "HSet",
    "HWeakref",
    "Protocols",
    "install_types",
    "make_static_type",
    "new_iterator",
    "type_call",
]
