"""Simulated objects: the header every object carries, and type objects.

An `HObject` is one CPython object: its header (see `header.py` for the glossary) plus, in subclasses,
the payload of its kind (`kinds.py`). The host class of an object decides its C-level behaviour
(`traverse` = tp_traverse, `tp_clear`, `tp_dealloc`); its simulated type, ``ob_type``, is an `HType`
that carries what Python code sees (name, finalizer, weakref support) and the profile-independent flags.

Reference conventions (one rule everywhere): a function that creates an object returns a *new*
reference (refcount 1, owned by the caller); container mutators take *borrowed* references and incref
what they store; `tp_dealloc` generators yield each reference the object held, and the heap's
deallocation driver decrefs them one by one (so deallocation never recurses on the host).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .header import GC_FLAGS_MASK, GC_REFS_SHIFT


class HObject:
    """A simulated CPython object: header slots only. Subclasses add the payload of their kind.

    Slots: ``ob_refcnt``, ``ob_type``, ``addr`` (the value ``id()`` returns), ``nbytes`` (bytes
    requested from the allocator, pre-header and GC head included), ``a_prev``/``a_next`` (list "a":
    every live object in creation order, as a Py_TRACE_REFS build keeps it), ``heap`` (the `Heap`
    that allocated it; None for static objects), ``weakrefs`` (the
    object's weakref list, head first, or None), and the GC header ``gc_next``/``gc_prev``/
    ``gc_flags`` (used by GC types only; ``gc_flags`` carries ``gc_refs`` above the flag bits, see
    `header.py`). Every slot costs 8 host bytes per simulated object.
    """

    __slots__ = (
        "a_next",
        "a_prev",
        "addr",
        "gc_flags",
        "gc_next",
        "gc_prev",
        "heap",
        "nbytes",
        "ob_refcnt",
        "ob_type",
        "weakrefs",
    )

    is_gc = False          # host-class constant: does this kind have Py_TPFLAGS_HAVE_GC?
    is_leaf = True         # host-class constant: holds no references (dealloc needs no driver)
    freelist_key: int | None = None   # the free-list bucket (a tuple's length); None: single bucket

    @property
    def gc_refs(self) -> int:
        """The collector's scratch count (see `header.py`), packed into ``gc_flags``."""
        return self.gc_flags >> GC_REFS_SHIFT

    @gc_refs.setter
    def gc_refs(self, value: int) -> None:
        self.gc_flags = (self.gc_flags & GC_FLAGS_MASK) | (value << GC_REFS_SHIFT)

    def traverse(self) -> Iterable[HObject]:
        """tp_traverse: every object this one holds a strong reference to (with multiplicity)."""
        return ()

    def tp_clear(self, heap: Any) -> None:
        """tp_clear: drop the references that can be part of a cycle (default: none)."""

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:
        """tp_dealloc as a generator: yields each reference to drop, then frees the memory.

        The default is a leaf object: nothing to drop."""
        heap.free_object(self)
        return
        yield  # pragma: no cover  (makes this a generator)


    def __repr__(self) -> str:
        tp = self.ob_type
        return f"<{tp.name if tp is not None else '?'} @{self.addr:#x} rc={self.ob_refcnt}>"


class HType(HObject):
    """A simulated type object.

    ``tp_finalize`` (PEP 442, a Python class's ``__del__``) and ``tp_del`` (legacy, uncollectable) are
    host callables ``fn(heap, op)`` supplied by whoever defines the type (the interpreter, or a test);
    ``is_gc`` says whether instances carry a GC header (Py_TPFLAGS_HAVE_GC); ``weakrefable`` whether
    they have a weakref list (tp_weaklistoffset). ``static`` types (builtins) are not heap objects:
    they are never tracked and never freed. ``extra`` is for the interpreter's own data (mro, dict,
    slots) so the heap core does not need to know about it.
    """

    is_leaf = False
    __slots__ = (
        "base",
        "dict_obj",
        "extra",
        "freelist_family",
        "instance_is_gc",
        "name",
        "static",
        "tp_del",
        "tp_finalize",
        "weakrefable",
    )

    @property
    def is_gc(self) -> bool:  # type: ignore[override]
        """PyObject_IS_GC of a type: type_is_gc says only heap types are GC objects."""
        return not self.static

    def __init__(self, name: str, *, base: HType | None = None, instance_is_gc: bool = True,
                 weakrefable: bool = True, tp_finalize: Callable | None = None,
                 tp_del: Callable | None = None, static: bool = False,
                 freelist_family: str | None = None) -> None:
        self.name = name
        self.base = base
        self.instance_is_gc = instance_is_gc
        self.weakrefable = weakrefable
        self.tp_finalize = tp_finalize
        self.tp_del = tp_del
        self.static = static
        self.freelist_family = freelist_family   # free list of *exact* instances (list, tuple, ...)
        self.extra: Any = None
        self.dict_obj: HObject | None = None

    def traverse(self) -> Iterable[HObject]:
        # type_traverse: tp_dict, then the (interpreter-defined) extra references (tp_mro, tp_bases),
        # then tp_base, static or not; the class of a heap metaclass visits the metaclass first
        # (subtype_traverse).
        tp = self.ob_type
        if tp is not None and not tp.static:
            yield tp
        if self.dict_obj is not None:
            yield self.dict_obj
        if self.extra is not None and hasattr(self.extra, "traverse"):
            yield from self.extra.traverse()
        if self.base is not None:
            yield self.base

    def tp_clear(self, heap: Any) -> None:
        # type_clear: PyDict_Clear(tp_dict) — the dict itself stays — then Py_CLEAR(tp_mro), the
        # hard cycle (the mro's first item is the type) that nothing else breaks.
        if self.dict_obj is not None:
            self.dict_obj.tp_clear(heap)
        if self.extra is not None and hasattr(self.extra, "clear_mro"):
            self.extra.clear_mro(heap)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:
        heap.gc_untrack(self)
        heap.clear_weakrefs(self)
        if self.dict_obj is not None:
            d, self.dict_obj = self.dict_obj, None
            yield d
        if self.extra is not None and hasattr(self.extra, "release"):
            yield from self.extra.release()
        if self.base is not None and not self.base.static:
            yield self.base
        heap.free_object(self)
        tp = self.ob_type
        if tp is not None and not tp.static:
            yield tp                       # subtype_dealloc of a heap metaclass's instance
