"""The collector's state: generations, thresholds, counts, and when automatic collections run.

Mirrors `struct _gc_runtime_state` (Include/internal/pycore_gc.h / pycore_interp.h): three generation
lists with their threshold and count, the permanent generation (gc.freeze), long_lived_total/pending,
enabled, debug flags, the collecting guard, per-generation stats, and (from 3.12) the scheduled flag the
eval breaker looks at.

The collection itself is done by the `Collector` strategy the profile names (``collector.py``); this
module decides *when* it runs:

* 3.8-3.11 (``collect_in_allocation``): the GC allocation that pushes generation 0's count over its
  threshold collects right there, before the new object is tracked.
* 3.12+: that allocation only sets ``scheduled``; the interpreter calls `run_scheduled` at its next
  eval-breaker check (_Py_RunGC).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .gclist import GCList, gc_list_merge, gc_list_move
from .unbuilt import PERMANENT, STARTUP_OLD, UnbuiltGroup, startup_groups, take

if TYPE_CHECKING:
    from .heap import Heap


class GCState:
    """Generation bookkeeping of one heap (see module docstring)."""

    def __init__(self, heap: Heap) -> None:
        self.heap = heap
        prof = heap.profile.gc
        self.generations = [GCList(f"generation {i}") for i in range(prof.num_generations)]
        self.permanent = GCList("permanent generation")
        self.thresholds = list(prof.default_thresholds)
        self.counts = [0] * prof.num_generations
        self.enabled = True
        self.debug = 0
        self.collecting = False
        self.scheduled = False                 # 3.12+: _Py_ScheduleGC set the eval-breaker bit
        self.collect_in_allocation = prof.collect_in_allocation
        self.long_lived_total = 0
        self.long_lived_pending = 0
        self.stats = [{"collections": 0, "collected": 0, "uncollectable": 0}
                      for _ in range(prof.num_generations)]
        self.garbage: Any = None               # the gc.garbage list object (set by the runtime)
        self.callbacks: Any = None             # the gc.callbacks list object (set by the runtime)
        self.error_pending = False             # PyErr_Occurred() at allocation time
        # Start-up objects of the real interpreter that the model counts but does not build
        # (unbuilt.py; made by `settle_startup`)
        self.unbuilt: list[UnbuiltGroup] = []
        self.unbuilt_garbage = 0               # of them, garbage of the next collection (shutdown)
        self.first_imported: list[str] = []    # modules whose first import ran (their shutdown facts)
        # The environment the real start-up ran in (profiles/gc.py STARTUP_ENVIRONMENTS): site.py
        # allocates differently without HOME, so the start-up facts are read for this key. The
        # conformance environment's by default; the runner sets it before the runtime is built.
        self.startup_environment = "home_unset"
        from .collector import make_collector  # the collector is built on this state
        self.collector = make_collector(self)

    def settle_startup(self) -> None:
        """The interpreter finished starting: what the model built lies where start-up's collections
        left the real objects (generation startup_survivors_generation), and the real start-up heap's
        tracked objects that the model did not build are counted in their generations
        (unbuilt.startup_groups)."""
        prof = self.heap.profile.gc
        built = sum(len(g) for g in self.generations) + len(self.permanent)
        self.unbuilt = startup_groups(prof, self.startup_environment, built)
        survivors = prof.startup_survivors_generation
        for g in self.generations[:survivors]:
            gc_list_merge(g, self.generations[survivors])

    def survivors_generation(self) -> int:
        """The generation start-up's survivors are in now (collections promote them)."""
        for grp in self.unbuilt:
            if grp.name == STARTUP_OLD and grp.generation != PERMANENT:
                return grp.generation
        return self.heap.profile.gc.startup_survivors_generation

    def unbuilt_in(self, generation: int) -> int:
        """Unbuilt start-up objects in `generation` (PERMANENT: the permanent generation)."""
        return sum(grp.count for grp in self.unbuilt if grp.generation == generation)

    def startup_atexit_done(self) -> None:
        """The atexit callbacks ran: what start-up's own callbacks released (fact
        gc.startup_atexit_frees), per generation."""
        for generation, n in enumerate(self.heap.profile.gc.startup_atexit_frees[self.startup_environment]):
            take(self.unbuilt, n, range(generation, generation + 1))

    def profile_shutdown_collections(self) -> list[tuple[int, int, int]]:
        """(freed, new_young, garbage) per finalize_modules collection (fact gc.shutdown_collections),
        with what each first-imported module adds to them (fact gc.first_import_shutdown)."""
        prof, env = self.heap.profile.gc, self.startup_environment
        steps = [list(step) for step in prof.shutdown_collections[env]]
        for name in self.first_imported:
            for step, extra in zip(steps, prof.first_import_shutdown[env].get(name, ()), strict=False):
                for i, n in enumerate(extra):
                    step[i] += n
        return [(max(0, a), max(0, b), max(0, c)) for a, b, c in steps]

    def startup_objects_die(self, freed: int, new_young: int, garbage: int) -> None:
        """Shutdown, before one of finalize_modules' collections: `freed` unbuilt start-up objects
        were freed by refcount since the last collection (modules removed, dicts cleared),
        `new_young` tracked ones were made (the weak list of the modules ...), and `garbage` of
        them will be unreachable in the collection (profile fact gc.shutdown_collections)."""
        for grp in self.unbuilt:            # a first import's objects die with their module
            if grp.dies_at_shutdown:
                garbage += grp.count
                grp.dies_at_shutdown = False
        take(self.unbuilt, freed, range(len(self.generations)))
        if new_young:
            self.unbuilt.insert(0, UnbuiltGroup("shutdown young", new_young, 0, examined=True))
        self.unbuilt_garbage = garbage

    def first_import_objects(self, name: str, built: list[Any]) -> None:
        """Module `name` was imported for the first time and its traced traffic replayed: the real
        import's tracked objects lie as fact gc.first_import_populations says — the last `moved` of
        the model's own (`built`, in creation order) still in generation 0 (made after the import's
        collection); of those the model does not build, `young` in generation 0 and `old` in
        generation 1 (promoted by that collection). A negative `young`: start-up had imported the
        module already."""
        self.first_imported.append(name)
        entry = self.heap.profile.gc.first_import_populations[self.startup_environment].get(name)
        if entry is None:
            return
        moved, young, old, first_pass = entry
        gen0 = self.generations[0]
        if young < 0:
            # start-up had already imported it (a site .pth: 3.11 on the test machine): what the
            # model builds now is among start-up's survivors, which counted it unbuilt so far
            for op in built:
                self.place_with_startup_objects(op)
            take(self.unbuilt, -young, range(1, len(self.generations)))
            return
        young_now = {id(op) for op in gen0}
        promoted = [op for op in built if op.gc_next is not None and id(op) not in young_now]
        for op in promoted[-moved:] if moved else []:
            gc_list_move(op, gen0)
        if old:      # made before the import's own collection, which promoted them
            self.unbuilt.insert(0, UnbuiltGroup(f"import {name} (promoted)", old, 1, examined=True,
                                                dies_at_shutdown=True))
        if young:
            self.unbuilt.insert(0, UnbuiltGroup(f"import {name}", young, 0, first_pass=first_pass,
                                                dies_at_shutdown=True))

    def place_with_startup_objects(self, op: Any) -> None:
        """Put a tracked object the real start-up made, but the model makes later, where start-up's
        survivors are now."""
        if op.gc_next is not None:
            gc_list_move(op, self.generations[self.survivors_generation()])

    def apply_startup_state(self) -> None:
        """The main script is about to be compiled: the counters and the per-generation statistics
        hold what the real start-up left in them (profile gc.startup_counts, gc.startup_stats), so
        automatic collections come when CPython's do and gc.get_stats() counts start-up's; both as
        start-up left them in `startup_environment`."""
        prof = self.heap.profile.gc
        env = self.startup_environment
        self.counts[:] = list(prof.startup_counts[env])
        for stats, (collections, collected, uncollectable) in zip(self.stats, prof.startup_stats[env],
                                                                  strict=True):
            stats.update(collections=collections, collected=collected, uncollectable=uncollectable)

    def freeze_count(self) -> int:
        """Length of the permanent generation, unbuilt start-up objects included."""
        return len(self.permanent) + self.unbuilt_in(PERMANENT)

    def collect(self, generation: int = 2, reason: str = "manual") -> int:
        """Collect `generation` and all younger ones; return collected + uncollectable, or 0 when a
        collection is already running (gc.collect inside a finalizer or callback)."""
        return self.collector.collect(generation, reason)

    def get_garbage(self) -> Any:
        """The gc.garbage list object; a library heap gets one from its runtime on first use."""
        if self.garbage is None:
            self.garbage = self.heap.runtime.make_list()
        return self.garbage

    def get_callbacks(self) -> Any:
        """The gc.callbacks list object; a library heap gets one from its runtime on first use."""
        if self.callbacks is None:
            self.callbacks = self.heap.runtime.make_list()
        return self.callbacks

    def count_allocation(self) -> None:
        """A GC object's memory was obtained: generations[0].count += 1, and maybe collect
        (3.8-3.10 _PyObject_GC_Alloc, 3.11 _PyObject_GC_Link) or schedule (3.12+)."""
        c = self.counts[0] + 1
        self.counts[0] = c
        t0 = self.thresholds[0]
        if (c > t0 and t0 and self.enabled and not self.collecting and not self.error_pending):
            if self.collect_in_allocation:
                self.collect_generations()
            else:
                self.scheduled = True

    def count_deallocation(self) -> None:
        """PyObject_GC_Del: generations[0].count -= 1 if positive."""
        if self.counts[0] > 0:
            self.counts[0] -= 1

    def collect_generations(self) -> int:
        """Automatic collection: pick the generation as CPython does and collect it."""
        return self.collector.collect_generations()

    def run_scheduled(self) -> None:
        """_Py_RunGC (3.12+): called by the interpreter at an eval-breaker check."""
        if self.scheduled:
            self.scheduled = False
            if self.enabled and not self.collecting:
                self.collect_generations()
