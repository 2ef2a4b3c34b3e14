"""The object header, and the glossary of what its GC fields can mean at each moment.

Mirrors CPython's `PyObject` + `PyGC_Head` (Include/object.h, Include/internal/pycore_gc.h) and the
glossary at the top of CPython's Python/gc.c. In the model the header is a handful of slots on every
simulated object (see `heap.objects.HObject`):

``ob_refcnt``
    The reference count. A new object starts at 1. Immortal objects (3.12+) keep the profile's immortal
    value and ignore incref/decref (Include/object.h 3.12: Py_INCREF, Py_DECREF).
``gc_next``
    ``None`` ⇔ the object is not tracked (`_PyObject_GC_IS_TRACKED` tests `_gc_next != 0`). Otherwise
    the next node of the circular doubly linked list of the generation (or scratch list) holding it.
``gc_prev``
    The previous node of that list. CPython packs the flags below and, during a collection, `gc_refs`
    into `_gc_prev`; the model keeps the link in its own slot and packs the other two into
    ``gc_flags``, as CPython does: flags in the low `GC_REFS_SHIFT` bits, gc_refs above them.
``gc_flags``
    The flags below, and ``gc_refs << GC_REFS_SHIFT``.
``gc_refs`` (``gc_flags >> GC_REFS_SHIFT``, also readable as ``op.gc_refs``)
    Scratch value, meaningful only while `COLLECTING` is set: after `update_refs` it is the refcount,
    after `subtract_refs` the number of references from outside the collected set. Zero outside a
    collection (`move_unreachable` clears it on every object it scans, as CPython restores
    `_gc_prev` there); Python's arbitrary-precision ints keep a negative value exact.

States (each a combination of the fields above):

tracked        gc_next is not None; the object is in exactly one list (a generation, the permanent
               generation, or one of a collection's scratch lists).
collecting     COLLECTING set: the object belongs to the generation being collected and has not yet
               been proven reachable (`update_refs` sets it; `move_unreachable` clears it when scanned).
unreachable    UNREACHABLE set: the object sits in the `unreachable` list during `move_unreachable`
               (CPython tags `_gc_next` with NEXT_MASK_UNREACHABLE); cleared by
               `move_legacy_finalizers`.
finalized      FINALIZED set: `tp_finalize` (`__del__`) has run once; PEP 442 never runs it again. It
               survives untracking (`_PyObject_GC_UNTRACK` keeps it).
frozen         the object is in the permanent generation (gc.freeze(), or 3.12's immortal objects moved
               there by `update_refs`); it is never examined again and acts as a root.
immortal       IMMORTAL set (3.12+): refcount operations are no-ops and `sys.getrefcount` reports the
               profile's immortal value.
freed          FREED set: the object's memory was released; any further operation on it is a use after
               free and raises HeapError (the check a CPython debug build makes).
"""

from __future__ import annotations

# gc_flags bits
FINALIZED = 1       # _PyGC_PREV_MASK_FINALIZED
COLLECTING = 2      # _PyGC_PREV_MASK_COLLECTING
UNREACHABLE = 4     # NEXT_MASK_UNREACHABLE
IMMORTAL = 8        # _Py_IsImmortal (3.12+): refcount frozen at the immortal value
FREED = 16          # model-only: memory released; use after free is an error
STATIC = 32         # 3.11: statically allocated (refcount starts near 1e9 but still moves)

# gc_refs shares gc_flags with the flags, above them (_PyGC_PREV_SHIFT): one slot, one store per update.
GC_REFS_SHIFT = 8
GC_REFS_UNIT = 1 << GC_REFS_SHIFT     # gc_flags +/- GC_REFS_UNIT is gc_refs +/- 1
GC_FLAGS_MASK = GC_REFS_UNIT - 1      # the flag bits alone
