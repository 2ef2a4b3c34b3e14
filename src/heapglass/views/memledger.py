"""The memory ledger: where each freed object's memory went, followed through the allocator's own events.

`Ledger` walks a recorded run (the `Recorder`'s events, from the `Baseline` of the allocator taken when
the recorder attached) and keeps, for every object freed during the run, the fate of its memory: what
the allocator did with it when the object was freed (`FreedObject.first`) and where it is now
(`FreedObject.now`). Nothing is inferred from addresses alone: each state change is an allocator event
(obmalloc.c names), so the "why" is what the model's pymalloc did.

Fates (`Fate.kind`), in the order memory travels back towards the OS:

* ``freelist``   -- kept by the type's free list (family, tuple length, occupancy after the push, capacity);
                    pymalloc never saw the free (e.g. float_dealloc, tupledealloc).
* ``block``      -- a free block on its pool's LIFO free list; the pool still has blocks in use, so it
                    stays in ``usedpools[size class]`` (pymalloc_free).
* ``pool_empty`` -- the pool's last block came back: the pool is cached on its arena's ``freepools``;
                    the arena still has pools in use (insert_to_freepool).
* ``arena_kept`` -- every pool of the arena is free, yet the arena is not unmapped: it is the last arena
                    in ``usable_arenas`` (bpo-37257, the profile's ``keeps_last_free_arena``).
* ``released``   -- the arena was returned to the OS (munmap; release of a wholly free arena).
* ``raw``        -- the block came from the raw allocator (request of 0 or > 512 bytes) and went back to it
                    (PyMem_RawFree); what libc does next is outside the model.
* ``reused``     -- the address was handed out again (a new object, or a buffer such as an item array).

Arenas get a life each (`ArenaLife`): allocated (or already there at the start), returned to the OS, and
the moments all their pools were free but they were kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Events the allocator emits inside one object's free, before the heap's ``free`` event.
ALLOCATOR_FREE_KINDS = frozenset({"block_free", "pool_empty", "arena_free_to_os", "freelist_push"})
HELD = frozenset({"block", "pool_empty", "arena_kept"})     # fates that sit in a pool of a live arena


@dataclass(frozen=True)
class Baseline:
    """The allocator when the recorder attached: geometry, the version's arena rule, free-list
    capacities, the allocated arenas (index -> (address, ntotalpools)) and blocks in use per pool."""

    pool_size: int
    arena_size: int
    threshold: int
    keeps_last_free_arena: bool
    capacities: dict[str, int]
    arenas: dict[int, tuple[int, int]]
    pool_counts: dict[int, int]


def allocator_baseline(memory: Any) -> Baseline:
    """Read a `Baseline` from a `heapglass.alloc.memory.Memory`."""
    pm = memory.pymalloc
    arenas = {a.index: (a.address, a.ntotalpools) for a in pm.arenas if a.address}
    counts = {p.address: p.count for a in pm.arenas if a.address for p in a.pools}
    return Baseline(pm.pool_size, pm.arena_size, pm.threshold, bool(pm.keeps_last),
                    dict(memory.freelists.capacity), arenas, counts)


@dataclass
class Fate:
    """One state of a freed object's memory, reached at event `seq` (source `line`)."""

    kind: str
    seq: int
    line: int | None
    pool: int | None = None
    arena: int | None = None
    size_class: int | None = None
    family: str | None = None
    key: int | None = None
    occupancy: int | None = None
    capacity: int | None = None
    in_use: int | None = None          # block: blocks still in use in the pool
    nfreepools: int | None = None      # pool_empty / arena_kept: free pools of the arena after it
    ntotalpools: int | None = None
    by: str | None = None              # reused: the new owner's type (None: a buffer, not an object)
    cause: str | None = None           # how it got here when not by the object's own free

    def at(self) -> str:
        return f"line {self.line}" if self.line is not None else "outside the program's lines"

    def text(self, keeps_last: bool = False) -> str:
        """The fate as a clause ("kept on the float free list (1 of 100)"); `keeps_last` is the
        version's arena rule (the profile's ``keeps_last_free_arena``), told with a release."""
        cause = f"{self.cause}; " if self.cause else ""
        if self.kind == "freelist":
            name = f"{self.family}[{self.key}]" if self.family == "tuple" else self.family
            return f"{cause}kept on the {name} free list ({self.occupancy} of {self.capacity})"
        if self.kind == "block":
            return (f"{cause}free block in pool @{self.pool:#x} (size class {self.size_class}), which still "
                    f"has {self.in_use} block{'s' if self.in_use != 1 else ''} in use")
        if self.kind == "pool_empty":
            used = (self.ntotalpools or 0) - (self.nfreepools or 0)
            return (f"{cause}pool @{self.pool:#x} became empty and is cached in arena #{self.arena} "
                    f"({self.nfreepools} of {self.ntotalpools} pools free; the arena stays: {used} in use)")
        if self.kind == "arena_kept":
            return (f"{cause}pool @{self.pool:#x} became empty; all {self.ntotalpools} pools of arena "
                    f"#{self.arena} are free, but it is kept: the last arena in usable_arenas (bpo-37257)")
        if self.kind == "released":
            return (f"{cause}arena #{self.arena} returned to the OS at {self.at()} "
                    f"({release_reason(self.ntotalpools, keeps_last)})")
        if self.kind == "raw":
            return f"{cause}given back to the raw allocator (PyMem_RawFree)"
        if self.kind == "reused":
            if self.by is None and self.cause:
                return self.cause
            owner = f"a new {self.by}" if self.by else "a buffer (not an object)"
            return f"reused at {self.at()} by {owner}"
        return self.kind


@dataclass
class FreedObject:
    """An object freed during the run and the fate of its memory."""

    addr: int
    type: str | None            # None while unclaimed (a buffer's block until the object's free event)
    seq: int
    line: int | None
    nbytes: int | None
    born: bool                  # allocated during the run (False: part of the start-up heap)
    first: Fate
    now: Fate


@dataclass
class ArenaLife:
    """One arena from its mmap (or the start of the run) to its munmap (or the end)."""

    index: int
    address: int
    ntotalpools: int
    allocated: tuple[int, int | None] | None      # (seq, line); None: already there at the start
    released: tuple[int, int | None] | None = None
    kept: list[tuple[int, int | None]] = field(default_factory=list)   # all pools free, not released


class Ledger:
    """Follows freed objects' memory through a run's events (see module docstring). Feed it the
    events in order (`feed`); one method per event kind, named ``on_<kind>``."""

    def __init__(self, baseline: Baseline) -> None:
        self.base = baseline
        self.freed: list[FreedObject] = []
        self.arenas: list[ArenaLife] = []
        self.current: dict[int, ArenaLife] = {}
        for index, (address, ntotal) in sorted(baseline.arenas.items()):
            self._arena(ArenaLife(index, address, ntotal, None))
        self.pool_counts: dict[int, int] = dict(baseline.pool_counts)
        self.open: dict[int, FreedObject] = {}        # address -> record whose memory is not reused yet
        self.by_pool: dict[int, set[int]] = {}        # pool -> addresses of records in a HELD fate
        self.live_born: dict[int, tuple[str, int]] = {}   # address -> (type, nbytes) of objects born
        self.from_freelist: dict[int, str] = {}       # live born address -> free list it came from
        self.pending: list[FreedObject] = []          # blocks freed since the last object event
        self.reusing: FreedObject | None = None       # record whose address a block/pop just reused
        self.last_pop: tuple[int, str] | None = None
        self.maybe_kept: tuple[ArenaLife, dict[str, Any]] | None = None
        self.cached_pools: set[int] = set()           # pools whose records sit in an empty (cached) pool

    # ------------------------------------------------------------------ driving
    def feed(self, events: list[dict[str, Any]]) -> Ledger:
        handlers = {name[3:]: getattr(self, name) for name in dir(self) if name.startswith("on_")}
        for ev in events:
            kind = ev["kind"]
            if self.maybe_kept is not None and kind != "arena_free_to_os":
                self._confirm_kept()
            if self.pending and kind not in ALLOCATOR_FREE_KINDS and kind != "free":
                self._drop_pending()
            handler = handlers.get(kind)
            if handler is not None:
                handler(ev)
        if self.maybe_kept is not None:
            self._confirm_kept()
        self._drop_pending()
        return self

    # ------------------------------------------------------------------ objects
    def on_alloc(self, ev: dict[str, Any]) -> None:
        addr = ev["addr"]
        self.live_born[addr] = (ev.get("type", "?"), ev.get("nbytes", 0))
        rec = self.reusing if self.reusing is not None and self.reusing.addr == addr else self.open.get(addr)
        if rec is not None:       # a raw block (no allocator event) or the block/pop just seen
            self._reuse(rec, ev, ev.get("type", "?"))
        self.reusing = None
        if ev.get("reused") and self.last_pop is not None and self.last_pop[0] == addr:
            self.from_freelist[addr] = self.last_pop[1]
        else:
            self.from_freelist.pop(addr, None)
        self.last_pop = None

    def on_free(self, ev: dict[str, Any]) -> None:
        addr = ev["addr"]
        born = self.live_born.pop(addr, None)
        self.from_freelist.pop(addr, None)
        rec = next((r for r in self.pending if r.addr == addr), None)
        if rec is None:           # no pymalloc or free-list event: the raw allocator took it back
            fate = Fate("raw", ev["seq"], ev["line"])
            rec = FreedObject(addr, None, ev["seq"], ev["line"], None, False, fate, fate)
            self.open[addr] = rec
        else:
            self.pending.remove(rec)
        rec.type = ev.get("type", "?")
        rec.seq, rec.line = ev["seq"], ev["line"]
        rec.born = born is not None
        rec.nbytes = born[1] if born is not None else None
        self.freed.append(rec)
        self._drop_pending()

    def settle(self, memory: Any) -> Ledger:
        """What no event tells: a raw chunk given back and handed out again to a buffer (the raw
        allocator emits no events). Reads `memory.raw` now."""
        for rec in list(self.open.values()):
            if rec.now.kind == "raw" and memory.raw.owns(rec.addr):
                self._move(rec, Fate("reused", rec.now.seq, rec.now.line, cause="its raw chunk is in use again"))
                del self.open[rec.addr]
        return self

    # ------------------------------------------------------------------ free lists
    def on_freelist_push(self, ev: dict[str, Any]) -> None:
        family = ev.get("family", "?")
        fate = Fate("freelist", ev["seq"], ev["line"], family=family, key=ev.get("key"),
                    occupancy=ev.get("size"), capacity=self.base.capacities.get(family))
        self._new_pending(ev["address"], fate)

    def on_freelist_pop(self, ev: dict[str, Any]) -> None:
        self.last_pop = (ev["address"], ev.get("family", "?"))
        self._start_reuse(ev["address"], ev)

    # ------------------------------------------------------------------ pymalloc
    def on_block_alloc(self, ev: dict[str, Any]) -> None:
        pool = ev["pool"]
        self.pool_counts[pool] = self.pool_counts.get(pool, 0) + 1
        self._pool_back_in_use(ev, pool, f"its pool was taken into use again at {_at(ev)}")
        self._start_reuse(ev["address"], ev)

    def on_pool_init(self, ev: dict[str, Any]) -> None:
        """allocate_from_new_pool re-initialised an empty pool for another size class: its old blocks
        are now part of the new class's blocks."""
        self._pool_back_in_use(ev, ev["pool"], f"its pool was re-initialised for size class "
                                               f"{ev.get('size_class')} at {_at(ev)}")

    def on_block_free(self, ev: dict[str, Any]) -> None:
        pool = ev["pool"]
        count = self.pool_counts.get(pool, 0) - 1
        self.pool_counts[pool] = count
        fate = Fate("block", ev["seq"], ev["line"], pool=pool, size_class=ev.get("size_class"), in_use=count)
        rec = self.open.get(ev["address"])
        if rec is not None and rec.now.kind == "freelist":
            # a free list emptied into pymalloc: a full collection (clear_freelists) did it
            fate.cause = f"the {rec.now.family} free list was cleared at {_at(ev)}"
            self._move(rec, fate)
        else:
            self._new_pending(ev["address"], fate)

    def on_pool_empty(self, ev: dict[str, Any]) -> None:
        pool, arena = ev["pool"], ev["arena"]
        life = self.current.get(arena)
        nfree = ev.get("nfreepools")
        ntotal = life.ntotalpools if life is not None else None
        fields = {"pool": pool, "arena": arena, "nfreepools": nfree, "ntotalpools": ntotal}
        self.cached_pools.add(pool)
        for addr in list(self.by_pool.get(pool, ())):
            rec = self.open[addr]
            cause = rec.now.cause if rec.now.kind == "block" else None
            self._move(rec, Fate("pool_empty", ev["seq"], ev["line"], cause=cause, **fields))
        if life is not None and nfree == ntotal:
            # released by the very next event, or kept (confirmed by any other next event)
            self.maybe_kept = (life, {"seq": ev["seq"], "line": ev["line"], **fields})

    def on_arena_alloc(self, ev: dict[str, Any]) -> None:
        self._arena(ArenaLife(ev["arena"], ev["address"], ev.get("pools", 0), (ev["seq"], ev["line"])))

    def on_arena_free_to_os(self, ev: dict[str, Any]) -> None:
        self.maybe_kept = None
        life = self.current.pop(ev["arena"], None)
        address = ev.get("address", life.address if life is not None else 0)
        if life is not None:
            life.released = (ev["seq"], ev["line"])
        step = self.base.pool_size
        ntotal = life.ntotalpools if life is not None else None
        for pool in range(address - address % step, address + self.base.arena_size, step):
            for addr in list(self.by_pool.get(pool, ())):
                self._move(self.open.pop(addr), Fate("released", ev["seq"], ev["line"], pool=pool,
                                                     arena=ev["arena"], ntotalpools=ntotal))
            self.pool_counts.pop(pool, None)
            self.cached_pools.discard(pool)

    # ------------------------------------------------------------------ helpers
    def _arena(self, life: ArenaLife) -> None:
        self.arenas.append(life)
        self.current[life.index] = life

    def _confirm_kept(self) -> None:
        """The event after a pool_empty that left its arena wholly free was not its release: the arena
        was kept (insert_to_freepool: the last arena in usable_arenas)."""
        life, fields = self.maybe_kept  # type: ignore[misc]
        self.maybe_kept = None
        life.kept.append((fields["seq"], fields["line"]))
        for addr in self.by_pool.get(fields["pool"], ()):
            fate = self.open[addr].now
            if fate.kind == "pool_empty" and fate.seq == fields["seq"]:
                fate.kind = "arena_kept"

    def _pool_back_in_use(self, ev: dict[str, Any], pool: int, cause: str) -> None:
        """An empty pool serves blocks again: the freed memory in it is free blocks of a used pool."""
        if pool not in self.cached_pools:
            return
        self.cached_pools.discard(pool)
        for addr in list(self.by_pool.get(pool, ())):
            self._move(self.open[addr], Fate("block", ev["seq"], ev["line"], pool=pool,
                                             size_class=ev.get("size_class"),
                                             in_use=self.pool_counts.get(pool, 0), cause=cause))

    def _new_pending(self, addr: int, fate: Fate) -> None:
        rec = FreedObject(addr, None, fate.seq, fate.line, None, False, fate, fate)
        old = self.open.get(addr)
        if old is not None:
            self._unindex(old)
        self.open[addr] = rec
        self._index(rec)
        self.pending.append(rec)

    def _drop_pending(self) -> None:
        """Blocks freed without an object free event (item arrays, keys tables) are not objects."""
        for rec in self.pending:
            if self.open.get(rec.addr) is rec:
                del self.open[rec.addr]
                self._unindex(rec)
        self.pending.clear()

    def _start_reuse(self, addr: int, ev: dict[str, Any]) -> None:
        """A block or free-list entry was handed out: the freed object there (if any) is reused; the
        object's own alloc event, if one follows, names the new owner."""
        rec = self.open.get(addr)
        if rec is not None:
            self._reuse(rec, ev, None)
            self.reusing = rec

    def _reuse(self, rec: FreedObject, ev: dict[str, Any], by: str | None) -> None:
        if rec.now.kind == "reused":       # the object's alloc event after its block/pop: name the owner
            rec.now.by = by
            return
        self._move(rec, Fate("reused", ev["seq"], ev["line"], by=by))
        self.open.pop(rec.addr, None)

    def _move(self, rec: FreedObject, fate: Fate) -> None:
        self._unindex(rec)
        if rec.type is None:           # still inside the object's own free: part of what the free did
            rec.first = fate
        rec.now = fate
        self._index(rec)

    def _index(self, rec: FreedObject) -> None:
        if rec.now.kind in HELD and rec.now.pool is not None:
            self.by_pool.setdefault(rec.now.pool, set()).add(rec.addr)

    def _unindex(self, rec: FreedObject) -> None:
        pool = rec.now.pool
        if pool is not None and pool in self.by_pool:
            self.by_pool[pool].discard(rec.addr)
            if not self.by_pool[pool]:
                del self.by_pool[pool]


def release_reason(ntotalpools: int | None, keeps_last: bool) -> str:
    """Why a wholly free arena went back to the OS, under the version's rule."""
    pools = f"all its {ntotalpools} pools were free" if ntotalpools else "all its pools were free"
    if keeps_last:
        return pools + " and it was not the last arena in usable_arenas (bpo-37257 keeps only that one)"
    return pools + "; this version returns every wholly free arena"


def _at(ev: dict[str, Any]) -> str:
    return f"line {ev['line']}" if ev.get("line") is not None else "a moment outside the program's lines"
