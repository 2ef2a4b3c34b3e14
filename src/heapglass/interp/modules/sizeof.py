"""`sys.getsizeof` of a simulated object: Python/sysmodule.c `_PySys_GetSizeOf` — the type's
``__sizeof__`` plus the GC head (3.8-3.10) or the pre-header (3.11+) — with the builtin types'
``__sizeof__`` computed by `heapglass.alloc.sizes` from the object's current state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...alloc import sizes
from ...heap.kinds import HDict, HInstance, HLeaf, HList, HTuple, HWeakref
from ...heap.objects import HObject, HType
from ..btypes import add_method
from ..errors import PyErr
from ..exc_fields import exception_size
from ..objects import HDescr, HExc, HFunction, HSet
from ..subclass_instances import SUBCLASS_KINDS
from ..subclass_instances import builtin_sizeof as subclass_sizeof
from ..typesys import type_lookup
from .args import c_int
from .facts import module_facts

if TYPE_CHECKING:
    from ..runtime import Runtime


def builtin_sizeof(rt: Runtime, op: HObject) -> int:
    """getsizeof of an object whose type's __sizeof__ is a builtin one (GC head / pre-header
    included), from its current contents."""
    a = rt.profile.alloc
    tp = op.ob_type
    if isinstance(op, SUBCLASS_KINDS):
        return subclass_sizeof(rt, op)
    if isinstance(op, HLeaf):
        v = op.value
        if isinstance(v, int):   # bool too
            return sizes.int_size(a, int(v))[0]
        if isinstance(v, str):
            return sizes.str_size(a, v)[0]
        if isinstance(v, bytes):
            return sizes.bytes_size(a, len(v))[0]
        if isinstance(v, float):
            return sizes.fixed(a, "float")[0]
        if isinstance(v, complex):
            return sizes.fixed(a, "complex")[0]
        if isinstance(v, range):
            return sizes.fixed(a, "range")[0]
        if v is None or v is Ellipsis or v is NotImplemented:
            return sizes.fixed(a, "object")[0]
    if isinstance(op, HTuple):
        return sizes.tuple_size(a, len(op.items))[0]
    if isinstance(op, HList):   # the interpreter keeps `allocated` only where it models list_resize
        return sizes.list_size(a, max(op.allocated, len(op.items)))[0]
    if isinstance(op, HDict):
        obj = sizes.dict_size(a, sizes.DictShape())[0]
        if op.keys_nbytes:
            return obj + op.keys_nbytes
        str_keys = all(isinstance(t, str) for t in op.entries)
        return sizes.dict_size(a, sizes.dict_shape_after_inserts(a, len(op.entries), str_keys))[0]
    if isinstance(op, HSet):
        return sizes.set_size(a, op.mask + 1)[0]
    if isinstance(op, HWeakref):   # a subclass instance (weakrefmod.HWeakrefInstance) is bigger
        return sizes.fixed(a, "weakref")[0] if tp.static else op.nbytes
    if isinstance(op, HFunction):
        return sizes.fixed(a, "function")[0]
    if isinstance(op, HType):
        if op.static:
            return module_facts(rt.profile).static_type_sizeof
        # a metaclass (its instances are classes) has cached keys only where alloc.metatype_cached_keys
        return sizes.class_size(a, op.extra.layout != "type" or a.metatype_cached_keys)
    if isinstance(op, HExc):
        return exception_size(rt, tp)[0]
    if isinstance(op, HInstance) and not tp.static:
        info = tp.extra
        return sizes.instance_size(a, len(info.slot_names), info.has_dict, tp.weakrefable)[0]
    kind = {"method": "method", "cell": "cell", "module": "module", "slice": "slice",
            "object": "object"}.get(tp.name)
    if kind is not None:
        return sizes.fixed(a, kind)[0]
    return op.nbytes


def header_size(rt: Runtime, op: HObject) -> int:
    """What _PySys_GetSizeOf adds to a user __sizeof__: the GC head (3.8-3.10), or
    _PyType_PreHeaderSize (GC head + managed dict/weakref pre-header, 3.11+)."""
    a = rt.profile.alloc
    if not op.is_gc:
        return 0
    tp = op.ob_type
    pre = 0
    if not tp.static and tp.extra is not None:   # an exception's dict is in its struct
        has_dict = getattr(tp.extra, "has_dict", False) and not isinstance(op, HExc)
        pre = sizes.instance_preheader(a, has_dict, tp.weakrefable)
    return a.gc_head_size + pre


def getsizeof(rt: Runtime, op: HObject, default: HObject | None) -> HObject:
    """sys.getsizeof(object[, default]): a new reference. A TypeError from __sizeof__ gives
    `default` when one was passed."""
    meth = type_lookup(op.ob_type, "__sizeof__")
    if meth is None:
        return rt.new_int(builtin_sizeof(rt, op))
    # _PySys_GetSizeOf: _PyObject_LookupSpecial binds __sizeof__ (a bound builtin method, or a
    # method object), calls it, and releases it before adding the GC header
    bound = rt.descr_get(meth, op, op.ob_type)
    try:
        if isinstance(meth, HDescr):
            rt.decref(bound)
            return rt.new_int(builtin_sizeof(rt, op))
        try:
            r = rt.call(bound, [], None)
        finally:
            rt.decref(bound)
        try:
            n = c_int(rt, r) if not (isinstance(r, HLeaf) and isinstance(r.value, int)) else r.value
        finally:
            rt.decref(r)
        if n < 0:
            rt.raise_type("ValueError", "__sizeof__() should return >= 0")
    except PyErr as err:
        if default is not None and rt.exception_matches(err, "TypeError"):
            rt.clear_error(err)
            rt.incref(default)
            return default
        raise
    return rt.new_int(n + header_size(rt, op))


def object_sizeof(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    """object.__sizeof__ (and the builtin types' own): the size without the GC head / pre-header
    that sys.getsizeof adds (typeobject.c: object___sizeof___impl, list___sizeof___impl, ...)."""
    if args or kw:
        rt.raise_type("TypeError", f"{rt.type_name(self)}.__sizeof__() takes no arguments ({len(args)} given)")
    return rt.new_int(builtin_sizeof(rt, self) - header_size(rt, self))


def install_sizeof(rt: Runtime) -> None:
    """Give `object` its __sizeof__ unless the interpreter already defines one, and the types with
    a __sizeof__ of their own theirs (int___sizeof___impl, unicode___sizeof___impl, list___sizeof__,
    dict_sizeof, set_sizeof, type___sizeof___impl: [RUN 3.8.18-3.13.0] '__sizeof__' in T.__dict__;
    bytes and tuple use object's)."""
    for tp in (rt.t_object, rt.t_int, rt.t_str, rt.t_list, rt.t_dict, rt.t_set, rt.t_frozenset, rt.t_type):
        if "__sizeof__" not in tp.extra.methods:
            add_method(rt, tp, "__sizeof__", object_sizeof)
