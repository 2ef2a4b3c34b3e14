"""The object kinds the heap core knows: their payload, tp_traverse, tp_clear and tp_dealloc.

Each kind mirrors the CPython deallocator of that type, in its order (which is observable through
`__del__` and weakref callbacks): list and tuple drop their items last-to-first; dict drops key, value
pairs first-to-last; a Python class instance follows `subtype_dealloc` (Objects/typeobject.c).
The interpreter builds its values on these kinds; a test can build heaps from them directly.

Deallocators are generators: ``if (yield TRASHCAN): return`` is `Py_TRASHCAN_BEGIN` (the driver answers
True when it deposited the object for later); every other yielded object is one reference to drop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .objects import HObject, HType

TRASHCAN = object()   # sentinel yielded by a deallocator at Py_TRASHCAN_BEGIN


class HGCObject(HObject):
    """Base of kinds that have a GC header (Py_TPFLAGS_HAVE_GC)."""

    __slots__ = ()
    is_gc = True
    is_leaf = False


class HList(HGCObject):
    """list: ``items`` (host list of HObject), ``allocated`` capacity, ``buf`` address of ob_item."""

    __slots__ = ("allocated", "buf", "items")

    def traverse(self) -> Iterable[HObject]:   # list_traverse visits ob_item[size-1] down to ob_item[0]
        return reversed(self.items)

    def tp_clear(self, heap: Any) -> None:     # _list_clear: drop items last-to-first
        items, self.items = self.items, []
        heap.list_buffer_release(self)
        for i in range(len(items) - 1, -1, -1):
            heap.decref(items[i])

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # list_dealloc
        if self.gc_next is not None:
            heap.gc_untrack(self)
        if (yield TRASHCAN):
            return
        items = self.items
        yield from reversed(items)
        self.items = []
        heap.list_buffer_release(self)
        heap.free_object(self)


class HTuple(HGCObject):
    """tuple: ``items`` (host tuple or list of HObject). The empty tuple is a singleton."""

    __slots__ = ("items",)

    def traverse(self) -> Iterable[HObject]:   # tupletraverse visits ob_item[size-1] down to ob_item[0]
        return reversed(self.items)

    @property
    def freelist_key(self) -> int:  # type: ignore[override]
        return len(self.items)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # tupledealloc: items last-to-first
        if self.gc_next is not None:
            heap.gc_untrack(self)
        if (yield TRASHCAN):
            return
        yield from reversed(self.items)
        heap.free_object(self)


class HDict(HGCObject):
    """dict: ``entries`` maps a host key token to ``(key, value)``, in insertion order.

    The token is chosen by whoever inserts (the interpreter hashes simulated keys); the heap core treats
    it as opaque. ``keys_addr`` is the address of the keys table, ``values_addr`` of a split table's
    values (0 when there is none). ``ma_version`` counts mutations (iteration guards).
    ``general_keys``: a key that is not an exact str has been inserted since the last clear, so the
    keys table is general (not DK_IS_UNICODE / lookdict_unicode) and stays so; inserters report keys
    with `note_key`."""

    __slots__ = ("entries", "general_keys", "keys_addr", "keys_nbytes", "ma_version", "owner", "values_addr")

    def __init__(self) -> None:
        self.general_keys = False

    def note_key(self, key: HObject) -> None:
        """insertdict of `key` (in 3.8-3.9 any lookup too: profile fact
        ``objects.dict_lookup_generalises_keys``): a key that is not an exact str makes the keys table
        general for good, until PyDict_Clear."""
        if not self.general_keys and not _is_exact_str(key):
            self.general_keys = True

    def traverse(self) -> Iterable[HObject]:   # dict_traverse
        # A unicode-keys dict (DK_IS_UNICODE; lookdict_unicode before 3.11) visits its values only; a
        # general one visits value, then key, of each entry ([RUN] gc.get_referents({'a': x}) == [x],
        # gc.get_referents({1: x}) == [x, 1], and after d = {1: x}; del d[1]; d['a'] = x: [x, 'a']).
        # A non-str key found here was inserted at some point: it makes the table general too.
        entries = self.entries.values()
        if not self.general_keys:
            if all(_is_exact_str(k) for k, _ in entries):
                for _, v in entries:
                    yield v
                return
            self.general_keys = True
        for k, v in entries:
            yield v
            yield k

    def tp_clear(self, heap: Any) -> None:     # dict_tp_clear → PyDict_Clear
        entries, self.entries = self.entries, {}
        self.general_keys = False             # the shared empty keys are unicode again
        self.ma_version += 1
        for k, v in entries.values():
            heap.decref(k)
            heap.decref(v)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # dict_dealloc: key, value, first-to-last
        heap.gc_untrack(self)
        if (yield TRASHCAN):
            return
        for k, v in self.entries.values():
            yield k
            yield v
        self.entries = {}
        heap.dict_tables_release(self)
        heap.free_object(self)


def _is_exact_str(op: HObject) -> bool:
    tp = op.ob_type
    return tp is not None and tp.static and tp.name == "str"


class InstanceFields:
    """What a Python class adds to its builtin base's struct, and subtype_traverse / subtype_clear /
    subtype_dealloc over it, before the base's own tp_traverse / tp_clear / dealloc (the next class
    in the host MRO: `HGCObject` for `object`, `HList` for a list subclass, ...). A concrete kind
    declares the slots ``dict``, ``slots``, ``values`` (see `HInstance`)."""

    __slots__ = ()
    DICT_IN_STRUCT = False   # True: the builtin base owns the dict (exceptions): release_fields drops it

    def traverse(self) -> Iterator[HObject]:   # subtype_traverse, then the base's tp_traverse
        if self.slots:
            for v in self.slots:
                if v is not None:
                    yield v
        if self.values:
            yield from self.values.values()
        if self.dict is not None:
            yield self.dict
        tp = self.ob_type
        if not tp.static:
            yield tp
        yield from super().traverse()   # type: ignore[misc]

    def tp_clear(self, heap: Any) -> None:     # subtype_clear: slots, the dict / values, then the base's
        if self.slots:
            for i, v in enumerate(self.slots):
                if v is not None:
                    self.slots[i] = None
                    heap.decref(v)
        if self.values:
            values, self.values = self.values, {}
            for v in values.values():
                heap.decref(v)
        if self.dict is not None:
            d, self.dict = self.dict, None
            heap.decref(d)
        super().tp_clear(heap)   # type: ignore[misc]

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # subtype_dealloc
        tp = self.ob_type
        heap.gc_untrack(self)
        if (yield TRASHCAN):
            return
        finalizer = heap.type_finalizer(tp)
        if finalizer is not None:
            heap.gc_track(self)
            if heap.call_finalizer_from_dealloc(self, finalizer):
                return   # resurrected: the object lives on, __del__ will not run again
            heap.gc_untrack(self)
        if tp.weakrefable:
            heap.clear_weakrefs(self)           # PyObject_ClearWeakRefs: callbacks run here
        legacy = heap.type_legacy_finalizer(tp)
        if legacy is not None:
            legacy(heap, self)
        if finalizer is not None or legacy is not None:
            heap.clear_weakrefs_no_callbacks(self)   # weakrefs created by the finalizer
        if self.slots:
            for i, v in enumerate(self.slots):
                if v is not None:
                    self.slots[i] = None
                    yield v
        if self.values:
            values, self.values = self.values, None
            yield from values.values()
        if self.dict is not None and not self.DICT_IN_STRUCT:
            d, self.dict = self.dict, None
            yield d
        yield from self.release_fields()   # the builtin base's own fields (basedealloc)
        heap.free_object(self)
        if not tp.static:
            yield tp

    def release_fields(self) -> Iterable[HObject]:
        """References the builtin base type's deallocator drops after subtype_dealloc's part (e.g.
        BaseException_dealloc's args, traceback, context, cause); none for `object`."""
        return ()


class HInstance(InstanceFields, HGCObject):
    """An instance of a Python class (subtype of object).

    ``dict`` is the materialised instance dict (an HDict) or None; ``values`` the managed/inline
    attribute values of 3.11+ (host dict name → HObject) while no dict object exists; ``slots`` the
    ``__slots__`` values in the order subtype_dealloc clears them (most derived class first; None for
    an empty slot)."""

    __slots__ = ("dict", "slots", "values")


class HWeakref(HGCObject):
    """weakref.ref / proxy: ``wr_object`` (the referent, or None once cleared), ``wr_callback``,
    ``hash`` (cached), ``proxy`` (None for a ref, "proxy"/"callable" for proxies)."""

    __slots__ = ("hash", "proxy", "wr_callback", "wr_object")

    def traverse(self) -> Iterable[HObject]:   # gc_traverse (weakrefobject.c): the callback only
        return () if self.wr_callback is None else (self.wr_callback,)

    def tp_clear(self, heap: Any) -> None:     # gc_clear → clear_weakref
        heap.clear_weakref(self)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # weakref_dealloc
        heap.gc_untrack(self)
        cb = heap.unlink_weakref(self)
        if cb is not None:
            yield cb
        heap.free_object(self)


class HCell(HGCObject):
    """A closure cell: ``ob_ref`` (HObject or None)."""

    __slots__ = ("ob_ref",)

    def traverse(self) -> Iterable[HObject]:
        return () if self.ob_ref is None else (self.ob_ref,)

    def tp_clear(self, heap: Any) -> None:
        v, self.ob_ref = self.ob_ref, None
        if v is not None:
            heap.decref(v)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # cell_dealloc
        heap.gc_untrack(self)
        if self.ob_ref is not None:
            v, self.ob_ref = self.ob_ref, None
            yield v
        heap.free_object(self)


class HLeaf(HObject):
    """A non-container object (int, float, str, bytes, ...): ``value`` is its host value."""

    __slots__ = ("value",)


class HHostFunction(HObject):
    """A callable implemented on the host: ``fn(heap, *args)`` (library scenarios and builtins).

    Not a GC type, like CPython's builtin functions without a bound self."""

    __slots__ = ("fn", "name")

    def __init__(self, fn: Callable[..., Any], name: str = "") -> None:
        self.fn = fn
        self.name = name or getattr(fn, "__name__", "host_function")


def new_static_type(name: str, **kw: Any) -> HType:
    """A static (builtin) type object: not allocated on the heap, never tracked, never freed."""
    tp = HType(name, static=True, **kw)
    tp.ob_refcnt = 1
    tp.ob_type = None
    tp.addr = 0
    tp.nbytes = 0
    tp.heap = None
    tp.a_prev = tp.a_next = None
    tp.weakrefs = None
    tp.gc_next = tp.gc_prev = None
    tp.gc_flags = 0
    return tp
