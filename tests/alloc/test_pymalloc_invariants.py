"""pymalloc invariants under random malloc/realloc/free sequences (hypothesis).

After every step the whole allocator state is checked against what Objects/obmalloc.c guarantees:
live blocks never overlap and sit on their class's block grid inside their pool; pool counts, arena
free-pool counts, usedpools membership, usable_arenas order and nfp2lasta are exact; wholly free arenas
exist only where the version's release policy keeps them; sys.getallocatedblocks() is exact; and a
freed block is handed out again first when its pool is the head of its class list (LIFO); and a full
pool that gets a block back becomes the head of its class list. Float free-list traffic is mixed in:
its blocks stay allocated, never overlap live blocks, and the list never exceeds 100.
"""

from __future__ import annotations

import itertools

from hypothesis import example, given, settings
from hypothesis import strategies as st

from heapglass.alloc.memory import Memory
from heapglass.profiles.alloc import section

from .measured import VERSIONS

SIZES = st.one_of(st.integers(0, 64), st.integers(0, 520), st.sampled_from([16, 48, 496, 512, 513, 4000]))
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("malloc"), SIZES, st.integers(1, 40)),
        st.tuples(st.just("free"), st.integers(0, 10**6), st.integers(1, 40)),
        st.tuples(st.just("realloc"), st.integers(0, 10**6), SIZES),
        st.tuples(st.just("float_new"), st.integers(1, 150), st.just(0)),
        st.tuples(st.just("float_del"), st.integers(1, 150), st.just(0)),
    ),
    max_size=60,
)


def check_invariants(m: Memory, live: dict[int, int], floats: list[int]) -> None:
    pm = m.pymalloc
    kept = m.freelists.count("float")
    live = {**live, **dict.fromkeys(floats, 24)}
    for addr in m.on_freelist:
        assert addr not in live, "a block on a free list is also in use"
        live[addr] = 24
    # blocks: inside their pool, on the class grid, no overlap
    spans = []
    for addr, nbytes in live.items():
        info = m.where(addr)
        if info.kind == "raw":
            spans.append((addr, addr + max(nbytes, 1)))
            continue
        assert info.kind == "pymalloc" and info.live, info
        off = addr - info.pool_address - pm.pool_overhead
        assert off >= 0 and off % info.block_size == 0
        assert addr + info.block_size <= info.pool_address + pm.pool_size
        assert info.block_size >= nbytes
        spans.append((addr, addr + info.block_size))
    spans.sort()
    assert set(pm.live_blocks()) == {a for a in live if m.where(a).kind == "pymalloc"}
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start, "two live blocks overlap"
    # pools and arenas
    in_use = {}
    for addr in pm.live_blocks():
        pool = pm.pool_of(addr)
        in_use[pool.address] = in_use.get(pool.address, 0) + 1
    used_lists = {p for c in range(len(pm.usedpools)) for p in pm.used_pool_order(c)}
    for arena in pm.arenas:
        if not arena.address:
            continue
        busy = 0
        for pool in arena.pools:
            assert pool.count == in_use.get(pool.address, 0)
            nblocks = (pm.pool_size - pm.pool_overhead) // pm.block_size(pool.szidx) if pool.szidx >= 0 else 0
            assert (pool.address in used_lists) == (0 < pool.count < nblocks)
            busy += pool.count > 0
        assert arena.nfreepools == arena.ntotalpools - busy
        if arena.nfreepools == arena.ntotalpools:
            assert pm.keeps_last and arena.nextarena is None, "a wholly free arena must have been released"
    order = pm.usable_order()
    assert set(order) == {a.index for a in pm.arenas if a.address and a.nfreepools > 0}
    counts = [pm.arenas[i].nfreepools for i in order]
    assert counts == sorted(counts)
    for nf in range(1, pm.max_pools + 1):
        rightmost = [i for i in order if pm.arenas[i].nfreepools == nf]
        expect = pm.arenas[rightmost[-1]] if rightmost else None
        assert pm.nfp2lasta[nf] is expect
    assert pm.narenas_currently_allocated == sum(1 for a in pm.arenas if a.address)
    assert kept <= 100
    assert m.allocated_blocks() == len(live), "free-list blocks count as allocated"


@settings(max_examples=60, deadline=None)
@given(version=st.sampled_from(VERSIONS), ops=OPS)
@example(version="3.8", ops=[("malloc", 512, 20), ("free", 0, 1), ("free", 5, 3), ("malloc", 500, 4)])
@example(version="3.13", ops=[("malloc", 16, 40)] * 30 + [("free", 1, 40), ("malloc", 16, 5)])
@example(version="3.8", ops=[("malloc", 512, 40)] * 30 + [("free", k * 97, 40) for k in range(12)]
         + [("malloc", 300, 40)] * 3)
def test_random_sequences_keep_pymalloc_consistent(version, ops):
    """Every invariant listed in the module docstring holds after each operation."""
    m = Memory(section(version))
    live: dict[int, int] = {}
    floats: list[int] = []
    for op, a, b in ops:
        if op == "float_new":
            for _ in range(a):
                before = m.allocated_blocks()
                addr, reused = m.object_alloc(24, "float")
                assert reused == (m.allocated_blocks() == before), "a pop allocates no block"
                floats.append(addr)
        elif op == "float_del":
            for _ in range(min(a, len(floats))):
                addr = floats.pop()
                kept_before = m.freelists.count("float")
                assert m.object_free(addr, 24, "float") == (kept_before < 100)
        elif op == "malloc":
            for _ in range(b):
                p = m.malloc(a)
                assert p not in live
                live[p] = a
        elif live:
            addrs = sorted(live)
            victims = [addrs[(a + k * 7919) % len(addrs)] for k in range(b if op == "free" else 1)]
            for p in dict.fromkeys(victims):
                if op == "free":
                    info = m.where(p)
                    pool = m.pymalloc.pool_of(p)
                    was_full = pool is not None and not pool.freeblock
                    del live[p]
                    m.free(p)
                    if info.kind == "pymalloc" and pool.count:
                        cls = info.size_class
                        if was_full:
                            assert m.pymalloc.used_pool_order(cls)[0] == info.pool_address, \
                                "a formerly full pool goes to the front of usedpools"
                        if m.pymalloc.used_pool_order(cls)[0] == info.pool_address:
                            q = m.malloc(info.block_size)
                            assert q == p, "LIFO: the freed block of the head pool comes back first"
                            live[q] = info.block_size
                else:
                    q = m.realloc(p, live[p], b)
                    del live[p]
                    live[q] = b
        check_invariants(m, live, floats)


@settings(max_examples=25, deadline=None)
@given(version=st.sampled_from(VERSIONS), n=st.integers(1, 3000), size=st.integers(1, 512))
def test_freeing_everything_leaves_at_most_the_kept_arena(version, n, size):
    """After freeing all blocks, 3.8 holds no arena and 3.9+ at most one (the last usable one)."""
    m = Memory(section(version))
    blocks = [m.malloc(size) for _ in range(n)]
    for p in blocks:
        m.free(p)
    assert m.allocated_blocks() == 0
    assert m.pymalloc.narenas_currently_allocated == (1 if m.pymalloc.keeps_last else 0)
