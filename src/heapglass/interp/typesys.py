"""Type objects and the attribute protocol: MRO lookup (`_PyType_Lookup`), descriptors, generic
getattr/setattr (`PyObject_GenericGetAttr`/`SetAttr`), instance attribute storage per version
(materialised dict through 3.10, managed values from 3.11), and class creation (`type_new`).

`TypeInfo` is the host data a type object carries in ``HType.extra``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HDict, HInstance, InstanceFields
from ..heap.objects import HObject, HType
from .errors import PyErr
from .exc_fields import augment_attribute_error
from .objects import HDescr, HExc, HFunction, HFuncWrapper, HRefs
from .subclass_instances import NOT_BASETYPE, best_base, cached_keys_capacity, is_var_sized

if TYPE_CHECKING:
    from .runtime import Runtime


class TypeInfo:
    """What the interpreter knows about a type: ``mro`` (host list of HType, the type first),
    ``methods`` (static types: name → attribute object), ``layout`` (how instances are built:
    'object', 'instance', 'exception', or a builtin kind), ``has_dict``, ``slot_names``, and for heap
    types the ``mro_tuple``/``bases_tuple`` objects CPython keeps (type_traverse visits them)."""

    __slots__ = (
        "bases",
        "bases_tuple",
        "has_dict",
        "ht_slots",
        "keys_names",
        "keys_order",
        "keys_usable",
        "layout",
        "methods",
        "module",
        "mro",
        "mro_tuple",
        "new",
        "qualname",
        "slot_names",
        "subclass_refs",
        "subclasses",
        "subclasses_dict",
    )

    def __init__(self, layout: str = "object") -> None:
        self.mro: list[HType] = []
        self.methods: dict[str, HObject] = {}
        self.layout = layout
        self.has_dict = False
        self.slot_names: list[str] = []
        self.mro_tuple: HObject | None = None
        self.bases_tuple: HObject | None = None
        self.bases: list[HType] = []
        self.new: Callable | None = None
        self.qualname = ""
        self.module = "builtins"
        self.subclass_refs: list[HObject] = []   # weakrefs to this type kept in its bases' subclass dicts
        self.subclasses: list[HObject] = []      # weakrefs to this type's subclasses (borrowed)
        self.subclasses_dict: HObject | None = None   # tp_subclasses of a heap type (not traversed)
        self.ht_slots: HObject | None = None     # the sorted __slots__ names tuple (not traversed)
        self.keys_usable: int | None = None      # dk_usable of the class's cached shared keys (3.11+)
        self.keys_names: set[str] = set()        # attribute names in the shared keys
        self.keys_order: dict[str, int] = {}     # every attribute name seen, in first-store order

    def values_capacity(self) -> int:
        """Value slots a new instance gets (3.11+: the shared keys' entries + usable; each new
        instance shrinks usable while it is > 1 — _PyObject_InitInlineValues)."""
        if self.keys_usable is None:
            return 0
        cap = len(self.keys_names) + self.keys_usable
        if self.keys_usable > 1:
            self.keys_usable -= 1
        return cap

    def add_key(self, name: str) -> None:
        """A new attribute name enters the shared keys (it uses one usable slot)."""
        self.keys_order.setdefault(name, len(self.keys_order))
        if self.keys_usable is not None and name not in self.keys_names and self.keys_usable > 0:
            self.keys_names.add(name)
            self.keys_usable -= 1

    def traverse(self) -> Iterator[HObject]:
        if self.mro_tuple is not None:
            yield self.mro_tuple
        if self.bases_tuple is not None:
            yield self.bases_tuple

    def clear_mro(self, heap: Any) -> None:
        """type_clear's Py_CLEAR(tp_mro)."""
        m, self.mro_tuple = self.mro_tuple, None
        if m is not None:
            heap.decref(m)

    def release(self) -> Iterator[HObject]:
        # type_dealloc: remove_all_subclasses (the bases drop their weakrefs to this type), then
        # the mro and bases tuples
        refs, self.subclass_refs = self.subclass_refs, []
        for base, wr in refs:
            if wr in base.extra.subclasses:
                base.extra.subclasses.remove(wr)
            yield wr
        if self.subclasses_dict is not None:
            d, self.subclasses_dict = self.subclasses_dict, None
            yield d
        m, b, sl = self.mro_tuple, self.bases_tuple, self.ht_slots
        self.mro_tuple = self.bases_tuple = self.ht_slots = None
        if m is not None:
            yield m
        if b is not None:
            yield b
        if sl is not None:
            yield sl


_IMPLICIT_WRAPPERS = {"__new__": "t_staticmethod", "__init_subclass__": "t_classmethod",
                      "__class_getitem__": "t_classmethod"}


def type_lookup(tp: HType, name: str) -> HObject | None:
    """_PyType_Lookup: `name` along the MRO of `tp` (borrowed reference) or None."""
    for t in tp.extra.mro:
        if t.static:
            v = t.extra.methods.get(name)
            if v is not None:
                return v
        else:
            d = t.dict_obj
            if d is not None:
                e = d.entries.get(name)
                if e is not None:
                    return e[1]
    return None


def is_subtype(a: HType, b: HType) -> bool:
    return b in a.extra.mro


def c3_merge(rt: Runtime, bases: list[HType]) -> list[HType]:
    """mro_implementation's pmerge: the C3 linearisation of `bases` (the new type's MRO without the
    type itself); TypeError naming the heads left in conflict when it does not exist (set_mro_error)."""
    seqs = [list(b.extra.mro) for b in bases] + [list(bases)]
    out: list[HType] = []
    while True:
        seqs = [s for s in seqs if s]
        if not seqs:
            return out
        for s in seqs:
            head = s[0]
            if not any(head in other[1:] for other in seqs):
                break
        else:
            heads = list(dict.fromkeys(s[0] for s in seqs))
            rt.raise_type("TypeError", rt.profile.objects.mro_conflict_message.format(
                ", ".join(b.name for b in heads)))
        out.append(head)
        for s in seqs:
            if s and s[0] is head:
                del s[0]


class AttrProtocol:
    """The attribute protocol of the runtime (a mixin of `Runtime`)."""

    # ------------------------------------------------------------------ descriptors
    def property_error(self: Runtime, prop: HObject, obj: HObject, accessor: str) -> None:
        """property_descr_get / property_descr_set: the AttributeError of a missing getter, setter
        or deleter, worded as fact property_error_message says (3.13 property_name: the fget's
        __name__ when __set_name__ gave none)."""
        named, unnamed, from_fget = self.profile.interp.property_error_message
        name = prop.state
        if name is None and from_fget and prop.refs[0] is not None:
            fname = self.getattr(prop.refs[0], "__name__")
            name = self.as_str(fname) if fname.ob_type is self.t_str else None
            self.decref(fname)
        old = {"getter": "unreadable attribute", "setter": "can't set attribute",
               "deleter": "can't delete attribute"}[accessor]
        text = named if name is not None else unnamed
        self.raise_type("AttributeError", text.format(old=old, name=name, owner=self.type_name(obj),
                                                      accessor=accessor))

    def property_descr_set(self: Runtime, prop: HObject, obj: HObject, value: HObject | None) -> None:
        """property_descr_set: fset(obj, value), or fdel(obj) for value None (a delete)."""
        fn = prop.refs[1] if value is not None else prop.refs[2]
        if fn is None:
            self.property_error(prop, obj, "setter" if value is not None else "deleter")
        self.decref(self.call(fn, [obj] if value is None else [obj, value], None))

    def descr_get(self: Runtime, descr: HObject, obj: HObject | None, tp: HType) -> HObject:
        """tp_descr_get of `descr` for `obj` (None: looked up on the class): a new reference."""
        if isinstance(descr, HFunction):
            if obj is None:
                self.incref(descr)
                return descr
            return self.new_method(descr, obj)
        if isinstance(descr, HDescr):
            if descr.kind == "method":
                if obj is None:
                    self.incref(descr)
                    return descr
                if descr.ob_type is self.t_wrapper_descr:
                    from .method_wrappers import new_method_wrapper
                    return new_method_wrapper(self, descr, obj)
                return self.new_builtin_bound(descr, obj)
            if descr.kind == "getset":
                if obj is None:
                    self.incref(descr)
                    return descr
                return descr.fn(self, obj)
            if descr.kind == "classmethod":
                return self.new_builtin_bound(descr, tp)
            if descr.kind == "static":
                return descr.fn(self)
        dt = descr.ob_type
        if dt is self.t_member or dt is self.t_getset:
            if obj is None:
                self.incref(descr)
                return descr
            name = descr.state[0]
            if dt is self.t_member:
                return self.member_get(descr, obj)
            if name == "__dict__":
                if isinstance(obj, InstanceFields):     # a Python class's instance, on any builtin base
                    d = self.instance_dict(obj)
                    self.incref(d)
                    return d
                from .methods import get_dict
                return get_dict(self, obj)
            wr = self.heap.get_basic_refs(obj)[0] if obj.weakrefs else None
            if wr is None and obj.weakrefs:
                wr = obj.weakrefs[0]
            wr = wr if wr is not None else self.none
            self.incref(wr)
            return wr
        if dt is self.t_staticmethod:
            f = descr.refs[0]
            self.incref(f)
            return f
        if dt is self.t_classmethod:
            return self.new_method(descr.refs[0], tp)
        if dt is self.t_property:
            if obj is None:
                self.incref(descr)
                return descr
            fget = descr.refs[0]
            if fget is None:
                self.property_error(descr, obj, "getter")
            return self.call(fget, [obj], None)
        if not dt.static:
            get = type_lookup(dt, "__get__")
            if get is not None:
                return self.call(get, [descr, obj if obj is not None else self.none, tp], None)
        self.incref(descr)
        return descr

    def is_data_descr(self: Runtime, descr: HObject) -> bool:
        if isinstance(descr, HDescr):
            return descr.kind == "getset"
        dt = descr.ob_type
        if dt is self.t_property or dt is self.t_member or dt is self.t_getset:
            return True
        if dt is not None and not dt.static and isinstance(descr, InstanceFields):
            return type_lookup(dt, "__set__") is not None or type_lookup(dt, "__delete__") is not None
        return False

    # ------------------------------------------------------------------ getattr
    def getattr(self: Runtime, obj: HObject, name: str) -> HObject:
        """PyObject_GetAttr(obj, name): a new reference; AttributeError (simulated) when missing,
        normalized at once where the profile says so (suggestion_errors_normalized)."""
        try:
            r = self.getattr_or_none(obj, name)
            if r is None:
                hook = self._getattr_hook(obj)
                if hook is not None:
                    return self.call(hook, [obj, self.str_const(name)], None)
                self.raise_attribute_error(obj, name)
        except PyErr as err:
            if self.profile.interp.suggestion_errors_normalized and self.exception_matches(err, "AttributeError"):
                augment_attribute_error(self, err.normalize(), obj, self.str_const(name))
            raise
        return r

    def lookup_attr(self: Runtime, obj: HObject, name: str) -> HObject | None:
        """_PyObject_LookupAttr (getattr with a default, hasattr): a new reference, or None when the
        attribute is missing. The lookup's own AttributeError is never an object: unnormalized and
        cleared (3.8-3.11: type and module getattro) or not raised at all (a generic lookup; 3.12+
        types and modules too); one from __getattr__ or a descriptor is cleared."""
        try:
            r = self.getattr_or_none(obj, name)
            if r is not None:
                return r
            hook = self._getattr_hook(obj)
            if hook is not None:
                return self.call(hook, [obj, self.str_const(name)], None)
        except PyErr as err:
            if not self.exception_matches(err, "AttributeError"):
                raise
            self.clear_error(err)
            return None
        if isinstance(obj, self.module_kind):
            self.module_getattr_error_exceptions()
        return None

    def _call_getattribute(self: Runtime, obj: HObject, getattribute: HObject, name: str) -> HObject | None:
        """slot_tp_getattr_hook's first half with a class's own __getattribute__: call it. An
        AttributeError from it is cleared (None: the caller goes on to __getattr__) when the class
        has a __getattr__, else it propagates."""
        try:
            return self.call(getattribute, [obj, self.str_const(name)], None)
        except PyErr as err:
            if self._getattr_hook(obj) is None or not self.exception_matches(err, "AttributeError"):
                raise
            self.clear_error(err)
        return None

    def getattribute_override(self: Runtime, tp: HType) -> HObject | None:
        """A __getattribute__ a class (or a base) defines in Python, borrowed; None when attribute
        lookup is PyObject_GenericGetAttr's (or a builtin type's own)."""
        if tp.static:
            return None
        m = type_lookup(tp, "__getattribute__")
        return None if m is None or isinstance(m, HDescr) else m

    def generic_getattro(self: Runtime, tp: HType) -> bool:
        """tp_getattro is PyObject_GenericGetAttr (_PyObject_GetMethod's fast path): no
        __getattribute__ or __getattr__ of the class's own."""
        return tp.static or (type_lookup(tp, "__getattr__") is None and self.getattribute_override(tp) is None)

    def _getattr_hook(self: Runtime, obj: HObject) -> HObject | None:
        """The __getattr__ a class defines (slot_tp_getattr_hook), borrowed, or None."""
        tp = obj.ob_type
        hook = type_lookup(tp, "__getattr__") if not tp.static or tp is self.t_type else None
        return None if hook is None or (isinstance(obj, HType) and tp.static) else hook

    def module_getattr_error_exceptions(self: Runtime) -> None:
        """module_getattro's missing-attribute path: the AttributeError instance it makes and clears
        on the way (profile fact module_getattr_error_exceptions)."""
        if self.profile.interp.module_getattr_error_exceptions:
            self.decref(self._create_exception(self.builtin_types["AttributeError"], self.new_str(
                "'ModuleSpec' object has no attribute '_uninitialized_submodules'")))

    def raise_attribute_error(self: Runtime, obj: HObject, name: str) -> None:
        if isinstance(obj, HType):
            self.raise_type("AttributeError", f"type object '{obj.name}' has no attribute '{name}'")
        if isinstance(obj, self.module_kind):
            self.module_getattr_error_exceptions()
            self.raise_type("AttributeError", f"module '{obj.name}' has no attribute '{name}'")
        self.raise_type("AttributeError", f"'{self.type_name(obj)}' object has no attribute '{name}'")

    def getattr_or_none(self: Runtime, obj: HObject, name: str) -> HObject | None:
        """Attribute lookup without __getattr__: a new reference or None. Generic, unless the class
        defines __getattribute__ (then that is called: _call_getattribute)."""
        tp = obj.ob_type
        if not tp.static and not isinstance(obj, HType):
            over = self.getattribute_override(tp)
            if over is not None:
                return self._call_getattribute(obj, over, name)
        return self.generic_getattr_or_none(obj, name)

    def generic_getattr_or_none(self: Runtime, obj: HObject, name: str) -> HObject | None:
        """PyObject_GenericGetAttr (type_getattro, module_getattro for those): a new reference or
        None."""
        tp = obj.ob_type
        if isinstance(obj, HType):
            return self.type_getattr(obj, name)
        if tp is self.t_super:
            from .builtins_mod import super_getattr
            r = super_getattr(self, obj, name)
            if r is not None:
                return r
        if isinstance(obj, self.module_kind):
            e = obj.dict.entries.get(name) if obj.dict is not None else None
            if e is not None:
                self.incref(e[1])
                return e[1]
        descr = type_lookup(tp, name)
        if descr is not None and self.is_data_descr(descr):
            return self.descr_get(descr, obj, tp)
        if isinstance(obj, InstanceFields):
            v = self.instance_attr(obj, name)
            if v is not None:
                self.incref(v)
                return v
        elif isinstance(obj, (HFunction, HFuncWrapper)) and obj.dict is not None:
            e = obj.dict.entries.get(name)
            if e is not None:
                self.incref(e[1])
                return e[1]
        if descr is not None:
            return self.descr_get(descr, obj, tp)
        return None

    def type_getattr(self: Runtime, tp: HType, name: str) -> HObject | None:
        """type_getattro: data descriptors of the metatype, then the type's MRO, then the metatype."""
        meta = tp.ob_type
        mdescr = type_lookup(meta, name) if meta is not None else None
        if mdescr is not None and self.is_data_descr(mdescr):
            return self.descr_get(mdescr, tp, meta)
        v = type_lookup(tp, name)
        if v is not None:
            return self.descr_get(v, None, tp)
        if mdescr is not None:
            return self.descr_get(mdescr, tp, meta)
        return None

    def instance_attr(self: Runtime, obj: HInstance, name: str) -> HObject | None:
        """The instance's own attribute (borrowed) from its dict or managed values."""
        d = obj.dict
        if d is not None:
            e = d.entries.get(name)
            return None if e is None else e[1]
        vals = obj.values
        if vals:
            return vals.get(name)
        return None

    # ------------------------------------------------------------------ setattr / delattr
    def setattr(self: Runtime, obj: HObject, name: str, value: HObject | None) -> None:
        """PyObject_SetAttr (value None: delete). `value` is borrowed."""
        tp = obj.ob_type
        if not tp.static:       # a class's heap metaclass may define them too
            hook = type_lookup(tp, "__setattr__" if value is not None else "__delattr__")
            if hook is not None and not isinstance(hook, HDescr):
                args = [obj, self.str_const(name)] + ([value] if value is not None else [])
                self.decref(self.call(hook, args, None))
                return
        self.generic_setattr(obj, name, value)

    def generic_setattr(self: Runtime, obj: HObject, name: str, value: HObject | None) -> None:
        """PyObject_GenericSetAttr: data descriptors first, then the instance storage."""
        tp = obj.ob_type
        if isinstance(obj, HType):
            return self.type_setattr(obj, name, value)
        descr = type_lookup(tp, name)
        if descr is not None:
            if isinstance(descr, HDescr) and descr.kind == "getset":
                setter = getattr(descr, "setter", None)
                if setter is None:
                    self.raise_type("AttributeError", f"attribute '{name}' of '{tp.name}' objects is not "
                                    "writable")
                setter(self, obj, value)
                return
            dt = descr.ob_type
            if dt is self.t_member:
                self.member_set(descr, obj, value)
                return
            if dt is self.t_getset:
                self.raise_type("AttributeError", f"attribute '{name}' of '{tp.name}' objects is not writable")
            if dt is self.t_property:
                self.property_descr_set(descr, obj, value)
                return
            if not dt.static and isinstance(descr, InstanceFields):
                hook = type_lookup(dt, "__set__" if value is not None else "__delete__")
                if hook is not None:
                    self.decref(self.call(hook, [descr, obj] + ([value] if value is not None else []),
                                          None))
                    return
        if isinstance(obj, InstanceFields) and tp.extra.has_dict:
            return self.instance_store(obj, name, value)
        if isinstance(obj, (HFunction, HFuncWrapper, HExc)):    # a dict made by the first store
            if obj.dict is None:
                if value is None:
                    self.raise_delattr_missing(obj, name)
                obj.dict = self.new_dict()
            self.dict_store_or_delete(obj, name, value)
            return
        self.raise_type("AttributeError", f"'{tp.name}' object has no attribute '{name}'"
                        + self.profile.interp.setattr_no_dict_suffix)

    def raise_delattr_missing(self: Runtime, obj: HObject, name: str) -> None:
        """The AttributeError for deleting an attribute its dict slot does not hold (3.8-3.10: the
        dict's KeyError becomes AttributeError(name))."""
        if self.profile.interp.delattr_missing_message_is_name:
            self.raise_type("AttributeError", name)
        self.raise_attribute_error(obj, name)

    def dict_store_or_delete(self: Runtime, obj: HObject, name: str, value: HObject | None) -> None:
        """Store `value` (borrowed) under `name` in obj's dict, or delete it (value None)."""
        if value is not None:
            self.dict_setitem_str(obj.dict, name, value)
        elif name in obj.dict.entries:
            self.dict_delitem_str(obj.dict, name)
        else:
            self.raise_delattr_missing(obj, name)

    def type_setattr(self: Runtime, tp: HType, name: str, value: HObject | None) -> None:
        if tp.static:
            self.raise_type("TypeError", f"cannot set '{name}' attribute of immutable type '{tp.name}'")
        if value is None:
            if name not in tp.dict_obj.entries:
                self.raise_attribute_error(tp, name)
            self.dict_delitem_str(tp.dict_obj, name)
        else:
            self.dict_setitem_str(tp.dict_obj, name, value)
        if name == "__del__":
            tp.tp_finalize = self.python_finalizer if value is not None else None

    def instance_store(self: Runtime, obj: HInstance, name: str, value: HObject | None) -> None:
        """Store into the instance's attributes: 3.8-3.10 its dict (made on the first store);
        3.11+ the managed values while no dict object exists (_PyObject_StoreInstanceAttribute)."""
        if obj.dict is None:
            if not self.profile.interp.instance_dict_on_first_setattr and obj.ob_type.extra.layout == "instance":
                vals = obj.values
                if value is None:
                    if not vals or name not in vals:
                        self.raise_attribute_error(obj, name)
                    old = vals.pop(name)
                    self.decref(old)
                    return
                if vals is None:
                    vals = obj.values = {}
                info = obj.ob_type.extra
                if name not in vals:
                    info.add_key(name)
                self.incref(value)
                old = vals.get(name)
                vals[name] = value
                if old is None and info.keys_order and len(vals) > 1:
                    # values live in the shared keys' order: a re-added attribute takes its old slot
                    order = info.keys_order
                    obj.values = dict(sorted(vals.items(), key=lambda kv: order.get(kv[0], len(order))))
                if old is not None:
                    self.decref(old)
                return
            if value is None:
                self.raise_delattr_missing(obj, name)
            # _PyObjectDict_SetItem: a split-table dict sharing the class's cached keys when it has
            # them (dictobject.c: new_dict_with_shared_keys), else a plain one
            obj.dict = self.new_dict()
            obj.dict.keys_nbytes = 8 * cached_keys_capacity(self, obj.ob_type, on_read=False)
        if value is None:
            if name not in obj.dict.entries:
                self.raise_delattr_missing(obj, name)
            self.dict_delitem_str(obj.dict, name)
        else:
            self.dict_setitem_str(obj.dict, name, value,
                                  track=self.profile.interp.materialised_dict_tracked_on_store
                                  or obj.ob_type.extra.layout != "instance"
                                  or self.profile.interp.instance_dict_on_first_setattr)

    def instance_dict(self: Runtime, obj: HInstance) -> HDict:
        """The instance's __dict__ (borrowed), materialised from managed values if needed
        (3.11+ _PyObject_GetManagedDict / make_dict_from_instance_attributes)."""
        if obj.dict is None:
            d = self.new_dict()
            info = obj.ob_type.extra
            if info.layout != "instance" or info.keys_usable is None:   # PyObject_GenericGetDict
                d.keys_nbytes = 8 * cached_keys_capacity(self, obj.ob_type, on_read=True)
            else:
                # make_dict_from_instance_attributes: the dict takes over the instance's values array
                # (its capacity: the shared keys' entries + usable slots)
                d.keys_nbytes = 8 * (len(info.keys_names) + info.keys_usable)
            vals, obj.values = obj.values, None
            if vals:
                for k, v in vals.items():
                    self.dict_setitem_str(d, k, v)
                    self.decref(v)
            obj.dict = d
        return obj.dict

    # ------------------------------------------------------------------ class creation
    def build_class(self: Runtime, name: str, qualname: str, bases: list[HType], ns: HDict,
                    module: str, bases_tuple: HObject | None = None, metatype: HType | None = None,
                    kwargs: dict[str, HObject] | None = None) -> HType:
        """type_new: a heap type from its bases and namespace (ns is borrowed; its items are copied
        into the type's own dict, as type_new copies the namespace). `bases_tuple` (stolen) is the
        tuple __build_class__ made; without one (no bases) type_new packs (object,). `metatype`: the
        new type's type (default type); `kwargs` go to __init_subclass__."""
        try:
            for b in bases:
                if not isinstance(b, HType):
                    self.raise_type("TypeError", "bases must be types")
                if b.static and b.name in NOT_BASETYPE:     # best_base: no Py_TPFLAGS_BASETYPE
                    self.raise_type("TypeError", f"type '{b.name}' is not an acceptable base type")
            if not bases:
                bases = [self.t_object]
            base = best_base(self, bases)
            mro_tail = c3_merge(self, bases)
            slots_obj = ns.entries.get("__slots__")
            slot_names: list[str] = []
            if slots_obj is not None:
                sv = slots_obj[1]
                if sv.ob_type is self.t_str:
                    slot_names = [sv.value]
                else:
                    slot_names = [self.as_str(x) for x in self.iterate_to_list(sv, borrow=True)]
                if slot_names and is_var_sized(base):    # type_new_slots_impl
                    self.raise_type("TypeError", f"nonempty __slots__ not supported for subtype of '{base.name}'")
        except PyErr:
            if bases_tuple is not None:     # stolen: released when type_new fails
                self.decref(bases_tuple)
            raise
        if bases_tuple is None:
            # type_new_get_bases: empty bases become PyTuple_Pack(1, object), before the slots
            bases_tuple = self.tuple_of(list(bases))
        tp = HType(name, base=base, instance_is_gc=True)
        info = TypeInfo()
        info.layout = base.extra.layout if base.extra.layout != "object" else "instance"
        info.bases = list(bases)
        info.qualname = qualname
        info.module = module
        # a base with tp_dictoffset (a class with a dict, or BaseException's struct member) means no
        # __dict__ descriptor of its own (type_new_descriptors: add_dict only when the base has none)
        inherited_dict = any(b.extra.has_dict or b.extra.layout == "exception" for b in bases)
        wants_dict = slots_obj is None or "__dict__" in slot_names
        info.has_dict = inherited_dict or wants_dict
        inherited_weak = any(b.weakrefable for b in bases)
        wants_weak = slots_obj is None or "__weakref__" in slot_names
        wants_weak = wants_weak and not is_var_sized(base)
        tp.weakrefable = inherited_weak or wants_weak
        own_slots = [s for s in slot_names if s not in ("__dict__", "__weakref__")]
        info.slot_names = own_slots + [s for s in base.extra.slot_names]
        if slots_obj is not None:
            info.ht_slots = self.type_new_slots(slots_obj[1])
        info.keys_usable = self.profile.alloc.shared_keys_initial_usable
        tp.extra = info
        self.heap.new(tp, metatype or self.t_type, self.sizes("type"))
        tp.extra.mro = [tp, *mro_tail]
        d = self.new_dict()
        for (k, v) in ns.entries.values():
            wrapper = _IMPLICIT_WRAPPERS.get(k.value) if isinstance(v, HFunction) else None
            if wrapper is not None:
                # type_new_set_staticmethod / type_new_set_classmethod: a plain function __new__ is
                # implicitly a staticmethod, __init_subclass__ and __class_getitem__ classmethods
                from .methods import wrapper_alloc
                w = wrapper_alloc(self, getattr(self, wrapper), v)
                self.dict_setitem(d, k, w)
                self.decref(w)
                continue
            self.dict_setitem(d, k, v)
        tp.dict_obj = d
        # type_new_descriptors: __dict__ and __weakref__ getset descriptors (GC objects referring back
        # to the type), and member descriptors for __slots__.
        if wants_dict and not inherited_dict:
            self.add_type_descriptor(tp, "__dict__")
        if wants_weak and not inherited_weak:
            self.add_type_descriptor(tp, "__weakref__")
        for i, s in enumerate(own_slots):
            self.add_type_descriptor(tp, s, slot_index=i)
        if "__module__" not in d.entries:
            self.dict_setitem_str(d, "__module__", self.str_const(module), steal=False)
        if "__qualname__" in d.entries:
            self.dict_delitem_str(d, "__qualname__")
        if "__doc__" not in d.entries:
            # type_new_set_doc / type_dict_set_doc: a class without a docstring has __doc__ = None
            self.dict_setitem_str(d, "__doc__", self.none, steal=False)
        if "__eq__" in d.entries and "__hash__" not in d.entries:
            # PyType_Ready's hash hack: __eq__ stops inherit_slots from inheriting tp_hash
            # (overrides_hash), so tp_hash stays NULL and the type's dict gets __hash__ = None
            self.dict_setitem_str(d, "__hash__", self.none, steal=False)
        for b in bases:
            if not b.static:
                self.incref(b)
        info.bases_tuple = bases_tuple
        from .metaclasses import mro_internal
        info.mro_tuple = mro_internal(self, tp)
        for b in bases:
            # add_subclass: each base keeps a weakref to the new type (a GC allocation) in its
            # tp_subclasses dict, created with the first subclass of a heap type
            if not b.static and b.extra.subclasses_dict is None:
                b.extra.subclasses_dict = self.new_dict()
            wr = self.heap.new_weakref(tp, None)
            info.subclass_refs.append((b, wr))
            b.extra.subclasses.append(wr)
        if type_lookup(tp, "__del__") is not None:
            tp.tp_finalize = self.python_finalizer
        cell = d.entries.get("__classcell__")
        if cell is not None:
            # type_new_set_classcell: the body's __class__ cell gets the new type
            if cell[1].ob_type is not self.t_cell:
                self.decref(tp)
                self.raise_type("TypeError", f"__classcell__ must be a nonlocal cell, not {cell[1].ob_type.name!r}")
            self.incref(tp)
            old, cell[1].ob_ref = cell[1].ob_ref, tp
            if old is not None:
                self.decref(old)
            self.dict_delitem_str(d, "__classcell__")
        try:
            self.type_new_set_names(tp)
            self.type_new_init_subclass(tp, kwargs)
        except BaseException:
            self.decref(tp)         # type_new's error path: Py_DECREF(type)
            raise
        return tp

    def type_new_slots(self: Runtime, slots: HObject) -> HObject:
        """type_new_slots / type_new_copy_slots: __slots__ as a tuple (PyTuple_Pack for a str,
        PySequence_Tuple: an exact tuple itself), its names but __dict__ and __weakref__ copied into a
        new list and sorted, and that list's tuple, kept as ht_slots (a new reference). The first
        tuple is released before or after the last is made (type_new_frees_slots_before_copy)."""
        if slots.ob_type is self.t_str:
            seq = self.tuple_of([slots])
        elif slots.ob_type is self.t_tuple:
            self.incref(slots)
            seq = slots
        else:
            seq = self.tuple_steal(self.iterate_to_list(slots))
        names = sorted((n for n in seq.items if self.as_str(n) not in ("__dict__", "__weakref__")),
                       key=self.as_str)
        newslots = self.new_list(names)
        early = self.profile.interp.type_new_frees_slots_before_copy
        if early:
            self.decref(seq)
        try:
            return self.tuple_of(list(newslots.items))
        finally:
            self.decref(newslots)
            if not early:
                self.decref(seq)

    def type_new_init_subclass(self: Runtime, tp: HType, kwargs: dict[str, HObject] | None = None) -> None:
        """init_subclass: super(tp, tp).__init_subclass__() — a super object and a bound method
        (object's is a builtin classmethod: a PyCFunction bound to tp, kept on 3.8's free list).
        _PyObject_FastCall(&PySuper_Type, args, 2) goes through tp_call with an args tuple unless
        super has vectorcall (profile fact vectorcall_builtin_types)."""
        from .builtins_mod import make_super, super_getattr
        if "super" in self.profile.interp.vectorcall_builtin_types:
            sup = make_super(self, tp, tp)
        else:
            argt = self.tuple_of([tp, tp])      # _PyObject_MakeTpCall
            try:
                sup = make_super(self, tp, tp)
            finally:
                self.decref(argt)
        try:
            func = super_getattr(self, sup, "__init_subclass__")
        finally:
            self.decref(sup)
        if func is not None:
            try:
                from .btypes import call_prepend
                self.decref(call_prepend(self, func, [], kwargs))
            finally:
                self.decref(func)

    def type_new_set_names(self: Runtime, tp: HType) -> None:
        """type_new_set_names: iterate a copy of the new class's dict (PyDict_Copy — a real, short-lived
        dict) and call __set_name__(owner, name) on every value whose type defines it, bound to the
        value by _PyObject_LookupSpecial (a bound method object, freed after the call)."""
        copy = self.new_dict()
        try:
            for tok, (k, v) in tp.dict_obj.entries.items():
                self.dict_set_token(copy, tok, k, v)
            for k, v in list(copy.entries.values()):
                vt = v.ob_type
                hook = type_lookup(vt, "__set_name__") if vt is not None else None
                if hook is not None:
                    bound = self.descr_get(hook, v, vt)
                    try:
                        self.decref(self.call(bound, [tp, k], None))
                    finally:
                        self.decref(bound)
        finally:
            self.decref(copy)

    def add_type_descriptor(self: Runtime, tp: HType, name: str, slot_index: int = -1) -> None:
        descr = HRefs()
        descr.refs = [tp]
        descr.state = (name, slot_index, len(tp.extra.slot_names))
        self.incref(tp)
        self.heap.new(descr, self.t_getset if slot_index < 0 else self.t_member, self.sizes("descriptor"))
        self.dict_setitem_str(tp.dict_obj, name, descr)
        self.decref(descr)

    def python_finalizer(self: Runtime, heap: Any, op: HObject) -> None:
        """slot_tp_finalize: call type(op).__del__(op); an exception is reported as unraisable."""
        fn = type_lookup(op.ob_type, "__del__")
        if fn is None:
            return
        self.call_unraisable(fn, [op], fn)

    # ------------------------------------------------------------------ slots (member descriptors)
    def member_get(self: Runtime, descr: HRefs, obj: HObject) -> HObject:
        """member_get of a __slots__ member: AttributeError while the slot is empty."""
        name = descr.state[0]
        pos = self.slot_position(descr, obj)
        v = obj.slots[pos] if obj.slots else None
        if v is None:
            self.raise_type("AttributeError", f"'{self.type_name(obj)}' object has no attribute '{name}'"
                            if self.profile.interp.empty_slot_message_names_type else name)
        self.incref(v)
        return v

    def member_set(self: Runtime, descr: HRefs, obj: HObject, value: HObject | None) -> None:
        pos = self.slot_position(descr, obj)
        old = obj.slots[pos]
        if value is None and old is None:
            self.raise_type("AttributeError", descr.state[0])
        if value is not None:
            self.incref(value)
        obj.slots[pos] = value
        if old is not None:
            self.decref(old)

    @staticmethod
    def slot_position(descr: HRefs, obj: HObject) -> int:
        # obj.slots lists the most derived type's slots first (subtype_dealloc clears them in that
        # order), so a member's position counts from the end: stable in every subclass.
        _, i, n_owner = descr.state
        return len(obj.slots) - n_owner + i
