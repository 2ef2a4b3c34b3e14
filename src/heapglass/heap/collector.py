"""The cycle collector: CPython's generational collection, phase by phase, under CPython's names.

Mirrors Modules/gcmodule.c (3.8-3.12) and Python/gc.c (3.13): `gc_collect_main` runs the phases below
in CPython's order on the intrusive generation lists of `gcstate.py` (see `header.py` for what the
header fields mean at each moment). Version differences come from the ``gc`` profile section:

* ``immortal_to_permanent`` -- 3.12+: `update_refs` moves immortal objects to the permanent generation.
* ``resurrection_keeps_whole_batch`` -- 3.8 `check_garbage` (any resurrection keeps the whole batch)
  vs 3.9+ `handle_resurrected_objects` (only what resurrected objects reach survives).
* ``untrack_dicts_on_full`` -- full collections untrack atomic dicts.
* ``collector`` -- which `Collector` strategy the version uses (only "generational" exists; 3.14.0's
  incremental collector would be a second class behind the same protocol).

Every phase reports its intermediate state as a ``gc_phase`` event (model addresses, list order) when
someone listens on ``heap.events``; when nobody does, no state is built.
"""

from __future__ import annotations

import gc as host_gc
from typing import TYPE_CHECKING, Any, Protocol

from .errors import HeapError
from .gclist import GCList, gc_list_merge, gc_list_move
from .header import COLLECTING, FINALIZED, GC_FLAGS_MASK, GC_REFS_SHIFT, GC_REFS_UNIT, IMMORTAL, UNREACHABLE
from .kinds import HDict, HTuple, HWeakref
from .unbuilt import PERMANENT, take

if TYPE_CHECKING:
    from .gcstate import GCState
    from .heap import Heap

# gc.DEBUG_* flags (Modules/gcmodule.c; [RUN 3.8-3.13] gc.DEBUG_STATS == 1 ... gc.DEBUG_LEAK == 38)
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

# Why a collection runs (Python/gc.c 3.13: _PyGC_Reason).
REASON_HEAP = "heap"          # automatic: threshold 0 crossed
REASON_MANUAL = "manual"      # gc.collect()
REASON_SHUTDOWN = "shutdown"  # interpreter finalisation (3.13 skips the callbacks)

_NOT_COLLECTING = ~COLLECTING
_NOT_UNREACHABLE = ~UNREACHABLE
_SCANNED = GC_FLAGS_MASK & ~COLLECTING   # flags of a scanned object: COLLECTING and gc_refs cleared

# The loops below bind constants, classes and methods to locals: each one runs once per object of
# the collection (a million times in the benchmark), where a global or attribute lookup is measurable.


class Collector(Protocol):
    """A collection strategy. `GCState` owns one, chosen by the profile fact ``gc.collector``."""

    def collect(self, generation: int, reason: str) -> int:
        """Collect `generation` and the younger ones; return collected + uncollectable (0 if a
        collection is already running)."""

    def collect_generations(self) -> int:
        """An automatic collection: pick the generation as the version does, collect it."""


class GenerationalCollector:
    """The 3-generation collector of CPython 3.8-3.13 (gc_collect_main)."""

    def __init__(self, gcstate: GCState) -> None:
        self.gcstate = gcstate

    def collect(self, generation: int, reason: str = REASON_MANUAL) -> int:
        return gc_collect_main(self.gcstate, generation, reason)

    def collect_generations(self) -> int:
        return collect_generations(self.gcstate)


COLLECTORS: dict[str, type] = {"generational": GenerationalCollector}


def make_collector(gcstate: GCState) -> Collector:
    """The collector strategy the profile names (fact ``gc.collector``)."""
    name = gcstate.heap.profile.gc.collector
    try:
        return COLLECTORS[name](gcstate)
    except KeyError:
        raise HeapError("gc", None, f"no collector strategy named {name!r}") from None


# ---------------------------------------------------------------------------- generation selection
def gc_select_generation(gcstate: GCState) -> int:
    """The oldest generation whose count exceeds its threshold, skipping the oldest one while fewer
    than 25 % of the long-lived objects are pending (collect_generations 3.8-3.9,
    gc_collect_generations 3.10-3.12, gc_select_generation 3.13; issue #4074). -1 if none."""
    counts = gcstate.counts
    thresholds = gcstate.thresholds
    oldest = len(counts) - 1
    for i in range(oldest, -1, -1):
        if counts[i] > thresholds[i]:
            if i == oldest and gcstate.long_lived_pending < gcstate.long_lived_total // 4:
                continue
            return i
    return -1


def collect_generations(gcstate: GCState) -> int:
    """An automatic collection (from the allocation in 3.8-3.11, from the eval breaker in 3.12+)."""
    generation = gc_select_generation(gcstate)
    if generation < 0:
        return 0
    return gc_collect_main(gcstate, generation, REASON_HEAP)


# ---------------------------------------------------------------------------- the main function
def gc_collect_main(gcstate: GCState, generation: int, reason: str = REASON_MANUAL) -> int:
    """Collect `generation` (and all younger ones); return n + m, collected + uncollectable.

    The re-entrancy guard, the "start"/"stop" callbacks (collect_with_callback in 3.8-3.12, inside
    gc_collect_main in 3.13) and the collection proper (collect / gc_collect_main)."""
    if gcstate.collecting:
        return 0   # already collecting: gc.collect() inside a finalizer or callback does nothing
    if not 0 <= generation < len(gcstate.generations):
        raise HeapError("gc.collect", None, f"invalid generation {generation}")
    gcstate.collecting = True
    # The host's own cyclic collector would rescan the model's millions of host objects while this
    # runs (a third of the time of a 1M-object collection); suspend it for the duration.
    host_was_enabled = host_gc.isenabled()
    host_gc.disable()
    try:
        callbacks = reason != REASON_SHUTDOWN
        if callbacks:
            invoke_gc_callback(gcstate, "start", generation, 0, 0)
        m, n = _collect(gcstate, generation, reason)
        if callbacks:
            invoke_gc_callback(gcstate, "stop", generation, m, n)
    finally:
        gcstate.collecting = False
        if host_was_enabled:
            host_gc.enable()
    return n + m


def _collect(gcstate: GCState, generation: int, reason: str) -> tuple[int, int]:
    """The body of collect() / gc_collect_main(): returns (m collected, n uncollectable)."""
    heap = gcstate.heap
    events = heap.events
    runtime = heap.runtime
    prof = heap.profile.gc
    gens = gcstate.generations
    oldest = len(gens) - 1
    debug = gcstate.debug
    m = 0   # objects collected
    n = 0   # unreachable objects that could not be collected

    if events.active:
        events.emit("gc_start", generation=generation, reason=reason, counts=list(gcstate.counts),
                    sizes=[len(g) for g in gens])
    if debug & DEBUG_STATS:
        runtime.write_stderr(f"gc: collecting generation {generation}...\n")
        show_stats_each_generations(gcstate)

    # Update collection and allocation counters.
    if generation < oldest:
        gcstate.counts[generation + 1] += 1
    for i in range(generation + 1):
        gcstate.counts[i] = 0

    # Merge younger generations into the one being collected: [gen's own][gen 0][gen 1]...
    young = gens[generation]
    for i in range(generation):
        gc_list_merge(gens[i], young)
    old = gens[generation + 1] if generation < oldest else young
    permanent = gcstate.permanent if prof.immortal_to_permanent else None

    # Find what is unreachable from outside `young`.
    unreachable = GCList("unreachable")
    deduce_unreachable(heap, young, unreachable, permanent)
    if permanent is not None and generation == oldest:
        # update_refs moves the unbuilt immortal start-up objects too (after a gc.unfreeze)
        for grp in gcstate.unbuilt:
            if grp.immortal:
                grp.generation = PERMANENT

    survivors = untrack_tuples(heap, young)   # gc_list_size(young), counted on the way
    # unbuilt start-up objects that are garbage now (only at shutdown: gcstate.startup_objects_die)
    unbuilt_garbage = take(gcstate.unbuilt, gcstate.unbuilt_garbage, range(generation + 1))
    gcstate.unbuilt_garbage = 0
    unbuilt = 0
    for grp in gcstate.unbuilt:                # the unbuilt start-up objects that were in `young`
        if 0 <= grp.generation <= generation:
            grp.examine(full=young is old)     # untrack_tuples, and untrack_dicts below for a full one
            grp.generation = min(generation + 1, oldest)
            unbuilt += grp.count
    # Move reachable objects to the next generation.
    if young is not old:
        if generation == oldest - 1:
            gcstate.long_lived_pending += survivors + unbuilt
        if events.active:
            events.emit("promote", generation=generation, to=generation + 1,
                        addrs=[op.addr for op in young])
        gc_list_merge(young, old)
    else:
        # Only full collections untrack dicts, to avoid quadratic dict build-up (issue #14775).
        if prof.untrack_dicts_on_full:
            survivors = untrack_dicts(heap, young)
        gcstate.long_lived_pending = 0
        gcstate.long_lived_total = survivors + unbuilt

    # Objects with (or reachable from) legacy tp_del finalizers cannot be collected.
    finalizers = GCList("finalizers")
    move_legacy_finalizers(heap, unreachable, finalizers)
    move_legacy_finalizer_reachable(finalizers)
    if events.active:
        _phase(heap, "move_legacy_finalizers", unreachable=_addrs(unreachable),
               finalizers=_addrs(finalizers))

    if debug & DEBUG_COLLECTABLE:
        for op in unreachable:
            debug_cycle(heap, "collectable", op)

    # Clear weakrefs and invoke callbacks as necessary.
    freed_weakrefs, callbacks_ran = handle_weakrefs(heap, unreachable, old)
    m += freed_weakrefs
    # Call tp_finalize (__del__) on the objects that have one (PEP 442).
    finalizers_ran = finalize_garbage(heap, unreachable)
    # Only simulated code (a finalizer, or a weakref callback fishing garbage out of gc.get_objects)
    # can resurrect garbage; when none ran, the resurrection check would find exactly `unreachable`
    # again, in the same order, so it is skipped unless someone is watching the phases.
    nothing_ran = not (finalizers_ran or callbacks_ran or events.active)

    if prof.resurrection_keeps_whole_batch:
        if nothing_ran:
            gc_list_clear_collecting(unreachable)    # what check_garbage would leave behind
            resurrected = False
        else:
            resurrected = check_garbage(heap, unreachable)
        if resurrected:
            # 3.8: something was resurrected; everything survives this collection.
            if events.active:
                _phase(heap, "check_garbage", resurrected=True, survivors=_addrs(unreachable))
            gc_list_merge(unreachable, old)
        else:
            if events.active:
                _phase(heap, "check_garbage", resurrected=False, survivors=[])
            m += len(unreachable)
            delete_garbage(gcstate, unreachable, old)
    else:
        final_unreachable = GCList("final_unreachable")
        if nothing_ran:
            gc_list_merge(unreachable, final_unreachable)
        else:
            handle_resurrected_objects(heap, unreachable, final_unreachable, old, permanent)
        m += len(final_unreachable)
        delete_garbage(gcstate, final_unreachable, old)

    m += unbuilt_garbage
    # Collect statistics on uncollectable objects found and print debugging information.
    for op in finalizers:
        n += 1
        if debug & DEBUG_UNCOLLECTABLE:
            debug_cycle(heap, "uncollectable", op)
    if debug & DEBUG_STATS:
        # CPython prints the elapsed wall time; the model has no clock, so it is always 0.0000s.
        runtime.write_stderr(f"gc: done, {n + m} unreachable, {n} uncollectable, 0.0000s elapsed\n")

    handle_legacy_finalizers(gcstate, finalizers, old)

    # Clear free lists only during the collection of the oldest generation.
    if generation == oldest:
        heap.memory.clear_freelists()

    stats = gcstate.stats[generation]
    stats["collections"] += 1
    stats["collected"] += m
    stats["uncollectable"] += n
    if events.active:
        events.emit("gc_stop", generation=generation, collected=m, uncollectable=n, unreachable=n + m,
                    counts=list(gcstate.counts), sizes=[len(g) for g in gens])
    return m, n


# ---------------------------------------------------------------------------- finding the garbage
def deduce_unreachable(heap: Heap, base: GCList, unreachable: GCList, permanent: GCList | None) -> None:
    """update_refs + subtract_refs + move_unreachable (deduce_unreachable, 3.9+). Afterwards `base`
    holds the reachable objects (COLLECTING clear) and `unreachable` the rest (COLLECTING and
    UNREACHABLE set)."""
    update_refs(base, permanent)
    if heap.events.active:
        _phase(heap, "update_refs", refs=_refs(base))
    subtract_refs(base)
    if heap.events.active:
        _phase(heap, "subtract_refs", refs=_refs(base))
    move_unreachable(base, unreachable)
    if heap.events.active:
        _phase(heap, "move_unreachable", reachable=_addrs(base), unreachable=_addrs(unreachable))


def update_refs(containers: GCList, permanent: GCList | None) -> None:
    """gc_refs = ob_refcnt and COLLECTING set, for every object of `containers` (update_refs).

    3.12+ (`permanent` given): an immortal object's refcount says nothing about its references, so
    it is moved to the permanent generation instead and never examined again."""
    immortal = IMMORTAL if permanent is not None else 0
    collecting = COLLECTING
    mask = GC_FLAGS_MASK
    shift = GC_REFS_SHIFT
    op = containers.gc_next
    while op is not containers:
        nxt = op.gc_next
        f = op.gc_flags
        if f & immortal:
            gc_list_move(op, permanent)
        else:
            op.gc_flags = (f & mask) | collecting | (op.ob_refcnt << shift)
        op = nxt


def subtract_refs(containers: GCList) -> None:
    """Subtract every reference held inside the set (subtract_refs + visit_decref): afterwards
    gc_refs is the number of references from outside. Referents without COLLECTING (other
    generations, non-GC objects) are ignored."""
    collecting = COLLECTING
    unit = GC_REFS_UNIT
    op = containers.gc_next
    while op is not containers:
        for r in op.traverse():
            rf = r.gc_flags
            if rf & collecting:
                r.gc_flags = rf - unit                # gc_refs -= 1
        op = op.gc_next


def move_unreachable(young: GCList, unreachable: GCList) -> None:
    """Split `young` into reachable and (tentatively) unreachable objects (move_unreachable +
    visit_reachable), with CPython's list order:

    walking `young` head to tail, an object with gc_refs > 0 is reachable: its referents still
    COLLECTING are marked reachable (gc_refs = 1), and a referent already moved to `unreachable`
    comes back to the *tail* of `young`, to be scanned when the walk reaches it. An object with
    gc_refs == 0 moves to the tail of `unreachable` (UNREACHABLE set). Scanned objects lose
    COLLECTING, so the walk never revisits them."""
    collecting = COLLECTING
    unreachable_flag = UNREACHABLE
    unit = GC_REFS_UNIT
    scanned = _SCANNED
    move = gc_list_move
    prev = young
    op = young.gc_next
    while op is not young:
        f = op.gc_flags
        if f >= unit:                                 # gc_refs > 0: reachable
            for r in op.traverse():
                rf = r.gc_flags
                if rf & collecting:                   # visit_reachable
                    if rf & unreachable_flag:
                        move(r, young)                # back to young's tail, scanned again later
                        r.gc_flags = rf - unreachable_flag + unit   # its gc_refs was 0: now 1
                    elif 0 <= rf < unit:
                        r.gc_flags = rf + unit        # gc_refs 0 -> 1: ahead of the walk, reachable
            op.gc_flags = f & scanned
            prev = op
        elif f >= 0:                                  # gc_refs == 0: tentatively unreachable
            nxt = op.gc_next
            prev.gc_next = nxt
            nxt.gc_prev = prev
            last = unreachable.gc_prev
            op.gc_prev = last
            op.gc_next = unreachable
            last.gc_next = op
            unreachable.gc_prev = op
            op.gc_flags = f | unreachable_flag
        else:
            raise HeapError("gc", op, f"refcount is too small (gc_refs {f >> GC_REFS_SHIFT} after "
                                      "subtract_refs: tp_traverse reports more references than ob_refcnt "
                                      "counts)")
        op = prev.gc_next


def is_exact(op: Any, builtin: Any, name: str) -> bool:
    """PyTuple_CheckExact / PyDict_CheckExact: `op`'s type is the builtin type itself (the heap's
    ``tuple_type``/``dict_type``, or the runtime's static type of that name), not a subclass."""
    tp = op.ob_type
    return tp is builtin or (tp.static and tp.name == name)


def may_be_tracked(op: Any, tuple_type: Any) -> bool:
    """_PyObject_GC_MAY_BE_TRACKED: any GC object except an untracked exact tuple."""
    if not op.is_gc:
        return False
    if isinstance(op, HTuple) and is_exact(op, tuple_type, "tuple"):
        return op.gc_next is not None
    return True


def untrack_tuples(heap: Heap, head: GCList) -> int:
    """untrack_tuples + _PyTuple_MaybeUntrack: untrack every exact tuple whose items cannot be part
    of a cycle. Older tuples come first in the list, so nested atomic tuples go in one pass. Returns
    how many objects stay in `head` (the gc_list_size the caller needs next, without another walk)."""
    tuple_type = heap.tuple_type
    tuple_kind = HTuple
    kept = 0
    op = head.gc_next
    while op is not head:
        nxt = op.gc_next
        kept += 1
        if isinstance(op, tuple_kind) and is_exact(op, tuple_type, "tuple"):
            for item in op.items:
                if item is None or may_be_tracked(item, tuple_type):
                    break
            else:
                heap.gc_untrack(op)
                kept -= 1
        op = nxt
    return kept


def untrack_dicts(heap: Heap, head: GCList) -> int:
    """untrack_dicts + _PyDict_MaybeUntrack (full collections only): untrack every exact dict whose
    keys and values cannot be part of a cycle. Returns how many objects stay in `head`."""
    dict_type = heap.dict_type
    tuple_type = heap.tuple_type
    dict_kind = HDict
    kept = 0
    op = head.gc_next
    while op is not head:
        nxt = op.gc_next
        kept += 1
        if isinstance(op, dict_kind) and is_exact(op, dict_type, "dict"):
            for k, v in op.entries.values():
                if v is not None and (may_be_tracked(v, tuple_type) or may_be_tracked(k, tuple_type)):
                    break
            else:
                heap.gc_untrack(op)
                kept -= 1
        op = nxt
    return kept


def gc_list_clear_collecting(collectable: GCList) -> None:
    """Clear COLLECTING on every member (gc_list_clear_collecting)."""
    for op in collectable:
        op.gc_flags &= _NOT_COLLECTING


def clear_unreachable_mask(unreachable: GCList) -> None:
    """Clear UNREACHABLE on every member (clear_unreachable_mask)."""
    for op in unreachable:
        op.gc_flags &= _NOT_UNREACHABLE


# ---------------------------------------------------------------------------- legacy finalizers
def move_legacy_finalizers(heap: Heap, unreachable: GCList, finalizers: GCList) -> None:
    """Clear UNREACHABLE on every unreachable object and move those whose type has a legacy tp_del
    to `finalizers`, COLLECTING cleared (move_legacy_finalizers)."""
    legacy = heap.type_legacy_finalizer
    has_legacy: dict[Any, bool] = {}      # per type: tp_del is inherited, look it up once
    not_unreachable = _NOT_UNREACHABLE
    op = unreachable.gc_next
    while op is not unreachable:
        nxt = op.gc_next
        f = op.gc_flags & not_unreachable
        tp = op.ob_type
        found = has_legacy.get(tp)
        if found is None:
            found = has_legacy[tp] = legacy(tp) is not None
        if found:
            f &= _NOT_COLLECTING
            gc_list_move(op, finalizers)
        op.gc_flags = f
        op = nxt


def move_legacy_finalizer_reachable(finalizers: GCList) -> None:
    """Move everything still COLLECTING that the legacy finalizers reach into `finalizers`
    (move_legacy_finalizer_reachable + visit_move; the list grows while it is walked)."""
    op = finalizers.gc_next
    while op is not finalizers:
        for r in op.traverse():
            if r.gc_flags & COLLECTING:
                gc_list_move(r, finalizers)
                r.gc_flags &= _NOT_COLLECTING
        op = op.gc_next


def handle_legacy_finalizers(gcstate: GCState, finalizers: GCList, old: GCList) -> None:
    """Append the tp_del objects (every object with DEBUG_SAVEALL) to gc.garbage, then keep all of
    `finalizers` alive in `old` (handle_legacy_finalizers)."""
    if finalizers.gc_next is finalizers:
        return
    heap = gcstate.heap
    saveall = gcstate.debug & DEBUG_SAVEALL
    garbage = gcstate.get_garbage()
    for op in list(finalizers):
        if saveall or heap.type_legacy_finalizer(op.ob_type) is not None:
            heap.runtime.list_append(garbage, op)
    gc_list_merge(finalizers, old)


# ---------------------------------------------------------------------------- weakrefs and finalizers
def handle_weakrefs(heap: Heap, unreachable: GCList, old: GCList) -> tuple[int, int]:
    """Clear every weakref to an unreachable object, and every weakref that is itself unreachable;
    then call the callbacks of the cleared weakrefs that are *not* part of the garbage, in the order
    they were found (handle_weakrefs). Returns CPython's result -- how many of those weakrefs died
    right after their callback -- and how many callbacks ran. After this, weakrefs to the garbage
    are dead, before any __del__ runs."""
    wrcb_to_call = GCList("wrcb_to_call")
    cleared: list[int] | None = [] if heap.events.active else None
    weakref_kind = HWeakref
    op = unreachable.gc_next
    while op is not unreachable:
        nxt = op.gc_next
        if isinstance(op, weakref_kind):
            # bpo-38006: a weakref inside the garbage is cleared now; its callback never runs.
            if cleared is not None and op.wr_object is not None:
                cleared.append(op.addr)
            heap.weakref_clear_ref(op)
        wrlist = op.weakrefs                  # None for most objects: test it before the type
        if wrlist and op.ob_type.weakrefable:
            while wrlist:
                wr = wrlist[0]
                heap.weakref_clear_ref(wr)     # unlinks wr from wrlist, keeps its callback
                if cleared is not None:
                    cleared.append(wr.addr)
                if wr.wr_callback is None:
                    continue
                if wr.gc_flags & COLLECTING:
                    continue                   # the weakref is trash too: no callback
                heap.incref(wr)                # keep wr alive until its callback has run
                gc_list_move(wr, wrcb_to_call)
        op = nxt
    if cleared is not None:
        _phase(heap, "handle_weakrefs", cleared=cleared, callbacks=_addrs(wrcb_to_call))

    num_freed = 0
    called = 0
    runtime = heap.runtime
    while wrcb_to_call.gc_next is not wrcb_to_call:
        wr = wrcb_to_call.gc_next
        callback = wr.wr_callback
        if callback is not None:
            if heap.events.active:
                heap.events.emit("weakref_callback", weakref=wr.addr, by="gc")
            runtime.call_ignoring_errors(callback, [wr], where=callback)
            called += 1
        heap.decref(wr)
        if wrcb_to_call.gc_next is wr:
            gc_list_move(wr, old)              # still alive: it joins the older generation
        else:
            num_freed += 1
    return num_freed, called


def finalize_garbage(heap: Heap, collectable: GCList) -> int:
    """Call tp_finalize (__del__) once per object, in list order (finalize_garbage, PEP 442).
    FINALIZED is set *before* the call, so a resurrected object's __del__ never runs again. Objects
    may disappear from the lists meanwhile (a finalizer can drop the last reference). Returns how
    many finalizers ran."""
    called: list[int] | None = [] if heap.events.active else None
    if not _any_finalizer(heap, collectable):
        # Nothing to call: the walk below would move every object to `seen` and back, in order.
        if called is not None:
            _phase(heap, "finalize_garbage", finalized=called)
        return 0
    seen = GCList("seen")
    ran = 0
    while collectable.gc_next is not collectable:
        op = collectable.gc_next
        gc_list_move(op, seen)
        if not op.gc_flags & FINALIZED:
            finalize = heap.type_finalizer(op.ob_type)
            if finalize is not None:
                op.gc_flags |= FINALIZED
                ran += 1
                if called is not None:
                    called.append(op.addr)
                    heap.events.emit("finalize", addr=op.addr, type=op.ob_type.name, by="gc")
                heap.incref(op)
                heap.runtime.call_finalizer(finalize, op)
                heap.decref(op)
    gc_list_merge(seen, collectable)
    if called is not None:
        _phase(heap, "finalize_garbage", finalized=called)
    return ran


def _any_finalizer(heap: Heap, collectable: GCList) -> bool:
    """Whether some object of `collectable` has a tp_finalize that has not run yet (per-type lookups
    cached: no simulated code runs during this scan, so no type changes)."""
    finalizer = heap.type_finalizer
    has: dict[Any, bool] = {}
    finalized = FINALIZED
    op = collectable.gc_next
    while op is not collectable:
        if not op.gc_flags & finalized:
            tp = op.ob_type
            found = has.get(tp)
            if found is None:
                found = has[tp] = finalizer(tp) is not None
            if found:
                return True
        op = op.gc_next
    return False


def check_garbage(heap: Heap, collectable: GCList) -> bool:
    """3.8: after the finalizers, recompute the references from outside the garbage; True if any
    object has some (it was resurrected) -- then the whole batch survives (check_garbage).
    COLLECTING is cleared on every object either way."""
    for op in collectable:
        op.gc_flags = (op.gc_flags & GC_FLAGS_MASK) | (op.ob_refcnt << GC_REFS_SHIFT)
    subtract_refs(collectable)
    resurrected = False
    for op in collectable:
        f = op.gc_flags
        if f >> GC_REFS_SHIFT != 0:
            resurrected = True
        op.gc_flags = f & _SCANNED
    return resurrected


def handle_resurrected_objects(heap: Heap, unreachable: GCList, still_unreachable: GCList,
                               old: GCList, permanent: GCList | None) -> None:
    """3.9+: rerun the reachability analysis on the garbage alone; what a finalizer resurrected (and
    everything it reaches) moves to `old`, the rest to `still_unreachable`, which keeps COLLECTING
    (handle_resurrected_objects)."""
    gc_list_clear_collecting(unreachable)
    deduce_unreachable(heap, unreachable, still_unreachable, permanent)
    clear_unreachable_mask(still_unreachable)
    if heap.events.active:
        _phase(heap, "handle_resurrected_objects", resurrected=_addrs(unreachable),
               still_unreachable=_addrs(still_unreachable))
    gc_list_merge(unreachable, old)


# ---------------------------------------------------------------------------- freeing the garbage
def delete_garbage(gcstate: GCState, collectable: GCList, old: GCList) -> None:
    """Break the cycles: tp_clear on the head object until the list is empty (delete_garbage).
    With DEBUG_SAVEALL the objects go to gc.garbage instead. An object still at the head after its
    tp_clear survived: it loses COLLECTING and moves to `old`."""
    heap = gcstate.heap
    saveall = gcstate.debug & DEBUG_SAVEALL
    cleared: list[int] | None = [] if heap.events.active else None
    garbage = gcstate.get_garbage() if saveall else None
    runtime = heap.runtime
    incref = heap.incref
    decref = heap.decref
    while collectable.gc_next is not collectable:
        op = collectable.gc_next
        if op.ob_refcnt <= 0:
            raise HeapError("gc", op, "refcount is too small (garbage object already dead)")
        if garbage is not None:
            runtime.list_append(garbage, op)
        else:
            if cleared is not None:
                cleared.append(op.addr)
            incref(op)
            op.tp_clear(heap)
            decref(op)
        if collectable.gc_next is op:
            op.gc_flags &= _NOT_COLLECTING
            gc_list_move(op, old)
    if cleared is not None:
        _phase(heap, "delete_garbage", cleared=cleared, saved=garbage is not None)


# ---------------------------------------------------------------------------- callbacks and debug
def invoke_gc_callback(gcstate: GCState, phase: str, generation: int, collected: int,
                       uncollectable: int) -> None:
    """Call every gc.callbacks entry with (phase, info) (invoke_gc_callback). The info dict is built
    only if the list is non-empty; the list is indexed live, so callbacks may edit it."""
    cbs = gcstate.callbacks
    if cbs is None or not cbs.items:
        return
    heap = gcstate.heap
    runtime = heap.runtime
    info = runtime.make_info_dict(generation, collected, uncollectable)
    i = 0
    while i < len(cbs.items):
        cb = cbs.items[i]
        heap.incref(cb)
        phase_obj = runtime.make_str(phase)
        runtime.call_ignoring_errors(cb, [phase_obj, info], where=cb)
        heap.decref(phase_obj)
        heap.decref(cb)
        i += 1
    heap.decref(info)


def show_stats_each_generations(gcstate: GCState) -> None:
    """The DEBUG_STATS header lines: list lengths (not counts) of each generation and the permanent
    one (show_stats_each_generations)."""
    lengths = [len(g) for g in gcstate.generations]
    for i in range(len(lengths)):
        lengths[i] += gcstate.unbuilt_in(i)
    sizes = "".join(f" {n}" for n in lengths)
    gcstate.heap.runtime.write_stderr(f"gc: objects in each generation:{sizes}\n"
                                      f"gc: objects in permanent generation: {gcstate.freeze_count()}\n")


def debug_cycle(heap: Heap, msg: str, op: Any) -> None:
    """``gc: collectable <TYPE 0xADDR>`` (debug_cycle; the model address stands for %p)."""
    heap.runtime.write_stderr(f"gc: {msg} <{op.ob_type.name} {op.addr:#x}>\n")


# ---------------------------------------------------------------------------- event helpers
def _phase(heap: Heap, name: str, **state: Any) -> None:
    heap.events.emit("gc_phase", phase=name, **state)


def _addrs(lst: GCList) -> list[int]:
    return [op.addr for op in lst]


def _refs(lst: GCList) -> list[tuple[int, int]]:
    return [(op.addr, op.gc_refs) for op in lst]
