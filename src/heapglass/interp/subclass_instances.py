"""Instances of Python subclasses of builtin types (``class L(list)``, ``class I(int)``, ...): the
builtin's struct plus what the class adds (dict, weakref list, __slots__), as `InstanceFields`
over the builtin's kind, so every method of the base works on them unchanged.

Construction follows each base's tp_new / tp_init for a subtype (Objects/*object.c):

* list, dict, set: tp_new makes an empty instance (PyType_GenericNew, dict_new, set_new), tp_init
  fills it (list___init__, dict_init, set_init) unless the class defines ``__init__``;
* frozenset: frozenset_new makes the subtype instance from the iterable directly (make_new_set);
* tuple, int, float, complex, str, bytes: ``*_subtype_new`` builds the exact value first (``tmp``), then a
  subtype instance that copies it, and drops ``tmp``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..alloc import dictkeys, sizes
from ..alloc.sizes import PyDict_MINSIZE
from ..heap.kinds import HDict, HLeaf, HList, HTuple, InstanceFields
from ..heap.objects import HObject, HType
from .objects import HDescr, HSet

if TYPE_CHECKING:
    from .runtime import Runtime


class HListInstance(InstanceFields, HList):
    """An instance of a list subclass."""

    __slots__ = ("dict", "slots", "values")

    def release_fields(self) -> Iterable[HObject]:   # list_dealloc: items last-to-first, then ob_item
        items, self.items = self.items, []
        self.heap.list_buffer_release(self)
        return reversed(items)


class HTupleInstance(InstanceFields, HTuple):
    """An instance of a tuple subclass."""

    __slots__ = ("dict", "slots", "values")

    def release_fields(self) -> Iterable[HObject]:   # tupledealloc: items last-to-first
        items, self.items = self.items, ()
        return reversed(items)


class HDictInstance(InstanceFields, HDict):
    """An instance of a dict subclass."""

    __slots__ = ("dict", "slots", "values")

    def release_fields(self) -> Iterable[HObject]:   # dict_dealloc: key, value, first-to-last
        entries, self.entries = self.entries, {}
        self.heap.dict_tables_release(self)
        return [o for kv in entries.values() for o in kv]


class HSetInstance(InstanceFields, HSet):
    """An instance of a set or frozenset subclass."""

    __slots__ = ("dict", "slots", "values")

    def release_fields(self) -> Iterable[HObject]:   # set_dealloc
        keys = self.keys_in_order()
        self.entries = {}
        return keys


class HLeafInstance(InstanceFields, HLeaf):
    """An instance of an int, float, complex, str or bytes subclass: a GC object (heap types are), holding
    its dict, slots and type, the value itself being the builtin's."""

    __slots__ = ("dict", "slots", "values")
    is_gc = True
    is_leaf = False


class HStrInstance(HLeafInstance):
    """An instance of a str subclass: a legacy PyUnicodeObject, whose characters are a block of
    their own (``buf``: its address), PyObject_Malloc'ed by unicode_subtype_new."""

    __slots__ = ("buf",)

    def release_fields(self) -> Iterable[HObject]:   # unicode_dealloc: PyObject_Free(data)
        self.heap.memory.free(self.buf)
        self.buf = 0
        return ()


# Builtin types without Py_TPFLAGS_BASETYPE that a program can name (type_new refuses them as bases).
NOT_BASETYPE = frozenset({"bool", "NoneType", "ellipsis", "NotImplementedType", "range", "slice", "function",
                          "method", "builtin_function_or_method", "cell", "frame", "traceback", "generator",
                          "code"})
# TypeInfo.layout of the classes whose instances are built here (a frozenset's is "set")
LAYOUTS = frozenset({"list", "tuple", "dict", "set", "int", "float", "complex", "str", "bytes"})
SUBCLASS_KINDS = (HListInstance, HTupleInstance, HDictInstance, HSetInstance, HLeafInstance)


def builtin_base(tp: HType) -> HType:
    """The nearest builtin type in `tp`'s MRO whose struct the instances have (solid_base)."""
    return next(t for t in tp.extra.mro if t.static)


def best_base(rt: Runtime, bases: list[HType]) -> HType:
    """best_base: the base whose instance layout the new class extends (its tp_base) — the first
    with a layout beyond object's (a builtin subclass's solid base, an exception, a metaclass), so a
    mixin may come first; bases extending different layouts conflict."""
    def solid(b: HType) -> Any:
        return builtin_base(b) if b.extra.layout in LAYOUTS else b.extra.layout
    base = next((b for b in bases if b.extra.layout not in ("object", "instance")), bases[0])
    for b in bases:
        if b.extra.layout not in ("object", "instance") and solid(b) != solid(base):
            rt.raise_type("TypeError", "multiple bases have instance lay-out conflict")
    return base


def is_builtin_subclass(tp: HType) -> bool:
    return not tp.static and tp.extra.layout in LAYOUTS


def is_var_sized(tp: HType) -> bool:
    """tp_itemsize != 0 (tuple, int, bytes and their subclasses): a subclass gets no weakref list
    (type_new: may_add_weak) and no nonempty __slots__."""
    return builtin_base(tp).name in sizes.VAR_SIZED_BASES


def cached_keys_capacity(rt: Runtime, tp: HType, *, on_read: bool) -> int:
    """Value slots of the dict made for an instance of `tp` that has none yet, on the first
    attribute store (_PyObjectDict_SetItem) or a __dict__ read (PyObject_GenericGetDict); 0: a plain
    dict. A split dict shares the heap type's cached keys (new_dict_with_shared_keys): through 3.10
    every class with a dict has them (USABLE_FRACTION(PyDict_MINSIZE) slots); from 3.11 only a
    class whose dict is managed (not an exception's, whose dict is a member of its struct; the slots
    are the cached keys' entries + usable), and 3.11 reads of a builtin subclass's __dict__ make a
    plain dict all the same (fact alloc.managed_dict_read_shares_keys)."""
    a = rt.profile.alloc
    if tp.static:
        return 0
    if not a.managed_dict_preheader:
        return sizes.usable_fraction(PyDict_MINSIZE)
    if tp.extra.layout == "exception" or is_var_sized(tp) and not a.managed_dict_var_sized or \
            on_read and not a.managed_dict_read_shares_keys:
        return 0
    info = tp.extra
    return len(info.keys_names) + (info.keys_usable or 0)


def _alloc(rt: Runtime, op: InstanceFields, tp: HType, n: Any = 0) -> Any:
    info = tp.extra
    op.dict = None
    op.values = None
    op.slots = [None] * len(info.slot_names) if info.slot_names else None
    return rt.alloc(op, tp, subclass_size(rt, tp, n)[1])


def subclass_size(rt: Runtime, tp: HType, n: Any = 0) -> tuple[int, int]:
    """(getsizeof, request) of an instance of heap type `tp`, for the value / length `n` (the list's
    capacity, the dict's keys bytes, the set's table size)."""
    info = tp.extra
    base = builtin_base(tp)
    return sizes.builtin_subclass_size(rt.profile.alloc, base.name, n, len(info.slot_names), info.has_dict,
                                       tp.weakrefable and not base.weakrefable)




def subclass_new(rt: Runtime, tp: HType, args: list[HObject], kwargs: dict[str, HObject] | None) -> HObject:
    """The builtin base's tp_new called for heap type `tp` (a new reference)."""
    from .settable import set_add, set_empty_table
    layout = tp.extra.layout
    base = builtin_base(tp)
    if layout == "list":
        lst = HListInstance()
        lst.items, lst.allocated, lst.buf = [], 0, 0
        return _alloc(rt, lst, tp)
    if layout == "dict":
        d = HDictInstance()
        d.entries, d.keys_addr, d.keys_nbytes, d.values_addr, d.ma_version, d.owner = {}, 0, 0, 0, 0, None
        _alloc(rt, d, tp)
        dict_new_table(rt, d)
        return d
    if layout == "set":
        items = rt.iterate_to_list(args[0]) if args and base is rt.t_frozenset else []
        s = HSetInstance()
        s.entries, s.hash, s.finger = {}, None, 0
        set_empty_table(s)
        _alloc(rt, s, tp)
        for x in items:          # frozenset_new → make_new_set → set_update_internal
            set_add(rt, s, x)
            rt.decref(x)
        return s
    tmp = base.extra.new(rt, base, args, kwargs)    # tuple_new_impl(&PyTuple_Type, ...), long_new_impl, ...
    try:
        if layout == "tuple":
            t = HTupleInstance()
            t.items = list(tmp.items)
            for x in t.items:
                rt.incref(x)
            return _alloc(rt, t, tp, len(t.items))
        op = HStrInstance() if layout == "str" else HLeafInstance()
        op.value = tmp.value
        _alloc(rt, op, tp, op.value)
        if layout == "str":
            v = op.value
            op.buf = rt.heap.memory.malloc((len(v) + 1) * max(sizes.str_kind(v), 1))
        return op
    finally:
        rt.decref(tmp)


def dict_new_table(rt: Runtime, d: HDict) -> None:
    """dict_new's keys table: a dict made by calling its type (dict(), a subclass) gets its own
    PyDict_MINSIZE table through 3.9 (new_keys_object), the shared empty keys from 3.10."""
    if rt.profile.alloc.dict_new_allocates_keys:
        dictkeys.presize(rt.heap.memory, d, PyDict_MINSIZE.bit_length() - 1)


def tp_new_wrapper(rt: Runtime, base: HType, cls: HObject, args: list[HObject], kwargs: Any) -> HObject:
    """base.__new__(cls, *args): the base's tp_new for `cls`, itself or a subclass of it."""
    if not isinstance(cls, HType):
        rt.raise_type("TypeError", f"{base.name}.__new__(X): X is not a type object ({rt.type_name(cls)})")
    if base not in cls.extra.mro:
        rt.raise_type("TypeError", f"{base.name}.__new__({cls.name}): {cls.name} is not a subtype of {base.name}")
    check_new_is_safe(rt, base, cls)
    if cls.static:
        return cls.extra.new(rt, cls, args, kwargs)
    return subclass_new(rt, cls, args, kwargs)


def check_new_is_safe(rt: Runtime, base: HType, cls: HType) -> None:
    """tp_new_wrapper's check: the first class from `cls` up its tp_base chain whose tp_new is not
    slot_tp_new (no Python __new__) must have `base`'s tp_new, or base.__new__(cls) would skip the
    constructor cls's instances need ([RUN 3.8.18-3.13.0] object.__new__(L) for class L(list):
    "object.__new__(L) is not safe, use L.__new__()")."""
    from .typesys import type_lookup
    static: HType | None = cls
    while static is not None and not isinstance(type_lookup(static, "__new__"), HDescr):
        static = static.base
    if static is not None and type_lookup(static, "__new__") is not type_lookup(base, "__new__"):
        rt.raise_type("TypeError", f"{base.name}.__new__({cls.name}) is not safe, use {static.name}.__new__()")


# ---------------------------------------------------------------------- tp_init of the mutable bases
def list___init__(rt: Runtime, self: HList, args: list[HObject], kw: Any) -> HObject:
    """list___init___impl: clear, then fill as list(x) does."""
    from .containers import list_clear
    from .methods import list_fill
    if len(args) > 1:
        rt.raise_type("TypeError", f"list expected at most 1 argument, got {len(args)}")
    if self.items:
        rt.decref(list_clear(rt, self, [], None))
    if args:
        list_fill(rt, self, args[0])
    return rt.new_none()


def dict_init(rt: Runtime, self: HDict, args: list[HObject], kw: Any) -> HObject:
    """dict_init → dict_update_common: the positional mapping or pairs, then the keywords."""
    from .methods import dict_update
    if len(args) > 1:
        rt.raise_type("TypeError", f"dict expected at most 1 argument, got {len(args)}")
    if args:
        dict_update(rt, self, args[0])
    for k, v in (kw or {}).items():
        rt.dict_setitem_str(self, k, v)
    return rt.new_none()


def set_init(rt: Runtime, self: HSet, args: list[HObject], kw: Any) -> HObject:
    """set_init: clear a filled set, then set_update_internal."""
    from .containers import set_clear
    from .settable import set_update_internal
    if len(args) > 1:
        rt.raise_type("TypeError", f"set expected at most 1 argument, got {len(args)}")
    if self.entries:
        rt.decref(set_clear(rt, self, [], None))
    if args:
        set_update_internal(rt, self, args[0])
    return rt.new_none()


def builtin_sizeof(rt: Runtime, op: HObject) -> int:
    """sys.getsizeof of a subclass instance from its current contents."""
    tp = op.ob_type
    if isinstance(op, HList):
        return subclass_size(rt, tp, max(op.allocated, len(op.items)))[0]
    if isinstance(op, HDict):       # the keys table it owns (dictkeys keeps its bytes)
        return subclass_size(rt, tp, op.keys_nbytes)[0]
    if isinstance(op, HSet):
        return subclass_size(rt, tp, op.mask + 1)[0]
    if isinstance(op, HTuple):
        return subclass_size(rt, tp, len(op.items))[0]
    return subclass_size(rt, tp, op.value)[0]


# ---------------------------------------------------------------------- the bases' slot wrappers
# What base.__name__(self, ...) reaches — super().__getitem__(k) in a subclass, list.__len__(x): the
# builtin's own slot, never the subclass's override.
def _iter(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    it = rt.builtin_iter(self)
    assert it is not None
    return it


def _len(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    return rt.new_int(rt.builtin_length(self))


def _contains(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    return rt.new_bool(bool(rt.builtin_contains(self, args[0])))


def _getitem(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    from .methods import seq_getitem
    return rt.dict_subscript(self, args[0]) if isinstance(self, HDict) else seq_getitem(rt, self, args[0])


def _setitem(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    from .methods import list_setitem
    if isinstance(self, HDict):
        rt.dict_setitem(self, args[0], args[1])
    else:
        list_setitem(rt, self, args[0], args[1])
    return rt.new_none()


def _delitem(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    from .methods import list_setitem
    if isinstance(self, HDict):
        rt.dict_delitem(self, args[0])
    else:
        list_setitem(rt, self, args[0], None)
    return rt.new_none()


def _repr(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    return rt.new_str(rt.builtin_repr(self))


SEQUENCES = ("list", "tuple", "dict", "set", "frozenset", "str", "bytes")
SLOT_WRAPPERS = {"__iter__": (_iter, SEQUENCES), "__len__": (_len, SEQUENCES),
                 "__contains__": (_contains, SEQUENCES),
                 "__getitem__": (_getitem, ("list", "tuple", "dict", "str", "bytes")),
                 "__setitem__": (_setitem, ("list", "dict")), "__delitem__": (_delitem, ("list", "dict")),
                 "__repr__": (_repr, (*SEQUENCES, "int", "float", "complex"))}


def install(rt: Runtime) -> None:
    """The bases' __new__ (tp_new_wrapper), the slot wrappers above, and the mutable bases' __init__."""
    from .btypes import add_method
    for name in (*SEQUENCES, "int", "float", "complex"):
        base = rt.builtin_types[name]
        add_method(rt, base, "__new__", lambda rt_, cls, args, kw, base=base: tp_new_wrapper(rt_, base, cls, args, kw),
                   kind="static_new")
    for slot, (fn, names) in SLOT_WRAPPERS.items():
        for name in names:
            add_method(rt, rt.builtin_types[name], slot, fn)
    for base, init in ((rt.t_list, list___init__), (rt.t_dict, dict_init), (rt.t_set, set_init)):
        add_method(rt, base, "__init__", init)


__all__ = ["NOT_BASETYPE", "SUBCLASS_KINDS", "builtin_sizeof", "check_new_is_safe", "install", "is_builtin_subclass",
           "is_var_sized", "subclass_new"]
