"""The attributes every descriptor object has (Objects/descrobject.c descr_members / descr_getset):
``__name__``, ``__qualname__`` (``Owner.name``, descr_get_qualname) and ``__objclass__`` (the type
that defined it) on method, getset and member descriptors; ``__doc__`` of the descriptors type_new
makes for a class (``__dict__``, ``__weakref__``: subtype_getsets_full; slot members: None).

Two representations reach here: the static descriptors of builtin types (`HDescr`: a name and the
owner type's name) and the ones type_new creates on the heap (`HRefs`: refs[0] is the class,
state[0] the name, state[1] the slot index or -1 for a getset)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import Unsupported
from .objects import HDescr

if TYPE_CHECKING:
    from ..heap.objects import HObject
    from .runtime import Runtime


def _name_and_owner(rt: Runtime, d: Any) -> tuple[str, HObject]:
    if isinstance(d, HDescr):
        owner = rt.builtin_types.get(d.owner)
        if owner is None:
            raise Unsupported(f"attributes of descriptor {d.owner}.{d.name}")
        return d.name, owner
    return d.state[0], d.refs[0]


def descr_name(rt: Runtime, d: Any) -> HObject:
    return rt.new_str(_name_and_owner(rt, d)[0])


def descr_qualname(rt: Runtime, d: Any) -> HObject:
    name, owner = _name_and_owner(rt, d)
    return rt.new_str(f"{owner.extra.qualname or owner.name}.{name}")


def descr_objclass(rt: Runtime, d: Any) -> HObject:
    owner = _name_and_owner(rt, d)[1]
    rt.incref(owner)
    return owner


def descr_doc(rt: Runtime, d: Any) -> HObject:
    if isinstance(d, HDescr):       # the builtin types' docstrings are not part of the model
        raise Unsupported(f"__doc__ of builtin descriptor {d.owner}.{d.name}")
    name, slot_index = d.state[0], d.state[1]
    if slot_index >= 0:             # a __slots__ member: PyMemberDef without doc
        return rt.new_none()
    dict_doc, weakref_doc = rt.profile.interp.instance_getset_docs
    return rt.new_str(dict_doc if name == "__dict__" else weakref_doc)


def descr_repr(rt: Runtime, d: Any) -> str:
    """method_repr / getset_repr / member_repr: the kind, the name and the owner type's name."""
    if isinstance(d, HDescr):
        what = ("member" if d.ob_type is rt.t_member else "attribute") if d.kind == "getset" else "method"
        name, owner = d.name, d.owner
    else:
        what = "member" if d.ob_type is rt.t_member else "attribute"
        name, owner = d.state[0], d.refs[0].name
    return f"<{what} '{name}' of '{owner}' objects>"


def install(rt: Runtime) -> None:
    from .methods import _getset
    for tname in ("getset_descriptor", "member_descriptor", "method_descriptor"):
        tp = rt.builtin_types[tname]
        for attr, getter in (("__name__", descr_name), ("__qualname__", descr_qualname),
                             ("__objclass__", descr_objclass), ("__doc__", descr_doc)):
            tp.extra.methods[attr] = _getset(rt, tp, attr, getter)
