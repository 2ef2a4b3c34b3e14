"""Methods of list, dict (and its views) and set/frozenset, as host functions
``fn(rt, self, args, kwargs)`` returning new references; list methods keep the item array's capacity
as list_resize does (heapglass.alloc.sizes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..alloc import dictkeys
from ..heap.kinds import HDict, HLeaf, HList, HTuple
from ..heap.objects import HObject
from .btypes import add_method
from .errors import PyErr
from .methods import _nargs, dict_update, dictviews_isdisjoint, list_ass_slice_resize, norm_index
from .objects import HRefs, HSet
from .settable import (
    set_add,
    set_clear_internal,
    set_copy,
    set_difference,
    set_difference_update_internal,
    set_discard_entry,
    set_intersection,
    set_key_token,
    set_pop,
    set_swap_bodies,
    set_symmetric_difference,
    set_symmetric_difference_update,
    set_union,
    set_update_internal,
)

if TYPE_CHECKING:
    from .runtime import Runtime


# ---------------------------------------------------------------------- list methods
def list_append(rt: Runtime, self: HList, args: list, kw: Any) -> HObject:
    _nargs(rt, "list.append", args, 1, 1)
    rt.incref(args[0])
    rt.list_resize(self, len(self.items) + 1)
    self.items.append(args[0])
    return rt.new_none()


def sized(rt: Runtime, o: HObject) -> int | None:
    """_PyObject_HasLen(o), then PyObject_Size(o) (a Python class's __len__ runs): the length of `o`,
    None when it has none; a TypeError from __len__ is swallowed (None), as its callers do."""
    from .typesys import type_lookup
    tp = o.ob_type
    if tp.static and (n := rt.builtin_length(o)) is not None:
        return n
    if type_lookup(tp, "__len__") is None:   # a dict view's sq_length is its __len__ method here
        return None
    try:
        return rt.length(o)
    except PyErr as err:
        if not rt.exception_matches(err, "TypeError"):
            raise
        rt.clear_error(err)
        return None


def length_hint(rt: Runtime, o: HObject) -> int | None:
    """PyObject_LengthHint(o) as list_extend and PySequence_Tuple ask it of an iterable: its len()
    if it has one (a Python class's __len__ runs; a TypeError from it is swallowed), else its
    __length_hint__ bound by _PyObject_LookupSpecial (a bound method object, released after the
    call; builtin iterators have one). None: no hint (NotImplemented or no hook), the caller's
    default."""
    from .typesys import is_subtype, type_lookup
    n = sized(rt, o)
    if n is not None:
        return n
    tp = o.ob_type
    hook = type_lookup(tp, "__length_hint__")
    if hook is None:
        return None
    bound = rt.descr_get(hook, o, tp)
    try:
        r = rt.call(bound, [], None)
    finally:
        rt.decref(bound)
    try:
        if r is rt.notimplemented:
            return None
        if not is_subtype(r.ob_type, rt.t_int):
            rt.raise_type("TypeError", f"'{r.ob_type.name}' object cannot be interpreted as an integer")
        n = rt.as_int(r)
        if n < 0:
            rt.raise_type("ValueError", "__length_hint__() should return >= 0")
        return n
    finally:
        rt.decref(r)


def extend_items(rt: Runtime, iterable: HObject) -> tuple[list[HObject], int | None]:
    """list_extend's items of `iterable` (new references) and its guess of their number: an exact
    list or tuple directly (guess None: taken whole), else its iterator first, then
    PyObject_LengthHint(iterable, 8), then the items (PySequence_List, list(x), x.extend(y), a
    starred assignment target; PySequence_Tuple asks the same)."""
    if iterable.ob_type in (rt.t_list, rt.t_tuple):
        return rt.iterate_to_list(iterable), None
    it = rt.get_iter(iterable)
    out: list[HObject] = []
    try:
        guess = length_hint(rt, iterable)
        while (x := rt.iter_next(it)) is not None:
            out.append(x)
    except BaseException:
        for x in out:
            rt.decref(x)
        raise
    finally:
        rt.decref(it)
    return out, 8 if guess is None else guess


def sequence_tuple(rt: Runtime, o: HObject) -> HObject:
    """PySequence_Tuple (tuple(x), CALL_FUNCTION_EX's *-value): an exact tuple itself, an exact
    list's items (PyList_AsTuple), else the iterator first, then a tuple of PyObject_LengthHint(o,
    10) slots (PyTuple_New: that length's free list; 0 slots: the empty tuple) filled from it,
    grown by 10 slots and a quarter more whenever full (_PyTuple_Resize: PyObject_GC_Resize
    reallocates the object; the empty tuple is replaced by a new one) and cut back to the items
    it got (none: the slotted tuple freed and the empty tuple returned, or, where fact
    tuple_resize_zero_gives_empty is False, reallocated to a 0-length tuple of its own)."""
    if o.ob_type is rt.t_tuple:
        rt.incref(o)
        return o
    if o.ob_type is rt.t_list:
        return rt.tuple_of(list(o.items))
    it = rt.get_iter(o)
    items: list[HObject] = []
    t: HTuple | None = None
    try:
        hint = length_hint(rt, o)
        n = 10 if hint is None else hint
        if n:
            t = _slotted_tuple(rt, n, items)
        while (x := rt.iter_next(it)) is not None:
            if len(items) >= n:
                n += 10
                n += n >> 2
                if t is None:
                    t = _slotted_tuple(rt, n, items)
                else:
                    _tuple_resize(rt, t, n)
            items.append(x)
    except BaseException:
        if t is not None:
            rt.decref(t)            # the items it got go with it
        else:
            for y in items:
                rt.decref(y)
        raise
    finally:
        rt.decref(it)
    if t is None:
        return rt.tuple_steal([])
    if not items and rt.profile.interp.tuple_resize_zero_gives_empty:
        # _PyTuple_Resize(&result, 0): the n-slot tuple is freed (onto its length's free list);
        # its NULL slots are given None references here, which its dealloc drops again
        t.items = [rt.none] * n
        for _ in range(n):
            rt.incref(rt.none)
        rt.decref(t)
        return rt.tuple_steal([])
    _tuple_resize(rt, t, len(items))
    return t


def _slotted_tuple(rt: Runtime, n: int, items: list[HObject]) -> HTuple:
    """PyTuple_New(n) for a tuple being filled: allocated (and tracked) as n slots long, holding the
    `items` list (still empty: the slots are NULL)."""
    from .sizes import object_size
    t = HTuple()
    t.items = [None] * n          # the free-list bucket is the length
    rt.alloc(t, rt.t_tuple, object_size(rt.profile, "tuple", n))
    t.items = items
    return t


def _tuple_resize(rt: Runtime, t: HTuple, n: int) -> None:
    """_PyTuple_Resize of a tuple being filled: its object reallocated for n slots."""
    from .sizes import object_size
    new = object_size(rt.profile, "tuple", n)
    if new == t.nbytes:
        return
    if rt.max_memory is not None:
        rt.reserve_memory(new - t.nbytes)
    t.addr = rt.heap.memory.realloc(t.addr, t.nbytes, new)
    t.nbytes = new


def _whole_set_or_dict(rt: Runtime, o: HObject) -> bool:
    """3.13 _list_extend's exact kinds besides list and tuple: set, frozenset, dict and its views."""
    T = rt.builtin_types
    return o.ob_type in (rt.t_set, rt.t_frozenset, rt.t_dict, T["dict_keys"], T["dict_values"], T["dict_items"])


def list_extend_from(rt: Runtime, lst: HList, iterable: HObject) -> None:
    """listobject.c: list_extend(lst, iterable) -- the items appended, the item array grown as
    heapglass.alloc.sizes.list_capacity_after_extend says (lst itself is taken whole, as a list);
    where fact list_extend_takes_sets_dicts says so, an exact set or dict (view) is taken whole by
    one list_resize(len + n)."""
    from ..alloc.sizes import list_capacity_after_extend, list_resize
    profile = rt.profile.alloc
    size = len(lst.items)
    if profile.list_extend_takes_sets_dicts and _whole_set_or_dict(rt, iterable):
        new = rt.iterate_to_list(iterable)
        capacity = list_resize(profile, lst.allocated, size, size + len(new))
    else:
        new, guess = extend_items(rt, iterable) if iterable is not lst else (rt.iterate_to_list(lst), None)
        capacity = list_capacity_after_extend(profile, lst.allocated, size, len(new), guess, lst.buf != 0)
    rt.list_set_capacity(lst, capacity)
    lst.items.extend(new)


def iter_length_hint(rt: Runtime, it: HRefs, args: list, kw: Any) -> HObject:
    """__length_hint__ of the builtin iterators: the items left (listiter_len, tupleiter_len,
    unicodeiter_len, listreviter_len, reversed_len, dictiter_len, setiter_len, rangeiter_len, and
    striter_len of bytes_iterator, and iterobject.c iter_len of the sequence iterator: NotImplemented
    for a sequence without len())."""
    import operator
    seq = it.refs[0] if it.refs else None
    name = it.ob_type.name
    if name == "iterator" and seq is not None:
        size = sized(rt, seq)
        if size is None:
            rt.incref(rt.notimplemented)
            return rt.notimplemented
        n = max(0, size - it.state)
    elif name == "range_iterator":
        n = operator.length_hint(it.state)
    elif seq is None:
        n = 0
    elif name in ("list_reverseiterator", "reversed"):
        n = it.state + 1 if 0 <= it.state < len(seq.items) else 0
    elif name in ("list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator"):
        size = len(seq.value) if isinstance(seq, HLeaf) else len(seq.items)
        n = max(0, size - it.state)
    else:   # dict iterators: [tokens, size at creation, position]; set: [slot, size, keys returned]
        _, size, pos = it.state
        n = size - pos if len(seq.entries) == size else 0
    return rt.new_int(n)


def list_extend(rt: Runtime, self: HList, args: list, kw: Any) -> HObject:
    list_extend_from(rt, self, args[0])
    return rt.new_none()


def list_pop(rt: Runtime, self: HList, args: list, kw: Any) -> HObject:
    if not self.items:
        rt.raise_type("IndexError", "pop from empty list")
    i = norm_index(rt, rt.as_int(args[0]) if args else -1, len(self.items), "pop")
    x = self.items.pop(i)
    if not self.items and rt.profile.alloc.list_pop_last_clears:
        rt.heap.list_buffer_release(self)   # list_pop_impl: size_after_pop == 0 -> _list_clear
    else:
        rt.list_set_capacity(self, _shrunk(rt, self))
    return x


def list_insert(rt: Runtime, self: HList, args: list, kw: Any) -> HObject:
    rt.incref(args[1])
    rt.list_resize(self, len(self.items) + 1)
    self.items.insert(rt.as_int(args[0]), args[1])
    return rt.new_none()


def list_remove(rt: Runtime, self: HList, args: list, kw: Any) -> HObject:
    for i, x in enumerate(self.items):
        if x is args[0] or rt.eq(x, args[0]):
            list_ass_slice_resize(rt, self, len(self.items) - 1)   # list_remove: list_ass_slice(i, i + 1)
            del self.items[i]
            rt.decref(x)
            return rt.new_none()
    rt.raise_type("ValueError", "list.remove(x): x not in list")
    raise AssertionError


def _shrunk(rt: Runtime, lst: HList) -> int:
    """list_resize's capacity once the items already shrank to their new length."""
    from ..alloc.sizes import list_resize
    n = len(lst.items)
    return list_resize(rt.profile.alloc, lst.allocated, n + 1, n)


def list_clear(rt: Runtime, self: HList, args: list, kw: Any) -> HObject:
    items, self.items = self.items, []
    rt.heap.list_buffer_release(self)   # _list_clear
    for x in reversed(items):
        rt.decref(x)
    return rt.new_none()


def list_index(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    """list_index_impl / tuple_index_impl: the first match in items[start:stop] (bounds clamped as
    slice indices; the list may change while __eq__ runs, so its length is re-read each step)."""
    _nargs(rt, "index", args, 1, 3)
    n = len(self.items)
    bounds = [rt.index(a) for a in args[1:]] + [0, n][len(args) - 1:]
    start, stop = (max(v + n, 0) if v < 0 else v for v in bounds)
    i = start
    while i < min(stop, len(self.items)):
        x = self.items[i]
        if x is args[0] or rt.eq(x, args[0]):
            return rt.new_int(i)
        i += 1
    rt.raise_type("ValueError", f"{rt.repr(args[0])} is not in list" if isinstance(self, HList) else
                  "tuple.index(x): x not in tuple")
    raise AssertionError


def list_count(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    return rt.new_int(sum(1 for x in list(self.items) if x is args[0] or rt.eq(x, args[0])))


def list_reverse(rt: Runtime, self: HList, args: list, kw: Any) -> HObject:
    self.items.reverse()
    return rt.new_none()


def list_copy(rt: Runtime, self: HList, args: list, kw: Any) -> HObject:
    return rt.new_list(list(self.items))    # new_list takes over the host list it is given


def sort_items(rt: Runtime, items: list[HObject], key: HObject | None, reverse: bool) -> list[HObject]:
    import functools
    if key is not None and key is not rt.none:
        keyed = [(rt.call(key, [x], None), x) for x in items]
    else:
        keyed = [(x, x) for x in items]

    def cmp(p: tuple, q: tuple) -> int:
        r = rt.compare("<", p[0], q[0])
        lt = rt.truthy(r)
        rt.decref(r)
        if lt:
            return -1
        r = rt.compare("<", q[0], p[0])
        gt = rt.truthy(r)
        rt.decref(r)
        return 1 if gt else 0
    try:
        ordered = sorted(keyed, key=functools.cmp_to_key(cmp), reverse=reverse)
    finally:
        if key is not None and key is not rt.none:
            for k, _ in keyed:
                rt.decref(k)
    return [x for _, x in ordered]


def list_sort_parse_keywords(rt: Runtime, kw: dict[str, HObject] | None) -> None:
    """list_sort's Argument Clinic parser (_PyArg_UnpackKeywords): the first call with keywords
    builds its keyword-names tuple where fact clinic_kwtuple_lazy says so."""
    if kw and rt.profile.interp.clinic_kwtuple_lazy:
        rt.arg_parser_kwtuple("list.sort", ("key", "reverse"))
    for key in kw or ():
        if key not in ("key", "reverse"):
            rt.raise_type("TypeError", rt.profile.interp.clinic_bad_keyword_message.format(name="sort", key=key))


def list_sort(rt: Runtime, self: HList, args: list, kw: Any) -> HObject:
    if args:     # list_sort_impl: key and reverse are keyword-only
        rt.raise_type("TypeError", "sort() takes no positional arguments")
    list_sort_parse_keywords(rt, kw)
    kw = kw or {}
    rev = kw.get("reverse")
    self.items = sort_items(rt, self.items, kw.get("key"), bool(rev is not None and rt.truthy(rev)))
    return rt.new_none()


# ---------------------------------------------------------------------- dict methods
def dict_get(rt: Runtime, self: HDict, args: list, kw: Any) -> HObject:
    _nargs(rt, "get", args, 1, 2)
    v = rt.dict_get(self, args[0])
    if v is None:
        v = args[1] if len(args) > 1 else rt.none
    rt.incref(v)
    return v


def dict_setdefault(rt: Runtime, self: HDict, args: list, kw: Any) -> HObject:
    v = rt.dict_get(self, args[0])
    if v is None:
        v = args[1] if len(args) > 1 else rt.none
        rt.dict_setitem(self, args[0], v)
    rt.incref(v)
    return v


def dict_pop(rt: Runtime, self: HDict, args: list, kw: Any) -> HObject:
    tok = rt.key_token(args[0])
    e = self.entries.pop(tok, None)
    if e is None:
        if len(args) > 1:
            rt.incref(args[1])
            return args[1]
        rt.throw_keyerror(args[0])
    self.ma_version += 1
    rt.decref(e[0])
    return e[1]


def dict_popitem(rt: Runtime, self: HDict, args: list, kw: Any) -> HObject:
    if not self.entries:
        rt.raise_type("KeyError", "popitem(): dictionary is empty")
    tok = next(reversed(self.entries))
    k, v = self.entries.pop(tok)
    return rt.tuple_steal([k, v])


def dict_view(kind: str) -> Callable:
    def view(rt: Runtime, self: HDict, args: list, kw: Any) -> HObject:
        v = HRefs()
        v.refs = [self]
        v.state = None
        rt.incref(self)
        return rt.alloc(v, rt.builtin_types[kind], 48)
    return view


def dict_clear(rt: Runtime, self: HDict, args: list, kw: Any) -> HObject:
    """PyDict_Clear: the dict goes back to the shared empty keys; its own table is freed."""
    entries, self.entries = self.entries, {}
    table = dictkeys.clear(rt.heap.memory, self)
    for k, v in entries.values():
        rt.decref(k)
        rt.decref(v)
    dictkeys.free_table(rt.heap.memory, *table)
    return rt.new_none()


def dict_copy(rt: Runtime, self: HDict, args: list, kw: Any) -> HObject:
    d = rt.new_dict()
    dict_update(rt, d, self)
    return d


def dict_update_m(rt: Runtime, self: HDict, args: list, kw: Any) -> HObject:
    """dict_update_common: the positional argument merged (3.8 looks up its keys method first, fact
    dict_update_looks_up_keys), then the keywords."""
    if args:
        if rt.profile.interp.dict_update_looks_up_keys:
            keys = rt.lookup_attr(args[0], "keys")
            if keys is not None:
                rt.decref(keys)
        dict_update(rt, self, args[0])
    for k, v in (kw or {}).items():
        rt.dict_setitem_str(self, k, v)
    return rt.new_none()


def dict_fromkeys(rt: Runtime, tp: HObject, args: list, kw: Any) -> HObject:
    """_PyDict_FromKeys: cls() (dict_new for dict itself), filled by PyObject_SetItem."""
    from .methods import new_dict
    d = new_dict(rt, tp, [], None) if tp.static else rt.call(tp, [], None)
    v = args[1] if len(args) > 1 else rt.none
    for k in rt.iterate_to_list(args[0]):
        rt.setitem(d, k, v)
        rt.decref(k)
    return d


def view_len(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    return rt.new_int(len(self.refs[0].entries))


def dictview_repr(rt: Runtime, view: HRefs) -> str:
    """dictview_repr: '...' for a view already being repr'd (Py_ReprEnter on the view), else the
    type's name around the repr of PySequence_List(view) — a new list, freed after."""
    if rt.repr_enter(view):
        return "..."
    try:
        seq = rt.new_list([])
        try:
            list_extend_from(rt, seq, view)
            return f"{view.ob_type.name}({rt.repr(seq)})"
        finally:
            rt.decref(seq)
    finally:
        rt.repr_leave(view)


# dict_reversed, dictkeys_reversed, dictvalues_reversed, dictitems_reversed: the iterator type each makes
REVERSE_ITERATORS = {"dict": "dict_reversekeyiterator", "dict_keys": "dict_reversekeyiterator",
                     "dict_values": "dict_reversevalueiterator", "dict_items": "dict_reverseitemiterator"}


def dict_reversed(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    """dict_reversed / dict*_reversed (3.8+): dictiter_new over the dict with a reverse iterator type,
    its position at the last entry."""
    from .btypes import dictiter_new
    _nargs(rt, "__reversed__", args, 0, 0)
    d = self if isinstance(self, HDict) else self.refs[0]
    tp = rt.builtin_types[REVERSE_ITERATORS[self.ob_type.name if self.ob_type.static else "dict"]]
    return dictiter_new(rt, tp, d, reverse=True)


def dictview_mapping(rt: Runtime, self: HRefs) -> HObject:
    """dictview_mapping (3.10+): a new mappingproxy of the view's dict (PyDictProxy_New)."""
    return mappingproxy_new(rt, self.refs[0])


def mappingproxy_new(rt: Runtime, mapping: HObject) -> HObject:
    """PyDictProxy_New: a GC object holding the mapping (mappingproxy_check_mapping passed)."""
    p = HRefs()
    p.refs = [mapping]
    p.state = None
    rt.incref(mapping)
    return rt.alloc(p, rt.builtin_types["mappingproxy"], rt.sizes("mappingproxy"))


def _proxied(call: Callable) -> Callable:
    """A mappingproxy method: the same operation on the proxied mapping (mappingproxy_getitem,
    mappingproxy_len, mappingproxy_contains, mappingproxy_get/keys/values/items/copy)."""
    def m(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
        return call(rt, self.refs[0], args)
    return m


def _proxy_compare(op: str) -> Callable:
    """mappingproxy_richcompare: the proxied mapping compared with the other operand."""
    return lambda rt, d, a: rt.compare(op, d, a[0])


def install_mappingproxy(rt: Runtime) -> None:
    """The mappingproxy type (Objects/descrobject.c PyDictProxy_Type) with its read-only methods."""
    from .btypes import make_static_type
    tp = make_static_type(rt, "mappingproxy", {}, base=rt.t_object, layout="object", is_gc=True)
    rt.builtin_types["mappingproxy"] = tp
    methods = {
        "__getitem__": lambda rt_, d, a: rt_.getitem(d, a[0]),
        "__len__": lambda rt_, d, a: rt_.new_int(rt_.length(d)),
        "__contains__": lambda rt_, d, a: rt_.new_bool(rt_.contains(d, a[0])),
        "__iter__": lambda rt_, d, a: rt_.get_iter(d),
        "__repr__": lambda rt_, d, a: rt_.new_str(f"mappingproxy({rt_.repr(d)})"),
        "__str__": lambda rt_, d, a: rt_.new_str(rt_.str(d)),
        **{name: _proxy_compare(op) for name, op in (("__eq__", "=="), ("__ne__", "!="), ("__lt__", "<"),
                                                     ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">="))},
        "get": lambda rt_, d, a: rt_.call_method(d, "get", a),
        "keys": lambda rt_, d, a: rt_.call_method(d, "keys", a),
        "values": lambda rt_, d, a: rt_.call_method(d, "values", a),
        "items": lambda rt_, d, a: rt_.call_method(d, "items", a),
        "copy": lambda rt_, d, a: rt_.call_method(d, "copy", a),
    }
    for name, call in methods.items():
        add_method(rt, tp, name, _proxied(call))


# ---------------------------------------------------------------------- set methods
# (the table and the set algebra are interp/settable.py's; these are the method wrappers)
def set_add_m(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
    set_add(rt, self, args[0])
    return rt.new_none()


def set_discard(strict: bool) -> Callable:
    """set_discard / set_remove (KeyError when the key is missing)."""
    def m(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
        if not set_discard_entry(rt, self, set_key_token(rt, args[0])) and strict:
            rt.throw_keyerror(args[0])
        return rt.new_none()
    return m


def set_pop_m(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
    return set_pop(rt, self)


def set_update(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
    for a in args:
        set_update_internal(rt, self, a)
    return rt.new_none()


def set_clear(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
    set_clear_internal(rt, self)
    return rt.new_none()


def set_union_m(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
    return set_union(rt, self, args)


def set_intersection_multi(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
    """set_intersection_multi: a copy without arguments, else so intersected with each in turn."""
    if not args:
        return set_copy(rt, self)
    rt.incref(self)
    result = self
    for other in args:
        try:
            new = set_intersection(rt, result, other)
        finally:
            rt.decref(result)
        result = new
    return result


def set_difference_multi(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
    """set_difference_multi: a copy without arguments, else set_difference with the first and the
    others discarded from that result."""
    if not args:
        return set_copy(rt, self)
    result = set_difference(rt, self, args[0])
    try:
        for other in args[1:]:
            set_difference_update_internal(rt, result, other)
    except BaseException:
        rt.decref(result)
        raise
    return result


def set_symmetric_difference_m(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
    _nargs(rt, f"{rt.type_name(self)}.symmetric_difference", args, 1, 1)
    return set_symmetric_difference(rt, self, args[0])


def set_intersection_update_multi(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
    """set_intersection_update_multi: the intersection's body swapped into the set."""
    tmp = set_intersection_multi(rt, self, args, kw)
    set_swap_bodies(self, tmp)
    rt.decref(tmp)
    return rt.new_none()


def set_difference_update_m(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
    for other in args:
        set_difference_update_internal(rt, self, other)
    return rt.new_none()


def set_symmetric_difference_update_m(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
    _nargs(rt, "set.symmetric_difference_update", args, 1, 1)
    set_symmetric_difference_update(rt, self, args[0])
    return rt.new_none()


def set_rel(fn: Callable) -> Callable:
    def m(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
        items = rt.iterate_to_list(args[0])
        toks = {rt.key_token(x) for x in items}
        for x in items:
            rt.decref(x)
        return rt.new_bool(fn(set(self.entries), toks))
    return m


def set_copy_m(rt: Runtime, self: HSet, args: list, kw: Any) -> HObject:
    """set_copy; frozenset_copy gives an exact frozenset itself."""
    if self.ob_type is rt.t_frozenset:
        rt.incref(self)
        return self
    return set_copy(rt, self)


def list_reversed(rt: Runtime, self: HList, args: list, kw: Any) -> HObject:
    """list.__reversed__ (list___reversed___impl): a list_reverseiterator from the last item."""
    from .btypes import new_iterator
    _nargs(rt, "__reversed__", args, 0, 0)
    return new_iterator(rt, rt.t_list_reverseiterator, [self], len(self.items) - 1)


def install_container_methods(rt: Runtime) -> None:
    """Attach the list, tuple, dict and set methods above to their types."""
    T = rt.builtin_types
    lst = rt.t_list
    for name, fn in {"append": list_append, "extend": list_extend, "pop": list_pop, "insert": list_insert,
                     "remove": list_remove, "clear": list_clear, "index": list_index, "count": list_count,
                     "reverse": list_reverse, "copy": list_copy, "sort": list_sort,
                     "__reversed__": list_reversed}.items():
        add_method(rt, lst, name, fn)
    for name, fn in {"index": list_index, "count": list_count}.items():
        add_method(rt, rt.t_tuple, name, fn)
    d = rt.t_dict
    for name, fn in {"get": dict_get, "setdefault": dict_setdefault, "pop": dict_pop, "popitem": dict_popitem,
                     "keys": dict_view("dict_keys"), "values": dict_view("dict_values"),
                     "items": dict_view("dict_items"), "clear": dict_clear, "copy": dict_copy,
                     "update": dict_update_m}.items():
        add_method(rt, d, name, fn)
    add_method(rt, d, "fromkeys", dict_fromkeys, kind="classmethod")
    add_method(rt, d, "__reversed__", dict_reversed)
    for v in ("dict_keys", "dict_values", "dict_items"):
        add_method(rt, T[v], "__len__", view_len)
        add_method(rt, T[v], "__reversed__", dict_reversed)
        if rt.profile.interp.dictview_mapping:
            add_method(rt, T[v], "mapping", dictview_mapping, kind="getset")
    for v in ("dict_keys", "dict_items"):
        add_method(rt, T[v], "isdisjoint", dictviews_isdisjoint)
    for v in ("iterator", "list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator",
              "list_reverseiterator", "reversed", "range_iterator", "dict_keyiterator", "dict_valueiterator",
              "dict_itemiterator", "set_iterator", "dict_reversekeyiterator", "dict_reversevalueiterator",
              "dict_reverseitemiterator"):
        add_method(rt, T[v], "__length_hint__", iter_length_hint)
    for st in (rt.t_set, rt.t_frozenset):
        for name, fn in {"union": set_union_m, "intersection": set_intersection_multi,
                         "difference": set_difference_multi,
                         "symmetric_difference": set_symmetric_difference_m,
                         "issubset": set_rel(lambda a, b: a <= b), "issuperset": set_rel(lambda a, b: a >= b),
                         "isdisjoint": set_rel(lambda a, b: not (a & b)), "copy": set_copy_m}.items():
            add_method(rt, st, name, fn)
    for name, fn in {"add": set_add_m, "discard": set_discard(False), "remove": set_discard(True),
                     "pop": set_pop_m, "update": set_update, "clear": set_clear,
                     "intersection_update": set_intersection_update_multi,
                     "difference_update": set_difference_update_m,
                     "symmetric_difference_update": set_symmetric_difference_update_m}.items():
        add_method(rt, rt.t_set, name, fn)
