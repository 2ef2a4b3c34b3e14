"""pymalloc: arenas, pools and blocks, as Objects/obmalloc.c of each CPython version does them.

This module owns the small-object allocator state and its algorithms, named after the C functions they
mirror: ``pymalloc_alloc`` (+ ``pymalloc_pool_extend`` inline, ``allocate_from_new_pool``, ``new_arena``),
``pymalloc_free`` (+ ``insert_to_usedpool``, ``insert_to_freepool``, ``release_arena``) and the
keep-or-move decision of ``pymalloc_realloc`` (``pymalloc_realloc_keeps``; the move itself is
``Memory.realloc``).

Glossary (states a pool or arena can be in, obmalloc.c "Pool table" comment):

* pool *used*: some blocks handed out, some free; linked in the circular list ``usedpools[szidx]``
  (the head is the pool allocations come from).
* pool *full*: every block handed out; in no list.
* pool *empty*: no block handed out; on its arena's singly linked ``freepools`` list (LIFO). It keeps
  its size class and free-block list, so it is reused without re-initialising if the same class asks.
* arena *usable*: has at least one free pool (carved-empty or never carved); linked in
  ``usable_arenas``, kept sorted by ascending ``nfreepools`` (fullest first) with ``nfp2lasta[nf]``
  pointing at the rightmost arena having nf free pools (bpo-37029).
* arena *full*: no free pool; in no list. *Released*: munmap'ed (its descriptor goes on the LIFO
  ``unused_arena_objects`` list, its address becomes 0).

Blocks inside a pool are carved lazily (``nextoffset``/``maxnextoffset``); freed blocks form a LIFO
list (``freeblock``), modelled as a Python list used as a stack whose top is the C list's head.

Addresses are fake but deterministic: arenas come from `ArenaSpace` (a model of mmap that hands out
ARENA_SIZE slots from a fixed base, lowest free slot first). With the default ``arena_offset=0`` every
arena is POOL_SIZE aligned, so its first pool is its first byte and it holds ARENA_SIZE/POOL_SIZE
pools. Real 3.10+ arenas come from page-aligned mmaps and are often not 16 KiB aligned ([RUN]: 'bytes
lost to arena alignment' varies from run to run); pass ``arena_offset=4096`` to model that case
(one pool lost per arena, exactly as ``new_arena`` computes it).
"""

from __future__ import annotations

import itertools
from typing import Any

from heapglass.alloc.sink import as_sink

ARENA_BASE = 0x7F0000000000  # fake mmap base; a multiple of every ARENA_SIZE


class PymallocError(ValueError):
    """A request pymalloc would crash or corrupt memory on (a double free, or freeing an address inside
    a pool that is not a handed-out block)."""


class Pool:
    """struct pool_header. ``freeblock`` is the LIFO free-block list (top = head); ``occupied`` the
    model's record of which blocks are handed out, one byte per ALIGNMENT unit of the pool."""

    __slots__ = (
        "address",
        "arenaindex",
        "count",
        "freeblock",
        "maxnextoffset",
        "nextoffset",
        "nextpool",
        "occupied",
        "prevpool",
        "szidx",
    )

    def __init__(self, address: int, arenaindex: int, slots: int = 0) -> None:
        self.address = address
        self.arenaindex = arenaindex
        self.szidx = -1  # DUMMY_SIZE_IDX: never held blocks
        self.count = 0  # ref.count: blocks handed out
        self.freeblock: list[int] = []
        # Model-only: occupied[offset >> shift] is 1 while the block starting at that offset is handed
        # out (catches double frees and frees of non-block addresses, which C would corrupt on).
        self.occupied = bytearray(slots)
        self.nextoffset = 0
        self.maxnextoffset = 0
        self.nextpool: Pool | None = None
        self.prevpool: Pool | None = None


class Arena:
    """struct arena_object."""

    __slots__ = (
        "address",
        "freepools",
        "index",
        "nextarena",
        "nfreepools",
        "ntotalpools",
        "pool_address",
        "pools",
        "prevarena",
    )

    def __init__(self, index: int) -> None:
        self.index = index
        self.address = 0  # 0 = not associated with an allocated arena
        self.pool_address = 0  # next pool to carve
        self.nfreepools = 0
        self.ntotalpools = 0
        self.freepools: Pool | None = None  # singly linked through Pool.nextpool
        self.nextarena: Arena | None = None
        self.prevarena: Arena | None = None
        self.pools: list[Pool] = []  # carved pools in address order (for stats and where())


class ArenaSpace:
    """Deterministic stand-in for mmap/munmap of arenas: slot k is at base + k*ARENA_SIZE + offset."""

    __slots__ = ("arena_size", "free_slots", "next_slot", "offset")

    def __init__(self, arena_size: int, offset: int = 0) -> None:
        self.arena_size = arena_size
        self.offset = offset
        self.free_slots: list[int] = []
        self.next_slot = 0

    def mmap(self) -> int:
        if self.free_slots:
            slot = min(self.free_slots)
            self.free_slots.remove(slot)
        else:
            slot = self.next_slot
            self.next_slot += 1
        return ARENA_BASE + slot * self.arena_size + self.offset

    def munmap(self, address: int) -> None:
        self.free_slots.append((address - ARENA_BASE - self.offset) // self.arena_size)


class Pymalloc:
    """The pymalloc state of one interpreter (obmalloc.c globals / struct _obmalloc_state)."""

    __slots__ = (
        "allocated",
        "arena_size",
        "arenas",
        "keeps_last",
        "map_bot_nodes",
        "map_mid_nodes",
        "max_pools",
        "narenas_currently_allocated",
        "narenas_highwater",
        "nfp2lasta",
        "ntimes_arena_allocated",
        "pool_base_mask",
        "pool_by_address",
        "pool_mask",
        "pool_overhead",
        "pool_size",
        "profile",
        "radix",
        "released",
        "shift",
        "sink",
        "space",
        "threshold",
        "unused_arena_objects",
        "usable_arenas",
        "usedpools",
    )

    def __init__(self, profile: Any, sink: Any = None, arena_offset: int = 0) -> None:
        if arena_offset % 16 or not 0 <= arena_offset < profile.pool_size:
            raise ValueError(f"arena_offset must be a multiple of 16 in [0, {profile.pool_size}), "
                             f"got {arena_offset}")
        self.profile = profile
        self.sink = as_sink(sink)  # sites test sink.active before building an event
        self.pool_size = profile.pool_size
        self.arena_size = profile.arena_size
        self.pool_overhead = profile.pool_overhead
        self.threshold = profile.small_request_threshold
        self.shift = profile.alignment.bit_length() - 1
        self.pool_mask = self.pool_size - 1
        self.pool_base_mask = ~self.pool_mask  # POOL_ADDR
        self.max_pools = self.arena_size // self.pool_size  # MAX_POOLS_IN_ARENA
        nclasses = self.threshold >> self.shift
        self.usedpools: list[Pool] = []
        for _ in range(nclasses):  # usedpools[] sentinels: empty circular lists
            head = Pool(0, -1)
            head.nextpool = head.prevpool = head
            self.usedpools.append(head)
        self.arenas: list[Arena] = []
        self.unused_arena_objects: Arena | None = None
        self.usable_arenas: Arena | None = None
        self.nfp2lasta: list[Arena | None] = [None] * (self.max_pools + 1)
        self.pool_by_address: dict[int, Pool] = {}  # carved pools of allocated arenas
        self.space = ArenaSpace(self.arena_size, arena_offset)
        self.ntimes_arena_allocated = 0
        self.narenas_currently_allocated = 0
        self.narenas_highwater = 0
        self.allocated = 0  # blocks handed out by pymalloc (sum of pool ref.counts)
        self.keeps_last = profile.keeps_last_free_arena
        self.radix = profile.radix_tree
        self.map_mid_nodes: set[int] = set()
        self.map_bot_nodes: set[tuple[int, int]] = set()
        self.released: dict[int, int] = {}  # arena address -> arena index, for where()

    # ------------------------------------------------------------------ helpers
    def block_size(self, szidx: int) -> int:
        """INDEX2SIZE."""
        return (szidx + 1) << self.shift

    def pool_of(self, address: int) -> Pool | None:
        """POOL_ADDR + address_in_range: the pool holding address if pymalloc manages it."""
        return self.pool_by_address.get(address & self.pool_base_mask)

    def is_live(self, address: int) -> bool:
        """Whether `address` is a block pymalloc handed out and has not had back."""
        pool = self.pool_of(address)
        return pool is not None and pool.occupied[(address & self.pool_mask) >> self.shift] == 1

    def live_blocks(self) -> list[int]:
        """Every handed-out block address, in address order."""
        out = []
        for pool in sorted(self.pool_by_address.values(), key=lambda p: p.address):
            base = pool.address
            shift = self.shift
            out.extend(base + (i << shift) for i, used in enumerate(pool.occupied) if used)
        return out

    # ------------------------------------------------------------------ arenas
    def arena_map_mark_used(self, arena_base: int) -> None:
        """obmalloc.c: arena_map_mark_used -- creates radix-tree nodes (never freed) for the arena's
        first byte and, when the arena is not ARENA_SIZE aligned, for its tail's node too."""
        addr_bits, _top_bits, mid_bits, bot_bits = self.radix
        arena_bits = self.arena_size.bit_length() - 1
        ends = [arena_base]
        if arena_base & (self.arena_size - 1):
            ends.append(arena_base + self.arena_size)
        for addr in ends:
            addr &= (1 << addr_bits) - 1  # IGNORE_BITS dropped
            top = addr >> (arena_bits + bot_bits + mid_bits)
            mid = (addr >> (arena_bits + bot_bits)) & ((1 << mid_bits) - 1)
            self.map_mid_nodes.add(top)
            self.map_bot_nodes.add((top, mid))

    def new_arena(self) -> Arena:
        """obmalloc.c: new_arena -- take an unused arena descriptor (growing the vector by doubling),
        mmap ARENA_SIZE bytes, and skip to the first POOL_SIZE-aligned address."""
        if self.unused_arena_objects is None:
            maxarenas = len(self.arenas)
            numarenas = maxarenas << 1 if maxarenas else self.profile.initial_arena_objects
            fresh = [Arena(i) for i in range(maxarenas, numarenas)]
            for a, b in itertools.pairwise(fresh):
                a.nextarena = b
            self.arenas.extend(fresh)
            self.unused_arena_objects = fresh[0]
        arenaobj = self.unused_arena_objects
        self.unused_arena_objects = arenaobj.nextarena
        address = self.space.mmap()
        if self.radix is not None:
            self.arena_map_mark_used(address)
        arenaobj.address = address
        self.released.pop(address, None)
        self.narenas_currently_allocated += 1
        self.ntimes_arena_allocated += 1
        self.narenas_highwater = max(self.narenas_highwater, self.narenas_currently_allocated)
        arenaobj.freepools = None
        arenaobj.pools = []
        arenaobj.pool_address = address
        arenaobj.nfreepools = self.max_pools
        excess = address & self.pool_mask
        if excess:
            arenaobj.nfreepools -= 1
            arenaobj.pool_address += self.pool_size - excess
        arenaobj.ntotalpools = arenaobj.nfreepools
        if self.sink.active:
            self.sink.emit("arena_alloc", arena=arenaobj.index, address=address, pools=arenaobj.ntotalpools)
        return arenaobj

    # ------------------------------------------------------------------ allocation
    def pymalloc_alloc(self, nbytes: int) -> int:
        """obmalloc.c: pymalloc_alloc -- a block of the request's size class, or 0 if the request is
        not pymalloc's (0 bytes or above SMALL_REQUEST_THRESHOLD). The head pool of usedpools[size]
        serves it; its free-block list is popped (LIFO)."""
        if nbytes <= 0 or nbytes > self.threshold:
            return 0
        shift = self.shift
        size = (nbytes - 1) >> shift
        head = self.usedpools[size]
        pool = head.nextpool
        if pool is not head:
            pool.count += 1
            freeblock = pool.freeblock
            bp = freeblock.pop()
            if not freeblock:
                # pymalloc_pool_extend, inline (it runs on most allocations: blocks are carved one at
                # a time): carve the next block if one fits, else the pool is full and leaves usedpools.
                offset = pool.nextoffset
                if offset <= pool.maxnextoffset:
                    freeblock.append(pool.address + offset)
                    pool.nextoffset = offset + ((size + 1) << shift)
                else:
                    nxt = pool.nextpool
                    prev = pool.prevpool
                    nxt.prevpool = prev  # type: ignore[union-attr]
                    prev.nextpool = nxt  # type: ignore[union-attr]
            pool.occupied[(bp & self.pool_mask) >> shift] = 1
        else:
            bp = self.allocate_from_new_pool(size)
        self.allocated += 1
        if self.sink.active:
            self.sink.emit("block_alloc", address=bp, size_class=size, pool=bp & self.pool_base_mask)
        return bp

    def allocate_from_new_pool(self, size: int) -> int:
        """obmalloc.c: allocate_from_new_pool -- no used pool of this class: take a pool from the
        head of usable_arenas (a cached empty one, else carve the next), making a new arena if none."""
        nfp2lasta = self.nfp2lasta
        if self.usable_arenas is None:
            ua = self.new_arena()
            ua.nextarena = ua.prevarena = None
            self.usable_arenas = ua
            nfp2lasta[ua.nfreepools] = ua
        ua = self.usable_arenas
        # ua has the smallest nfreepools; one less keeps it smallest, so no reordering is needed.
        if nfp2lasta[ua.nfreepools] is ua:
            nfp2lasta[ua.nfreepools] = None
        if ua.nfreepools > 1:
            nfp2lasta[ua.nfreepools - 1] = ua
        pool = ua.freepools
        if pool is not None:
            ua.freepools = pool.nextpool
        else:
            pool = Pool(ua.pool_address, ua.index, self.pool_size >> self.shift)
            ua.pools.append(pool)
            self.pool_by_address[pool.address] = pool
            ua.pool_address += self.pool_size
        ua.nfreepools -= 1
        if ua.nfreepools == 0:  # wholly allocated: leaves usable_arenas
            self.usable_arenas = ua.nextarena
            if ua.nextarena is not None:
                ua.nextarena.prevarena = None
            ua.nextarena = ua.prevarena = None
        head = self.usedpools[size]  # empty list: link as its only pool
        pool.nextpool = pool.prevpool = head
        head.nextpool = head.prevpool = pool
        pool.count = 1
        if pool.szidx == size:
            # The pool last held this size class: header and free list are still valid.
            bp = pool.freeblock.pop()
        else:
            if self.sink.active:
                self.sink.emit("pool_init", pool=pool.address, arena=pool.arenaindex, size_class=size)
            pool.szidx = size
            bsize = (size + 1) << self.shift
            bp = pool.address + self.pool_overhead
            pool.nextoffset = self.pool_overhead + (bsize << 1)
            pool.maxnextoffset = self.pool_size - bsize
            pool.freeblock = [bp + bsize]
        pool.occupied[(bp & self.pool_mask) >> self.shift] = 1
        return bp

    # ------------------------------------------------------------------ free
    def pymalloc_free(self, p: int) -> bool:
        """obmalloc.c: pymalloc_free -- push the block on its pool's free list; False if pymalloc does
        not manage p. A pool that was full goes to the FRONT of usedpools (insert_to_usedpool); a pool
        that became empty goes to its arena's freepools (insert_to_freepool)."""
        pool = self.pool_by_address.get(p & self.pool_base_mask)
        if pool is None:
            return False
        occupied = pool.occupied
        i = (p & self.pool_mask) >> self.shift
        if occupied[i] != 1:
            raise PymallocError(f"free of {p:#x}: not a block pymalloc handed out (double free?)")
        occupied[i] = 0
        freeblock = pool.freeblock
        freeblock.append(p)
        count = pool.count - 1
        pool.count = count
        self.allocated -= 1
        if self.sink.active:
            self.sink.emit("block_free", address=p, size_class=pool.szidx, pool=pool.address)
        if len(freeblock) == 1:   # the list was empty: the pool was full
            self.insert_to_usedpool(pool)
        elif count == 0:
            self.insert_to_freepool(pool)
        return True

    def insert_to_usedpool(self, pool: Pool) -> None:
        """obmalloc.c: insert_to_usedpool -- link a formerly full pool at the front of its class list,
        so the next allocation of that class uses it."""
        head = self.usedpools[pool.szidx]
        nxt = head.nextpool
        pool.nextpool = nxt
        pool.prevpool = head
        nxt.prevpool = pool  # type: ignore[union-attr]
        head.nextpool = pool

    def insert_to_freepool(self, pool: Pool) -> None:
        """obmalloc.c: insert_to_freepool (3.9+; inline in 3.8's pymalloc_free) -- the pool is empty:
        unlink it, push it on the arena's freepools, then manage the arena: release it to the OS when
        all its pools are free (3.9+: unless it is the last arena of usable_arenas), put it back at the
        head of usable_arenas when this is its first free pool, else slide it right to keep the list
        sorted by nfreepools."""
        nxt = pool.nextpool
        prev = pool.prevpool
        nxt.prevpool = prev  # type: ignore[union-attr]
        prev.nextpool = nxt  # type: ignore[union-attr]
        ao = self.arenas[pool.arenaindex]
        pool.nextpool = ao.freepools
        pool.prevpool = None
        ao.freepools = pool
        nfp2lasta = self.nfp2lasta
        nf = ao.nfreepools
        lastnf = nfp2lasta[nf]
        if lastnf is ao:  # it was the rightmost arena with nf free pools
            p = ao.prevarena
            nfp2lasta[nf] = p if (p is not None and p.nfreepools == nf) else None
        nf += 1
        ao.nfreepools = nf
        if self.sink.active:
            self.sink.emit("pool_empty", pool=pool.address, arena=ao.index, nfreepools=nf)

        if nf == ao.ntotalpools and (ao.nextarena is not None or not self.keeps_last):
            # Case 1: the whole arena is free -> unlink and give it back to the OS.
            if ao.prevarena is None:
                self.usable_arenas = ao.nextarena
            else:
                ao.prevarena.nextarena = ao.nextarena
            if ao.nextarena is not None:
                ao.nextarena.prevarena = ao.prevarena
            self.release_arena(ao)
            return
        if nf == 1:
            # Case 2: first free pool: the arena was full, so not in usable_arenas; goes to the head.
            ao.nextarena = self.usable_arenas
            ao.prevarena = None
            if self.usable_arenas is not None:
                self.usable_arenas.prevarena = ao
            self.usable_arenas = ao
            if nfp2lasta[1] is None:
                nfp2lasta[1] = ao
            return
        if nfp2lasta[nf] is None:
            nfp2lasta[nf] = ao
        if ao is lastnf:
            return  # Case 4: it was the rightmost of the old count, so still in order.
        # Case 3: move ao right, just after lastnf.
        if ao.prevarena is not None:
            ao.prevarena.nextarena = ao.nextarena
        else:
            self.usable_arenas = ao.nextarena
        ao.nextarena.prevarena = ao.prevarena  # type: ignore[union-attr]
        ao.prevarena = lastnf
        ao.nextarena = lastnf.nextarena  # type: ignore[union-attr]
        if ao.nextarena is not None:
            ao.nextarena.prevarena = ao
        lastnf.nextarena = ao  # type: ignore[union-attr]

    def release_arena(self, ao: Arena) -> None:
        """The tail of case 1: descriptor to unused_arena_objects (LIFO), munmap, address = 0."""
        ao.nextarena = self.unused_arena_objects
        ao.prevarena = None
        self.unused_arena_objects = ao
        for pool in ao.pools:
            del self.pool_by_address[pool.address]
        address = ao.address
        self.space.munmap(address)
        self.released[address] = ao.index
        ao.address = 0
        ao.pools = []
        ao.freepools = None
        self.narenas_currently_allocated -= 1
        if self.sink.active:
            self.sink.emit("arena_free_to_os", arena=ao.index, address=address)

    # ------------------------------------------------------------------ realloc
    def pymalloc_realloc_keeps(self, p: int, nbytes: int) -> bool | None:
        """obmalloc.c: pymalloc_realloc's first half. None if pymalloc does not manage p; True if the
        block is kept (same or shrinking by less than 25%); False if it must move."""
        pool = self.pool_of(p)
        if pool is None:
            return None
        size = (pool.szidx + 1) << self.shift
        return nbytes <= size and 4 * nbytes > 3 * size

    # ------------------------------------------------------------------ walking
    def usable_order(self) -> list[int]:
        """Arena indices along usable_arenas, head first."""
        out = []
        a = self.usable_arenas
        while a is not None:
            out.append(a.index)
            a = a.nextarena
        return out

    def used_pool_order(self, szidx: int) -> list[int]:
        """Pool addresses along usedpools[szidx], head first."""
        head = self.usedpools[szidx]
        out = []
        p = head.nextpool
        while p is not head:
            out.append(p.address)  # type: ignore[union-attr]
            p = p.nextpool  # type: ignore[union-attr]
        return out
