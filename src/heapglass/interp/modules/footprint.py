"""The heap effects of the first import of a simulated module (facts first_import_footprint,
first_import_loads, types_garbage_marks).

The model builds `gc`, `weakref`, `atexit` and `math` from its own code, which allocates differently
from CPython's import (unmarshalling the .pyc, importlib's bookkeeping, the real module code). So the
module is built with generation 0's count held still and no automatic collection, and the real
import is replayed: its traced GC-object traffic, through the model's free lists (fact
first_import_trace; the module is then built unaccounted: Heap.unaccounted); without a trace, its
measured count, as GC allocations. Automatic collections happen where CPython's do. Where the real
import also loads `types`, Lib/types.py's class _C (lib/_heapglass_types.py) is created and deleted
at the traced points (the trace's 'C' / 'D') or measured counts (types_garbage_marks) of that
replay, so its cyclic garbage is left for the program's next collection or freed by an automatic one
inside the import, as in CPython. Finally the
blocks the real import leaves that the model does not materialise are added to the runtime's
unmodelled blocks, so sys.getallocatedblocks() moves by the measured amount.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...heap.objects import HObject
from .facts import module_facts

if TYPE_CHECKING:
    from ..runtime import Runtime

TYPES_STANDIN = "_heapglass_types"   # registered by install() (lib/_heapglass_types.py)
TRACE_FAMILIES = {"t": "tuple", "l": "list", "d": "dict", "m": "method", "c": "cfunction", "f": "frame"}


def with_first_import_footprint(name: str, factory: Callable[[Runtime], HObject]) -> Callable[[Runtime], HObject]:
    """`factory` for module `name`, wrapped so that building it has the real first import's effects
    on the collector and on sys.getallocatedblocks() (unchanged when no footprint was measured)."""

    def first_import(rt: Runtime) -> HObject:
        facts = module_facts(rt.profile)
        footprint = facts.first_import_footprint.get(name)
        if footprint is None:
            return factory(rt)
        count, blocks = footprint
        tracker = _Tracker(rt)
        trace = facts.first_import_trace.get(name)
        gen0 = rt.heap.gc.generations[0]
        before = {id(op) for op in gen0}
        module = tracker.quiet(lambda rt_: rt_.find_and_load(factory), apart=trace is not None)
        built = [op for op in gen0 if id(op) not in before]     # the module's objects, in order
        loads_types = "types" in facts.first_import_loads.get(name, ())
        marks = facts.types_garbage_marks if loads_types else None
        if trace is not None:
            made: list[HObject] = []

            def types_c_made() -> None:    # types.py: `class _C: ...` (its cyclic garbage)
                scheduled = rt.heap.gc.scheduled   # a collection the trace scheduled stays due
                with rt.heap.unaccounted():
                    made.append(rt.import_module(TYPES_STANDIN))
                rt.heap.gc.scheduled = scheduled

            def types_c_deleted() -> None:   # types.py: `del sys, _f, _g, _C, ...`
                with rt.heap.unaccounted():
                    rt.dict_delitem_str(made[0].dict, "_C")
                    rt.decref(made.pop())
            tracker.replay_trace(trace, {"C": types_c_made, "D": types_c_deleted} if loads_types else {})
        elif marks is None:
            tracker.replay(count)
        else:
            created, deleted = marks
            tracker.replay(created)
            standin = tracker.counted(lambda: rt.import_module(TYPES_STANDIN))
            tracker.replay(deleted - created - tracker.last_counted)
            rt.dict_delitem_str(standin.dict, "_C")   # types.py: del sys, _f, _g, _C, ...
            rt.decref(standin)
            tracker.replay(count - deleted)
        tracker.settle_blocks(blocks)
        rt.heap.gc.first_import_objects(name, built)
        return module
    return first_import


class _Tracker:
    """The bookkeeping of one first import: blocks the model allocated (collections excluded) and
    the generation-0 allocations it counted or replayed."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.gc = rt.heap.gc
        self.blocks_before = rt.heap.memory.allocated_blocks()
        self.freed_by_collections = 0
        self.last_counted = 0

    def quiet(self, build: Callable[[Runtime], HObject], apart: bool = False) -> HObject:
        """Run `build` with generation 0's count restored afterwards and no automatic collection;
        `apart`: unaccounted altogether (Heap.unaccounted: no free list used either), when a trace
        replays what the real import does to them."""
        if apart:
            with self.rt.heap.unaccounted():
                return build(self.rt)
        gc = self.gc
        count, enabled = gc.counts[0], gc.enabled
        gc.enabled = False
        try:
            return build(self.rt)
        finally:
            gc.enabled = enabled
            gc.counts[0] = count

    def counted(self, run: Callable[[], HObject]) -> HObject:
        """Run `run` normally, remembering how many generation-0 allocations it counted."""
        before = self.gc.counts[0]
        result = run()
        self.last_counted = max(0, self.gc.counts[0] - before)
        return result

    def collecting(self, step: Callable[[], None]) -> None:
        """Run `step` (a GC allocation or an eval-breaker check: either may collect), keeping the
        blocks a collection in it freed apart from the import's own (settle_blocks)."""
        memory = self.rt.heap.memory
        before = memory.allocated_blocks()
        step()
        self.freed_by_collections += max(0, before - memory.allocated_blocks())

    def replay(self, n: int) -> None:
        """`n` GC allocations of the real import that the model does not make (_PyObject_GC_Link /
        _PyObject_GC_Alloc: generations[0].count += 1, collecting or scheduling as CPython does)."""
        gc = self.gc

        def allocation() -> None:
            gc.count_allocation()   # 3.8-3.11 may collect here
            gc.run_scheduled()      # 3.12+: importlib's Python code reaches an eval-breaker check
        for _ in range(max(0, n)):
            self.collecting(allocation)

    def replay_trace(self, trace: str, marks: dict[str, Callable[[], None]] | None = None) -> None:
        """The real import's GC-object traffic (fact first_import_trace, modules/import_traces.py),
        in order: objects of free-list families are made and released through the model's free
        lists (a pop is no GC allocation, a push no GC free), the others count and uncount. 3.8-3.11
        collect in the allocation that crosses the threshold; 3.12+ at importlib's eval-breaker
        checks ('!'), only if the count is still past the threshold (gc_collect_generations).
        `marks`: what to do at the trace's other one-letter tokens ('C' / 'D': Lib/types.py makes /
        deletes its class _C, whose garbage the model builds for real)."""
        from ..runtime import FREELIST_KINDS
        from ..sizes import object_size
        memory = self.rt.heap.memory
        gc = self.gc
        profile = self.rt.profile
        live: dict[tuple[str, int], list[int]] = {}
        for token in trace.split():
            sign, kind = token[0], token[1:]
            if sign == "!":
                self.collecting(gc.run_scheduled)
                continue
            if sign in "CD":
                if marks and sign in marks:
                    marks[sign]()
                continue
            if not kind:
                if sign == "+":
                    self.collecting(gc.count_allocation)
                else:
                    gc.count_deallocation()
                continue
            family = TRACE_FAMILIES[kind[0]]
            length = int(kind[1:]) if family == "tuple" else 0
            key = length if family == "tuple" else None
            nbytes = object_size(profile, FREELIST_KINDS.get(family, family), length)
            made = live.setdefault((family, length), [])
            if sign == "+":
                addr, reused = memory.object_alloc(nbytes, family, key)
                made.append(addr)
                if not reused:
                    self.collecting(gc.count_allocation)
            else:   # an object made before the import: a block of its size stands for it
                addr = made.pop() if made else memory.malloc(nbytes)
                if not memory.object_free(addr, nbytes, family, key):
                    gc.count_deallocation()

    def settle_blocks(self, blocks: int) -> None:
        """Make the import's sys.getallocatedblocks() delta the real one (collections aside)."""
        built = self.rt.heap.memory.allocated_blocks() - self.blocks_before + self.freed_by_collections
        self.rt.unmodelled_startup_blocks += blocks - built

