"""The simulated heap: allocation, reference counting, deallocation, tracking, and list "a".

`Heap` owns the objects' lifecycle as CPython runs it:

* `new` — allocate (free list first, then pymalloc/raw), count a GC allocation (generation 0's count,
  which may start or schedule a collection), initialise the header (refcount 1), link into list "a",
  and track in generation 0.
* `incref`/`decref` — refcount changes; reaching zero runs the type's deallocator.
* the deallocation driver — runs `tp_dealloc` generators on an explicit stack with CPython's trashcan
  rule, so a 1,000,000-long chain is freed with no host recursion and in the order CPython frees it.
* `free_object` — unlink from list "a" and the GC list, give memory back (free list or allocator),
  uncount the GC allocation.

The collector lives in `collector.py`, generation bookkeeping in `gcstate.py`, weakref lists in
`weakrefs.py`. What the simulated program can call (the `gc` module API) is in `gcmodule.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ..alloc import sizes
from ..alloc.dictkeys import free_table
from ..profiles import Profile, get_profile
from .errors import HeapError
from .events import EventBus
from .header import FINALIZED, FREED, IMMORTAL
from .kinds import TRASHCAN, HDict, HHostFunction, HLeaf, HList, HTuple, new_static_type
from .objects import HObject, HType
from .weakrefs import WeakrefOps


class _ListA:
    """Sentinel of list "a" (every live object, creation order): CPython's `refchain` in a
    Py_TRACE_REFS build. Members link through ``a_prev``/``a_next``."""

    __slots__ = ("a_next", "a_prev")

    def __init__(self) -> None:
        self.a_prev = self.a_next = self


class HostRuntime:
    """The runtime hooks the heap needs when no interpreter is attached (library use).

    The interpreter installs its own runtime with the same methods:

    * ``call_ignoring_errors(fn, args, where)`` -- call a simulated callable; an error is reported as
      CPython reports an unraisable exception (weakref callbacks, gc.callbacks).
    * ``call_finalizer(finalizer, op)`` -- run a type's tp_finalize (``__del__``) the same way.
    * ``write_stderr(text)`` -- the gc module's DEBUG_* output (PySys_WriteStderr).
    * ``make_str(text)``, ``make_info_dict(generation, collected, uncollectable)``, ``make_list()`` --
      new references to the objects the collector builds for gc.callbacks and gc.garbage.
    * ``list_append(lst, op)`` -- PyList_Append (gc.garbage).
    """

    def __init__(self, heap: Heap) -> None:
        self.heap = heap
        self.unraisable: list[tuple[str, BaseException]] = []
        self.stderr: list[str] = []

    def write_stderr(self, text: str) -> None:
        self.stderr.append(text)

    def make_str(self, text: str) -> HObject:
        heap = self.heap
        op = HLeaf()
        op.value = text
        return heap.new(op, heap.str_type, heap.sizes_str(text))

    def make_int(self, value: int) -> HObject:
        heap = self.heap
        op = HLeaf()
        op.value = value
        return heap.new(op, heap.int_type, heap.sizes_int(value))

    def make_info_dict(self, generation: int, collected: int, uncollectable: int) -> HObject:
        """Py_BuildValue("{sisnsn}", "generation", ..., "collected", ..., "uncollectable", ...)."""
        heap = self.heap
        d = HDict()
        d.entries = {}
        d.keys_addr = d.values_addr = d.keys_nbytes = 0
        d.ma_version = 0
        d.owner = None
        for key, value in (("generation", generation), ("collected", collected),
                           ("uncollectable", uncollectable)):
            d.entries[key] = (self.make_str(key), self.make_int(value))
        heap.new(d, heap.dict_type, heap.sizes_dict)
        return d

    def make_list(self) -> HObject:
        heap = self.heap
        lst = HList()
        lst.items = []
        lst.allocated = 0
        lst.buf = 0
        return heap.new(lst, heap.list_type, heap.sizes_list)

    def list_append(self, lst: HObject, op: HObject) -> None:
        self.heap.incref(op)
        lst.items.append(op)

    def call_ignoring_errors(self, fn: HObject, args: list[HObject], where: Any = None) -> None:
        if not isinstance(fn, HHostFunction):
            raise HeapError("call", fn, "library heaps can only call HHostFunction objects")
        try:
            result = fn.fn(self.heap, *args)
        except Exception as exc:  # noqa: BLE001 - simulated code's errors are reported, as CPython does
            self.unraisable.append((fn.name, exc))
            return
        if isinstance(result, HObject):
            self.heap.decref(result)

    def call_finalizer(self, finalizer: Callable[[Heap, HObject], Any], op: HObject) -> None:
        try:
            finalizer(self.heap, op)
        except Exception as exc:  # noqa: BLE001
            self.unraisable.append((getattr(finalizer, "__name__", "__del__"), exc))


class Heap(WeakrefOps):
    """A simulated CPython heap for one interpreter of one version (see module docstring)."""

    def __init__(self, version: str | Profile = "3.12", *, memory: Any = None) -> None:
        self.profile = version if isinstance(version, Profile) else get_profile(version)
        prof = self.profile
        self.events = EventBus()
        self.events.on_refcounts(self._refcount_tracing)
        self.memory = memory if memory is not None else _default_memory(prof, self.events)
        self.a_head = _ListA()
        self.live = 0                      # objects in list "a"
        self.immortal_refcnt = prof.objects.immortal_refcnt
        self.trash_unwind_level = prof.objects.trashcan_unwind_level
        self.trash_drain_at = prof.objects.trashcan_drain_at
        self.trash_nesting = 0
        self.trash_delete_later: list[HObject] = []
        self.runtime: Any = HostRuntime(self)
        # Builtin types the core itself needs (the interpreter replaces them with its own objects).
        self.tuple_type = new_static_type("tuple", freelist_family="tuple")
        self.weakref_type = new_static_type("weakref.ReferenceType", weakrefable=False)
        self.proxy_types = {"proxy": new_static_type("weakref.ProxyType", weakrefable=False),
                            "callable": new_static_type("weakref.CallableProxyType", weakrefable=False)}
        self.list_type = new_static_type("list", freelist_family="list")
        self.dict_type = new_static_type("dict", freelist_family="dict")
        self.str_type = new_static_type("str", weakrefable=False)
        self.int_type = new_static_type("int", weakrefable=False)
        # Bytes the core's own allocations request, per version (heapglass.alloc.sizes); the
        # interpreter may replace them with its own (subclass layouts and the like).
        layout = prof.alloc
        self.sizes_weakref = sizes.fixed(layout, "weakref")[1]
        self.sizes_tuple: Callable[[int], int] = lambda n: sizes.tuple_size(layout, n)[1]
        self.sizes_list = sizes.list_size(layout, 0)[1]
        self.sizes_dict = sizes.dict_size(layout, sizes.DictShape())[1]
        self.sizes_str: Callable[[str], int] = lambda text: sizes.str_size(layout, text)[1]
        self.sizes_int: Callable[[int], int] = lambda value: sizes.int_size(layout, value)[1]
        from .gcstate import GCState  # the collector side, built on this core
        self.gc = GCState(self)

    # ------------------------------------------------------------------ allocation
    def new(self, op: HObject, tp: HType, nbytes: int, *, track: bool = True, freelist: bool = True) -> HObject:
        """Give `op` (payload already set) memory, a header and a place in the lists; returns `op`
        with refcount 1. A GC allocation bumps generation 0's count — free-list reuse does not
        (_PyObject_GC_Alloc / _PyObject_GC_Link vs. the free-list pops that only _Py_NewReference).
        `freelist` False: never from the type's free list (tp_alloc, PyType_GenericAlloc, as dict()
        and list() allocate), though the object goes onto it when freed."""
        family = tp.freelist_family if freelist else None
        addr, reused = self.memory.object_alloc(nbytes, family, op.freelist_key if family is not None else None)
        op.ob_refcnt = 1
        op.ob_type = tp
        op.heap = self
        op.addr = addr
        op.nbytes = nbytes
        op.weakrefs = None
        is_gc = op.is_gc
        if is_gc:
            op.gc_next = op.gc_prev = None
            op.gc_flags = 0
            if not reused:
                self.gc.count_allocation()   # may collect right here (3.8-3.11) or schedule (3.12+)
        else:
            op.gc_flags = 0
        last = self.a_head.a_prev
        op.a_prev = last
        op.a_next = self.a_head
        last.a_next = op
        self.a_head.a_prev = op
        self.live += 1
        if not tp.static:
            self.incref(tp)                  # _PyObject_Init: heap types are referenced by instances
        if self.events.active:
            self.events.emit("alloc", addr=addr, type=tp.name, nbytes=nbytes, reused=reused)
        if is_gc and track:
            self.gc_track(op)
        return op

    def free_object(self, op: HObject) -> None:
        """PyObject_GC_Del / PyObject_Free, or a push on the type's free list."""
        if op.gc_flags & FREED:
            raise HeapError("free", op, "object already freed")
        prev = op.a_prev
        nxt = op.a_next
        prev.a_next = nxt
        nxt.a_prev = prev
        op.a_prev = op.a_next = None
        self.live -= 1
        tp = op.ob_type
        family = tp.freelist_family
        kept = self.memory.object_free(op.addr, op.nbytes, family, op.freelist_key if family is not None else None)
        if op.is_gc:
            gc_next = op.gc_next
            if gc_next is not None:           # still tracked: gc_list_remove
                gc_prev = op.gc_prev
                gc_prev.gc_next = gc_next
                gc_next.gc_prev = gc_prev
                op.gc_next = op.gc_prev = None
            if not kept:                      # PyObject_GC_Del: generations[0].count-- if positive
                counts = self.gc.counts
                if counts[0] > 0:
                    counts[0] -= 1
        op.gc_flags = FREED
        op.ob_refcnt = 0
        if self.events.active:
            self.events.emit("free", addr=op.addr, type=tp.name, to_freelist=kept)

    def make_immortal(self, op: HObject) -> None:
        """_Py_SetImmortal (3.12+): the refcount stops moving."""
        op.gc_flags |= IMMORTAL
        op.ob_refcnt = self.immortal_refcnt or op.ob_refcnt

    # ------------------------------------------------------------------ reference counting
    def incref(self, op: HObject) -> None:
        """Py_INCREF. Immortal objects (3.12+) are left as they are."""
        try:
            rc = op.ob_refcnt
        except AttributeError:
            raise HeapError("incref", op, "not an object of any heap (never allocated)") from None
        if rc <= 0:
            raise HeapError("incref", op, "use after free")
        if op.gc_flags & IMMORTAL:
            return
        op.ob_refcnt = rc + 1

    def decref(self, op: HObject) -> None:
        """Py_DECREF: at zero, deallocate through the type's deallocator."""
        try:
            if op.gc_flags & IMMORTAL:
                return
        except AttributeError:
            raise HeapError("decref", op, "not an object of any heap (never allocated)") from None
        rc = op.ob_refcnt - 1
        if rc > 0:
            op.ob_refcnt = rc
        elif rc == 0:
            op.ob_refcnt = 0
            self.dealloc(op)
        else:
            raise HeapError("decref", op, "refcount below zero (use after free or a decref too many)")

    def incref_traced(self, op: HObject) -> None:
        """Py_INCREF plus an ``incref`` event (``refcnt`` after); immortal objects do not move, so
        they report nothing. Bound as ``heap.incref`` while a subscriber asked for refcounts."""
        Heap.incref(self, op)
        if not op.gc_flags & IMMORTAL:
            self.events.emit("incref", addr=op.addr, type=_type_name(op), refcnt=op.ob_refcnt)

    def decref_traced(self, op: HObject) -> None:
        """Py_DECREF plus a ``decref`` event, reported before the deallocation it may start."""
        rc = getattr(op, "ob_refcnt", 0)
        if rc > 0 and not op.gc_flags & IMMORTAL:
            self.events.emit("decref", addr=op.addr, type=_type_name(op), refcnt=rc - 1)
        Heap.decref(self, op)   # also raises the errors (never allocated, below zero)

    def _refcount_tracing(self, on: bool) -> None:
        """EventBus.on_refcounts: bind the traced incref/decref on this instance (or go back to the
        class's untraced ones), so the untraced path has no test at all. A runtime that cached the
        bound methods as its own ``incref``/``decref`` attributes gets the new ones too; closures
        that captured them earlier keep the old ones (subscribe before compiling code)."""
        stale = (self.incref, self.decref)
        if on:
            self.incref = self.incref_traced        # type: ignore[method-assign]
            self.decref = self.decref_traced        # type: ignore[method-assign]
        else:
            self.__dict__.pop("incref", None)
            self.__dict__.pop("decref", None)
        rt = self.runtime
        if getattr(rt, "incref", None) == stale[0]:
            rt.incref = self.incref
        if getattr(rt, "decref", None) == stale[1]:
            rt.decref = self.decref

    def refcount(self, op: HObject) -> int:
        """What sys.getrefcount reports, before the argument's own reference is added."""
        if op.gc_flags & IMMORTAL:
            return self.immortal_refcnt
        return op.ob_refcnt

    # ------------------------------------------------------------------ deallocation driver
    def dealloc(self, op: HObject) -> None:
        """_Py_Dealloc: run `op`'s deallocator and everything it cascades into, without host
        recursion. Nested deallocations that pass Py_TRASHCAN_BEGIN count towards the trashcan
        nesting; beyond the profile's unwind level the object is deposited on trash_delete_later
        (LIFO) and destroyed when the nesting unwinds (_PyTrash_thread_destroy_chain)."""
        if op.heap is not self:
            self.check_owned(op, "dealloc")
        if self.events.active:
            self.events.emit("dealloc", addr=op.addr, type=op.ob_type.name)
        if op.is_leaf:
            self.free_object(op)
            return
        self._run_deallocs(op)
        if self.trash_delete_later and self.trash_nesting <= self.trash_drain_at:
            self._destroy_chain()

    def _run_deallocs(self, op: HObject) -> None:
        # The running deallocator is (gen, owner, began: passed Py_TRASHCAN_BEGIN); the ones it
        # interrupted wait on `stack`. `gen` is iterated until it finishes or drops the last reference
        # to an object that has its own deallocator, which then runs first; `for` resumes a
        # suspended generator where it stopped.
        stack: list[tuple[Any, HObject, bool]] = []
        gen = op.tp_dealloc(self)
        owner = op
        began = False
        events = self.events
        traced = events.refcounts
        while True:
            nested = None
            for item in gen:
                if item is TRASHCAN:              # Py_TRASHCAN_BEGIN
                    if self.trash_nesting >= self.trash_unwind_level:
                        self.trash_delete_later.append(owner)   # _PyTrash_thread_deposit_object
                        _deposited(gen)
                        break
                    self.trash_nesting += 1
                    began = True
                    continue
                if item.gc_flags & IMMORTAL:
                    continue
                rc = item.ob_refcnt - 1
                if traced and rc >= 0:
                    events.emit("decref", addr=item.addr, type=_type_name(item), refcnt=rc)
                if rc > 0:
                    item.ob_refcnt = rc
                    continue
                if rc < 0:
                    raise HeapError("decref", item, "refcount below zero during deallocation")
                item.ob_refcnt = 0
                if events.active:
                    events.emit("dealloc", addr=item.addr, type=item.ob_type.name)
                if item.is_leaf:
                    self.free_object(item)
                    continue
                nested = item
                break
            if nested is not None:
                stack.append((gen, owner, began))
                gen = nested.tp_dealloc(self)
                owner = nested
                began = False
                continue
            if began:
                self.trash_nesting -= 1           # Py_TRASHCAN_END
                if self.trash_delete_later and self.trash_nesting <= self.trash_drain_at:
                    self._destroy_chain()
            if not stack:
                return
            gen, owner, began = stack.pop()

    def _destroy_chain(self) -> None:
        """_PyTrash_thread_destroy_chain: destroy deposited objects, newest first."""
        later = self.trash_delete_later
        while later:
            op = later.pop()
            self.trash_nesting += 1
            self._run_deallocs(op)
            self.trash_nesting -= 1

    # ------------------------------------------------------------------ finalizers
    def type_finalizer(self, tp: HType) -> Callable | None:
        """tp_finalize of `tp` (inherited along its bases)."""
        while tp is not None:
            if tp.tp_finalize is not None:
                return tp.tp_finalize
            tp = tp.base
        return None

    def type_legacy_finalizer(self, tp: HType) -> Callable | None:
        """tp_del of `tp` (a pre-PEP 442 finalizer; inherited along its bases)."""
        while tp is not None:
            if tp.tp_del is not None:
                return tp.tp_del
            tp = tp.base
        return None

    def call_finalizer_from_dealloc(self, op: HObject, finalizer: Callable) -> bool:
        """PyObject_CallFinalizerFromDealloc: temporarily resurrect `op`, run its finalizer once
        (FINALIZED is set after the call for GC types), and report whether `op` was resurrected."""
        op.ob_refcnt = 1
        if not (op.gc_flags & FINALIZED):
            if self.events.active:
                self.events.emit("finalize", addr=op.addr, type=op.ob_type.name, by="refcount")
            self.runtime.call_finalizer(finalizer, op)
            if op.is_gc:
                op.gc_flags |= FINALIZED
        op.ob_refcnt -= 1
        if op.ob_refcnt == 0:
            return False
        if self.events.active:
            self.events.emit("resurrect", addr=op.addr, type=op.ob_type.name, refcnt=op.ob_refcnt)
        return True

    # ------------------------------------------------------------------ tracking
    def check_owned(self, op: HObject, operation: str) -> None:
        """HeapError unless `op` is a live object allocated by this heap (a foreign object would
        corrupt this heap's lists)."""
        owner = getattr(op, "heap", None)
        if owner is not self:
            where = "another heap" if owner is not None else "no heap (static or never allocated)"
            raise HeapError(operation, op, f"object belongs to {where}")
        if op.gc_flags & FREED:
            raise HeapError(operation, op, "use after free")

    def gc_track(self, op: HObject) -> None:
        """_PyObject_GC_TRACK: link at the tail of generation 0."""
        if getattr(op, "heap", None) is not self or op.gc_flags & FREED:
            self.check_owned(op, "gc_track")
        if op.gc_next is not None:
            return
        gen0 = self.gc.generations[0]         # gc_list_append, inline (one call per GC allocation)
        last = gen0.gc_prev
        op.gc_prev = last
        op.gc_next = gen0
        last.gc_next = op
        gen0.gc_prev = op
        if self.events.active:
            self.events.emit("track", addr=op.addr)

    def gc_untrack(self, op: HObject) -> None:
        """_PyObject_GC_UNTRACK: unlink from its list (FINALIZED survives)."""
        nxt = op.gc_next
        if nxt is None:
            return
        prev = op.gc_prev                     # gc_list_remove, inline (one call per deallocation)
        prev.gc_next = nxt
        nxt.gc_prev = prev
        op.gc_next = op.gc_prev = None
        if self.events.active:
            self.events.emit("untrack", addr=op.addr)

    def is_tracked(self, op: HObject) -> bool:
        return op.is_gc and op.gc_next is not None

    # ------------------------------------------------------------------ list "a" and buffers
    def objects(self) -> Iterator[HObject]:
        """List "a": every live object, oldest first (like sys.getobjects of a Py_TRACE_REFS build)."""
        node = self.a_head.a_next
        while node is not self.a_head:
            nxt = node.a_next
            yield node
            node = nxt

    def list_buffer_release(self, lst: Any) -> None:
        """Free a list's item array (PyMem_Free(op->ob_item))."""
        buf = lst.buf
        if buf:
            self.memory.free(buf)
            lst.buf = 0
            lst.allocated = 0

    def dict_tables_release(self, d: Any) -> None:
        """Free a dict's keys table and split values (dictkeys_decref / free_values)."""
        addr = getattr(d, "keys_addr", 0)
        if addr:
            if addr in getattr(self.memory, "dict_keys", ()):
                # free_keys_object: a minimum-size table goes back on the keys free list
                free_table(self.memory, addr, d.keys_nbytes)
            else:
                self.memory.free(addr)
            d.keys_addr = 0
        if getattr(d, "values_addr", 0):
            self.memory.free(d.values_addr)
            d.values_addr = 0

    @contextmanager
    def unaccounted(self) -> Iterator[None]:
        """Objects made where the real interpreter made them at another moment, or that a measured
        replay stands for: inside, no free list is popped or filled (what is freed goes back to
        pymalloc), no automatic collection runs, and generation 0's count is restored afterwards."""
        memory = self.memory
        freelists = memory.freelists
        gc = self.gc
        stacks, count, enabled = freelists.stacks, gc.counts[0], gc.enabled
        freelists.stacks = {}
        gc.enabled = False
        try:
            yield
        finally:
            pushed, freelists.stacks = freelists.stacks, stacks
            gc.enabled = enabled
            gc.counts[0] = count
            for addrs in pushed.values():
                for addr in addrs:
                    del memory.on_freelist[addr]
                    memory.free(addr)

    def charge_allocation(self, op: HObject) -> None:
        """The allocation an `unaccounted` object stands for happens now: its memory would come from
        its free list (whose entry goes back to pymalloc: the object keeps the block it has) or be a
        new GC allocation (counted, collecting or scheduling as any)."""
        tp = op.ob_type
        family = tp.freelist_family
        addr, reused = self.memory.object_alloc(op.nbytes, family, op.freelist_key if family is not None else None)
        self.memory.free(addr)
        if op.is_gc and not reused:
            self.gc.count_allocation()

    def new_tuple(self, items: list[HObject]) -> HTuple:
        """A new tuple holding (increfed) `items`: PyTuple_New + SET_ITEM (library convenience)."""
        for it in items:
            self.incref(it)
        t = HTuple()
        t.items = list(items)
        return self.new(t, self.tuple_type, self.sizes_tuple(len(items)))


def _deposited(gen: Iterator[Any]) -> None:
    """Answer True at Py_TRASHCAN_BEGIN: the deallocator must return without doing anything."""
    try:
        gen.send(True)
    except StopIteration:
        return
    raise HeapError("dealloc", None, "a deallocator went on after its object was deposited in the trashcan")


def _type_name(op: HObject) -> str:
    tp = op.ob_type
    return tp.name if tp is not None else "type"


def _default_memory(profile: Profile, events: EventBus) -> Any:
    from ..alloc.memory import Memory
    return Memory(profile.alloc, events)
