"""Metaclasses: what the class statement's `__build_class__` does around the class body (the
metaclass from the keywords or the bases, `_PyType_CalculateMetaclass`, `__prepare__`, the keywords
dict, the `__class__` cell check), `type_new` for any metatype (a heap subclass of `type` included),
and `type`'s own methods a metaclass reaches through `super()`: `__new__`, `__init__`, `__call__`,
`__prepare__`. A class whose metaclass defines `__call__` is called through it (`slot_tp_call`).

References: `build_class` and `type_new` return new references; their arguments are borrowed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HDict, HTuple
from ..heap.objects import HObject, HType
from .btypes import _tp_call_args, add_method, call_prepend, type_call, type_call_keywords
from .objects import HDescr
from .typesys import is_subtype, type_lookup

if TYPE_CHECKING:
    from .runtime import Runtime

METACLASS_CONFLICT = ("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                      "subclass of the metaclasses of all its bases")


def install(rt: Runtime) -> None:
    """type's own methods (typeobject.c type_methods and slots) and its instance layout: type has
    tp_dictoffset and tp_weaklistoffset, so a metaclass adds no __dict__/__weakref__ descriptors."""
    t = rt.t_type
    t.extra.has_dict = True
    add_method(rt, t, "__new__", type___new__, kind="static_new")
    add_method(rt, t, "__init__", type___init__)
    add_method(rt, t, "__call__", type___call__)
    add_method(rt, t, "__prepare__", type___prepare__, kind="classmethod")
    add_method(rt, t, "__instancecheck__", type___instancecheck__)
    add_method(rt, t, "__subclasscheck__", type___subclasscheck__)


# ---------------------------------------------------------------------- __build_class__
def calculate_metaclass(rt: Runtime, metatype: HType, bases: list[HObject]) -> HType:
    """_PyType_CalculateMetaclass: the most derived of `metatype` and the bases' types; TypeError
    when one is not a (non-strict) subclass of another."""
    winner = metatype
    for b in bases:
        t = b.ob_type
        if is_subtype(winner, t):
            continue
        if is_subtype(t, winner):
            winner = t
            continue
        rt.raise_type("TypeError", METACLASS_CONFLICT)
    return winner


def build_class(rt: Runtime, name: HObject, bases: list[HObject], keywords: list[tuple[str, HObject]],
                run_body: Callable[[HDict], HObject | None]) -> HObject:
    """builtin___build_class__ once the body function exists: the bases tuple, the keywords dict
    (mkw, without 'metaclass'), the metaclass, the namespace from its __prepare__, the body run on
    it (`run_body(ns)` returns the __class__ cell, a new reference, or None), then
    meta(name, bases, ns, **mkw)."""
    bt = rt.tuple_of(bases) if bases else rt.empty_tuple
    if not bases:
        rt.incref(bt)
    mkw: HDict | None = None
    meta: HObject | None = None
    ns: HObject | None = None
    cell: HObject | None = None
    try:
        if keywords:
            mkw = rt.new_dict()      # _PyStack_AsDict
            for k, v in keywords:
                rt.dict_setitem_str(mkw, k, v)
            e = mkw.entries.get("metaclass")
            if e is not None:
                meta = e[1]
                rt.incref(meta)
                rt.dict_delitem_str(mkw, "metaclass")
        if meta is None:
            meta = bases[0].ob_type if bases else rt.t_type
            rt.incref(meta)
        isclass = isinstance(meta, HType)
        if isclass:
            winner = calculate_metaclass(rt, meta, bases)
            if winner is not meta:
                rt.incref(winner)
                rt.decref(meta)
                meta = winner
        kw = {k.value: v for k, v in mkw.entries.values()} if mkw is not None and mkw.entries else None
        ns = prepare_namespace(rt, meta, isclass, name, bt, kw)
        cell = run_body(ns)
        cls = call_meta(rt, meta, [name, bt, ns], kw)
        if cell is not None and isinstance(cls, HType) and cell.ob_ref is not cls:
            rt.decref(cls)
            if cell.ob_ref is None:
                rt.raise_type("RuntimeError", f"__class__ not set defining {rt.repr(name)} as {rt.repr(cls)}. "
                              "Was __classcell__ propagated to type.__new__?")
            rt.raise_type("TypeError", f"__class__ set to {rt.repr(cell.ob_ref)} defining {rt.repr(name)} "
                          f"as {rt.repr(cls)}")
        return cls
    finally:
        for o in (cell, ns, meta, mkw, bt):
            if o is not None:
                rt.decref(o)


def call_meta(rt: Runtime, meta: HObject, args: list[HObject], kw: dict[str, HObject] | None) -> HObject:
    """_PyObject_FastCallDict(meta, margs, 3, mkw): through type's own vectorcall (profile
    interp.type_vectorcall) keywords become a kwnames tuple, and tp_call gets them in a new dict."""
    if kw and meta is rt.t_type and rt.profile.interp.type_vectorcall:
        kwnames = rt.tuple_of([rt.str_const(k) for k in kw])      # _PyStack_UnpackDict
        try:
            return type_call_keywords(rt, meta, args, kw)
        finally:
            rt.decref(kwnames)
    return rt.call(meta, args, kw)


def prepare_namespace(rt: Runtime, meta: HObject, isclass: bool, name: HObject, bases: HObject,
                      kw: dict[str, HObject] | None) -> HObject:
    """The class namespace: meta.__prepare__(name, bases, **mkw) when meta has one (type's is a
    classmethod: the lookup makes a bound builtin), else a new dict; TypeError if not a mapping."""
    prep = rt.getattr_or_none(meta, "__prepare__")
    if prep is None:
        return rt.new_dict()
    try:
        ns = call_prepend(rt, prep, [name, bases], kw)     # _PyObject_FastCallDict
    finally:
        rt.decref(prep)
    if not isinstance(ns, HDict):
        if type_lookup(ns.ob_type, "__getitem__") is None:      # PyMapping_Check
            owner = meta.name if isclass else "<metaclass>"
            tname = rt.type_name(ns)
            rt.decref(ns)
            rt.raise_type("TypeError", f"{owner}.__prepare__() must return a mapping, not {tname}")
        rt.decref(ns)
        rt.unsupported("__prepare__ returning a mapping other than dict")
    return ns


# ---------------------------------------------------------------------- type_new
def type_new(rt: Runtime, metatype: HType, args: list[HObject], kwargs: dict[str, HObject] | None) -> HType:
    """type_new(metatype, (name, bases, ns), kwargs): a more derived metaclass among the bases'
    types makes the class instead (its own __new__ if it has one); `kwargs` go to
    __init_subclass__."""
    if len(args) != 3:
        rt.raise_type("TypeError", f"type.__new__() takes exactly 3 arguments ({len(args)} given)")
    name, bt, ns = args
    for i, (o, kind) in enumerate(((name, rt.t_str), (bt, rt.t_tuple), (ns, rt.t_dict)), 1):
        if not is_subtype(o.ob_type, kind):
            rt.raise_type("TypeError", f"type.__new__() argument {i} must be {kind.name}, not {rt.type_name(o)}")
    assert isinstance(bt, HTuple) and isinstance(ns, HDict)
    bases = list(bt.items)
    winner = calculate_metaclass(rt, metatype, bases)
    if winner is not metatype:
        new = type_lookup(winner, "__new__")
        if new is not None and not isinstance(new, HDescr):    # winner->tp_new is slot_tp_new
            fn = new.refs[0] if new.ob_type is rt.t_staticmethod else new
            return call_prepend(rt, fn, [winner, *args], kwargs)
        metatype = winner
    qual = ns.entries.get("__qualname__")
    qualname = rt.as_str(qual[1]) if qual is not None else rt.as_str(name)
    if bases:       # type_new keeps the given bases tuple; only () is replaced by (object,)
        rt.incref(bt)
    return rt.build_class(rt.as_str(name), qualname, bases, ns, _caller_module(rt), bases_tuple=bt if bases else None,
                          metatype=metatype, kwargs=kwargs)


def type_call_type(rt: Runtime, args: list[HObject], kwargs: dict[str, HObject] | None) -> HObject:
    """type(name, bases, ns, **kwargs): type_call with an args tuple (_PyObject_MakeTpCall: type's
    vectorcall takes only type(x)), type_new, then the new class's own metaclass's __init__
    (type_call calls Py_TYPE(obj)->tp_init)."""
    argt = rt.tuple_of(list(args))
    try:
        cls = type_new(rt, rt.t_type, args, kwargs)
        init = type_lookup(cls.ob_type, "__init__")
        if init is not None and not isinstance(init, HDescr):     # slot_tp_init
            try:
                r = call_prepend(rt, init, [cls, *args], kwargs)
            except BaseException:
                rt.decref(cls)
                raise
            rtype = r.ob_type
            rt.decref(r)
            if r is not rt.none:
                rt.decref(cls)
                rt.raise_type("TypeError", f"__init__() should return None, not '{rtype.name}'")
        return cls
    finally:
        rt.decref(argt)


def mro_internal(rt: Runtime, tp: HType) -> HObject:
    """mro_internal: the new class's MRO tuple (a new reference). mro_implementation builds a tuple
    for a single base and a list (pmerge) for several; a class whose metaclass is not type itself
    gets it through type.mro(), which returns a list (type_mro_impl: PySequence_List of a tuple);
    then PySequence_Tuple, which keeps an exact tuple."""
    items = list(tp.extra.mro)
    seq = rt.tuple_of(items) if len(tp.extra.bases) == 1 else rt.new_list(items)
    if tp.ob_type is not rt.t_type:
        if not isinstance(type_lookup(tp.ob_type, "mro"), HDescr):
            rt.decref(seq)
            rt.unsupported("a metaclass that overrides mro()")
        if isinstance(seq, HTuple):
            lst = rt.new_list(items)
            rt.decref(seq)
            seq = lst
    if isinstance(seq, HTuple):
        return seq
    try:
        return rt.tuple_of(items)
    finally:
        rt.decref(seq)


def _caller_module(rt: Runtime) -> str:
    """type_new_set_module: __module__ from the calling frame's globals['__name__']."""
    f = rt.frame
    e = f.globals.entries.get("__name__") if f is not None else None
    return rt.as_str(e[1]) if e is not None else "builtins"


# ---------------------------------------------------------------------- type's methods
def type___new__(rt: Runtime, metatype: HObject, args: list[HObject], kw: Any) -> HObject:
    """type.__new__(metatype, name, bases, ns) (its args tuple and slice: Runtime.call_tp_new_wrapper)."""
    if not isinstance(metatype, HType):
        rt.raise_type("TypeError", f"type.__new__(X): X is not a type object ({rt.type_name(metatype)})")
    if not is_subtype(metatype, rt.t_type):
        n = metatype.name
        rt.raise_type("TypeError", f"type.__new__({n}): {n} is not a subtype of type")
    return type_new(rt, metatype, args, kw)


def slot_wrapper_args(rt: Runtime, args: list[HObject]) -> HObject | None:
    """A slot wrapper (type.__init__, type.__call__) bound to its object is a method-wrapper, which
    has only tp_call: the call packs its arguments in a tuple (_PyObject_MakeTpCall)."""
    return rt.tuple_of(list(args)) if args else None


def type___init__(rt: Runtime, cls: HObject, args: list[HObject], kw: Any) -> HObject:
    """type_init: only checks the arguments (1 or 3; keywords only with 3)."""
    argt = slot_wrapper_args(rt, args)
    try:
        if kw and len(args) == 1:
            rt.raise_type("TypeError", "type.__init__() takes no keyword arguments")
        if len(args) not in (1, 3):
            rt.raise_type("TypeError", "type.__init__() takes 1 or 3 arguments")
        return rt.new_none()
    finally:
        if argt is not None:
            rt.decref(argt)


def type___call__(rt: Runtime, cls: HObject, args: list[HObject], kw: Any) -> HObject:
    """type.__call__ (wrap_call of type's tp_call): type_call itself, not the metaclass's override."""
    argt = slot_wrapper_args(rt, args)
    try:
        return type_call(rt, cls, args, kw, slot=False)
    finally:
        if argt is not None:
            rt.decref(argt)


def type___prepare__(rt: Runtime, meta: HObject, args: list[HObject], kw: Any) -> HObject:
    """type___prepare__: a new empty dict, whatever the arguments."""
    return rt.new_dict()


def type___instancecheck__(rt: Runtime, cls: HObject, args: list[HObject], kw: Any) -> HObject:
    """type___instancecheck___impl: _PyObject_RealIsInstance."""
    return rt.new_bool(cls in args[0].ob_type.extra.mro)


def type___subclasscheck__(rt: Runtime, cls: HObject, args: list[HObject], kw: Any) -> HObject:
    """type___subclasscheck___impl: _PyObject_RealIsSubclass."""
    sub = args[0]
    if not isinstance(sub, HType):
        rt.raise_type("TypeError", "issubclass() arg 1 must be a class")
    return rt.new_bool(cls in sub.extra.mro)


def metatype_check(rt: Runtime, cls: HType, obj: HObject, name: str) -> bool | None:
    """PyObject_IsInstance / PyObject_IsSubclass of a class whose metaclass defines
    __instancecheck__ / __subclasscheck__ (`name`): the bound method (_PyObject_LookupSpecial)
    called with `obj`, and its result's truth. None: type's own check applies."""
    meta = cls.ob_type
    if meta.static:
        return None
    hook = type_lookup(meta, name)
    if hook is None or isinstance(hook, HDescr):
        return None
    m = rt.descr_get(hook, cls, meta)
    try:
        r = rt.call(m, [obj], None)
    finally:
        rt.decref(m)
    try:
        return rt.truthy(r)
    finally:
        rt.decref(r)


def slot_tp_call(rt: Runtime, cls: HType, args: list[HObject], kwargs: dict[str, HObject] | None,
                 argtuple: HObject | None = None) -> HObject:
    """Calling a class: its metaclass's __call__ when the metaclass defines one (slot_tp_call, given
    the args tuple: the caller's `argtuple` or _PyObject_MakeTpCall's new one; _PyObject_Call_Prepend
    of the unbound function), else type_call."""
    call = type_lookup(cls.ob_type, "__call__")
    if call is None or isinstance(call, HDescr):
        return type_call(rt, cls, args, kwargs, slot=False, argtuple=argtuple)
    argt = _tp_call_args(rt, args, argtuple)
    try:
        return call_prepend(rt, call, [cls, *args], kwargs)
    finally:
        if argt is not None:
            rt.decref(argt)
