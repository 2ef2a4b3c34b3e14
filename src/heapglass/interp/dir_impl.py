"""dir(obj) as CPython builds it, object by object (Objects/object.c _dir_object, typeobject.c
object___dir___impl / type___dir___impl / merge_class_dict, moduleobject.c module_dir).

_dir_object looks `__dir__` up on the type (_PyObject_LookupSpecial: for the builtin ones a bound
builtin method), calls it and turns its result into a new sorted list (PySequence_List, PyList_Sort).
The builtin __dir__s build a dict of names: an instance's __dict__ copied (or a new dict), then
merge_class_dict for its class and, recursively, the bases. Each class level reads the class's
`__dict__` — a mappingproxy — and PyDict_Update takes dict_merge's generic path for it:
PyMapping_Keys(proxy) calls proxy.keys() (which calls the dict's keys(): a dict_keys view),
iterates the view into a list (PySequence_List), iterates that list and stores each name. Those
short-lived objects are what gc.get_count() and the free lists see (profile fact
interp.c_call_method_binds: 3.8's _PyObject_CallMethodId binds proxy.keys and dict.keys).

The walk does not go through the model's mappingproxy (containers.mappingproxy_new, what
`cls.__dict__` gives); the proxy stands in as a short-lived GC object of the dict_keys view's type
and size (both a header and one pointer). Builtin types list the names the model
implements, not CPython's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..heap.kinds import HDict, HLeaf
from ..heap.objects import HObject, HType
from .btypes import new_iterator
from .objects import HModule

if TYPE_CHECKING:
    from .runtime import Runtime


def dir_object(rt: Runtime, o: HObject) -> HObject:
    """_dir_object: the bound __dir__ called, its result as a new sorted list."""
    from .containers import list_extend_from, sort_items
    from .typesys import type_lookup
    custom = type_lookup(o.ob_type, "__dir__")
    if custom is not None and not o.ob_type.static:
        dirfunc = rt.getattr(o, "__dir__")
    else:
        impl = module_dir if isinstance(o, HModule) else type_dir if isinstance(o, HType) else object_dir
        # the method descriptor's tp_descr_get: a builtin method bound to o (METH_NOARGS)
        dirfunc = rt.define_builtin("__dir__", lambda rt_, args, kw: impl(rt_, o))
    try:
        result = rt.call(dirfunc, [], None)
    finally:
        rt.decref(dirfunc)
    try:
        names = rt.list_steal([])
        try:
            list_extend_from(rt, names, result)
        except BaseException:
            rt.decref(names)
            raise
    finally:
        rt.decref(result)
    try:
        names.items = sort_items(rt, names.items, None, False)
    except BaseException:
        rt.decref(names)
        raise
    return names


def object_dir(rt: Runtime, o: HObject) -> HObject:
    """object___dir___impl: a copy of the instance's __dict__ (or a new dict) with its class's names
    merged in; PyDict_Keys of that."""
    from .containers import dict_copy
    d = rt.lookup_attr(o, "__dict__")
    if isinstance(d, HDict):
        names = dict_copy(rt, d, [], None)     # PyDict_Copy
        rt.decref(d)
    else:
        if d is not None:
            rt.decref(d)
        names = rt.new_dict()
    try:
        cls = rt.lookup_attr(o, "__class__")
        if cls is not None:
            try:
                merge_class_dict(rt, names, cls)
            finally:
                rt.decref(cls)
        return _dict_keys(rt, names)
    finally:
        rt.decref(names)


def type_dir(rt: Runtime, tp: HType) -> HObject:
    """type___dir___impl: a new dict, the class's and its bases' names merged in, PyDict_Keys."""
    names = rt.new_dict()
    try:
        merge_class_dict(rt, names, tp)
        return _dict_keys(rt, names)
    finally:
        rt.decref(names)


def module_dir(rt: Runtime, m: HModule) -> HObject:
    """module_dir: the module dict's own __dir__ if it has one, else PyDict_Keys of the dict."""
    entry = m.dict.entries.get("__dir__")
    if entry is not None:
        return rt.call(entry[1], [], None)
    return _dict_keys(rt, m.dict)


def merge_class_dict(rt: Runtime, names: HDict, cls: HObject) -> None:
    """merge_class_dict: PyDict_Update(names, cls.__dict__), then each of cls.__bases__ in turn."""
    if not isinstance(cls, HType):
        return
    entries = _class_entries(rt, cls)
    proxy = new_iterator(rt, rt.builtin_types["dict_keys"], [], None)    # type_dict: PyDictProxy_New
    try:
        keys = _proxy_keys(rt, [k for k, _ in entries])
        it = rt.get_iter(keys)
        rt.decref(keys)
        try:
            values = dict(entries)
            while (key := rt.iter_next(it)) is not None:
                try:
                    rt.dict_setitem_str(names, rt.as_str(key), values[key])
                finally:
                    rt.decref(key)
        finally:
            rt.decref(it)
    finally:
        rt.decref(proxy)
    for base in cls.extra.bases:      # type.__bases__
        merge_class_dict(rt, names, base)


def _proxy_keys(rt: Runtime, keys: list[HObject]) -> HObject:
    """PyMapping_Keys(proxy): method_output_as_list(proxy, 'keys') — proxy.keys() returns the class
    dict's keys() view; the view's iterator is made into a list (PySequence_List)."""
    binds = rt.profile.interp.c_call_method_binds
    outer = rt.define_builtin("keys", _unused) if binds else None        # proxy.keys, bound
    inner = rt.define_builtin("keys", _unused) if binds else None        # dict.keys, bound
    view = new_iterator(rt, rt.builtin_types["dict_keys"], [], None)
    if inner is not None:
        rt.decref(inner)
    if outer is not None:
        rt.decref(outer)
    try:
        it = new_iterator(rt, rt.t_dict_keyiterator, [], [keys, len(keys), 0])
        try:
            for k in keys:
                rt.incref(k)
            return rt.list_steal(list(keys))
        finally:
            rt.decref(it)
    finally:
        rt.decref(view)


def _unused(rt: Runtime, args: list, kw: Any) -> HObject:
    raise AssertionError("a stand-in bound method is never called")


def _class_entries(rt: Runtime, tp: HType) -> list[tuple[HObject, HObject]]:
    """The (name, value) pairs of the class's own dict, borrowed: a heap class's dict, a builtin
    type's methods the model implements."""
    if tp.static:
        return [(rt.str_const(name), value) for name, value in tp.extra.methods.items()]
    d = tp.dict_obj
    return [(k, v) for k, v in d.entries.values()
            if isinstance(k, HLeaf) and isinstance(k.value, str)] if d is not None else []


def _dict_keys(rt: Runtime, d: HDict) -> HObject:
    """PyDict_Keys: a new list of exactly the dict's keys."""
    keys = [k for k, _ in d.entries.values()]
    for k in keys:
        rt.incref(k)
    return rt.list_steal(keys)
