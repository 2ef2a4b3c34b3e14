"""pymalloc behaviour, one rule of Objects/obmalloc.c per test.

Expected values come from the C source (cited per test) and, where the rule is observable from Python,
from the interpreters (data/pymalloc_measured.json, made by measure_pymalloc.py).
"""

from __future__ import annotations

import pytest

from heapglass.alloc.memory import Memory
from heapglass.alloc.pymalloc import ARENA_BASE, PymallocError
from heapglass.profiles.alloc import section

from .measured import VERSIONS, table


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[str, dict]] = []

    def emit(self, kind: str, **fields: object) -> None:
        self.events.append((kind, fields))

    def kinds(self) -> list[str]:
        return [k for k, _ in self.events]


def mem(version: str = "3.12", **kw: object) -> Memory:
    return Memory(section(version), **kw)  # type: ignore[arg-type]


def blocks_per_pool(m: Memory, size: int) -> int:
    return (m.pymalloc.pool_size - m.pymalloc.pool_overhead) // size


def test_requests_of_the_same_size_class_share_a_pool():
    """(n-1)>>4: 1..16 bytes are class 0, 17 is class 1; the first block sits right after the 48-byte
    pool header and the next is carved 16 bytes later."""
    m = mem()
    a, b, c = m.malloc(1), m.malloc(16), m.malloc(17)
    assert a == ARENA_BASE + 48
    assert b == a + 16
    assert m.where(c).size_class == 1 and m.where(c).pool_address != m.where(a).pool_address


def test_freed_blocks_are_reused_last_in_first_out():
    """pymalloc_free pushes on the pool's freeblock list and pymalloc_alloc pops its head, so the
    most recently freed block comes back first ([RUN] data: id reuse of two freed objects)."""
    m = mem()
    a, b = m.malloc(32), m.malloc(32)
    m.free(a)
    m.free(b)
    assert [m.malloc(32), m.malloc(32)] == [b, a]
    for v in VERSIONS:
        assert table("pymalloc")[v]["lifo_reuse"] == [True, True]


def test_blocks_are_carved_lazily_in_address_order():
    """nextoffset advances one block per carve: untouched blocks are handed out in address order."""
    m = mem("3.8")
    addrs = [m.malloc(512) for _ in range(blocks_per_pool(m, 512))]
    assert addrs == [ARENA_BASE + 48 + 512 * i for i in range(len(addrs))]


def test_full_pool_leaves_usedpools_and_next_block_comes_from_a_new_pool():
    """pymalloc_pool_extend unlinks a pool with no room left; the next request carves a new pool."""
    m = mem("3.8")
    n = blocks_per_pool(m, 512)
    first = [m.malloc(512) for _ in range(n)]
    assert m.pymalloc.used_pool_order(31) == []
    nxt = m.malloc(512)
    assert m.where(nxt).pool_address == ARENA_BASE + 4096
    assert m.where(first[0]).pool_address == ARENA_BASE


def test_a_full_pool_that_gets_a_free_block_goes_to_the_front_of_usedpools():
    """insert_to_usedpool links the formerly full pool at the head, so it serves the next request."""
    m = mem("3.8")
    n = blocks_per_pool(m, 512)
    first = [m.malloc(512) for _ in range(n)]
    m.malloc(512)  # second pool becomes the (only) used pool
    m.free(first[3])
    assert m.pymalloc.used_pool_order(31) == [ARENA_BASE, ARENA_BASE + 4096]
    assert m.malloc(512) == first[3]


def test_empty_pool_is_cached_on_its_arena_and_reused_for_another_size_class():
    """insert_to_freepool pushes the empty pool on arena.freepools; allocate_from_new_pool takes it
    back before carving and re-initialises it for a different size class."""
    m = mem()
    a = m.malloc(100)
    m.malloc(20)  # keeps the arena from being empty
    m.free(a)
    pool = ARENA_BASE
    assert m.pymalloc.arenas[0].freepools is not None and m.pymalloc.arenas[0].freepools.address == pool
    b = m.malloc(300)
    assert m.where(b).pool_address == pool and m.where(b).size_class == (300 - 1) >> 4
    assert b == pool + 48


def test_empty_pool_reused_for_the_same_class_keeps_its_free_list():
    """If the cached pool last held the same size class, its header and LIFO free list are reused
    as they are (allocate_from_new_pool 'pool->szidx == size')."""
    m = mem()
    a, b = m.malloc(64), m.malloc(64)
    m.malloc(20)
    m.free(a)
    m.free(b)
    assert m.malloc(64) == b


def test_usable_arenas_stay_sorted_by_free_pool_count():
    """Arenas with fewer free pools come first; insert_to_freepool slides an arena right past
    nfp2lasta[nf] when it gains a free pool."""
    m = mem("3.8")
    per_arena = 64 * blocks_per_pool(m, 512)
    blocks = [m.malloc(512) for _ in range(3 * per_arena)]
    m.malloc(16)  # a fourth arena, the head of usable_arenas
    # free 2 pools of arena 0 and 1 pool of arena 1: arena 1 (1 free) must precede arena 0 (2 free)
    bpp = blocks_per_pool(m, 512)
    for blk in blocks[:2 * bpp] + blocks[per_arena:per_arena + bpp]:
        m.free(blk)
    pm = m.pymalloc
    order = pm.usable_order()
    assert [pm.arenas[i].nfreepools for i in order] == sorted(pm.arenas[i].nfreepools for i in order)
    assert order.index(1) < order.index(0)


def test_wholly_free_arena_goes_back_to_the_os_in_3_8():
    """3.8 pymalloc_free releases any arena whose pools are all free (even the only usable one)."""
    rec = Recorder()
    m = mem("3.8", events=rec)
    a = m.malloc(16)
    m.free(a)
    assert m.pymalloc.narenas_currently_allocated == 0
    assert rec.kinds()[-1] == "arena_free_to_os"
    assert "returned to the OS" in m.where(a).why


def test_last_usable_arena_is_kept_when_wholly_free_in_3_9_and_later():
    """bpo-37257: insert_to_freepool keeps a wholly free arena if it is the last of usable_arenas."""
    for v in VERSIONS[1:]:
        m = mem(v)
        a = m.malloc(16)
        m.free(a)
        assert m.pymalloc.narenas_currently_allocated == 1, v
        assert "last arena in usable_arenas" in m.where(a).why


def test_second_wholly_free_arena_is_released_even_in_3_9_and_later():
    """Only the LAST arena of usable_arenas is spared; a wholly free arena with a successor goes."""
    m = mem("3.12")
    per_arena = 64 * blocks_per_pool(m, 512)
    blocks = [m.malloc(512) for _ in range(per_arena + 1)]  # arena 0 full, arena 1 holds one block
    m.free(blocks[-1])  # arena 1 wholly free, last usable -> kept
    assert m.pymalloc.narenas_currently_allocated == 2
    for blk in blocks[:-1]:
        m.free(blk)  # arena 0 becomes wholly free while arena 1 is after it -> released
    assert m.pymalloc.narenas_currently_allocated == 1
    assert m.pymalloc.ntimes_arena_allocated == 2


@pytest.mark.parametrize("version", VERSIONS)
def test_arena_thrashing_matches_the_interpreter(version):
    """[RUN] measure_pymalloc.py: with one arena's worth of resident data, five rounds of 'allocate
    a batch, free it' map a new arena every round in 3.8 and only once in 3.9+ (bpo-37257)."""
    m = mem(version)
    bpp = blocks_per_pool(m, 48)
    resident = [m.malloc(48) for _ in range(64 * bpp)]  # exactly fills arena 0
    assert resident and m.pymalloc.arenas[0].nfreepools == 0
    start = m.pymalloc.ntimes_arena_allocated
    rounds = []
    for _ in range(5):
        batch = [m.malloc(48) for _ in range(10 * bpp)]
        for blk in batch:
            m.free(blk)
        rounds.append(m.pymalloc.ntimes_arena_allocated - start)
    assert rounds == table("pymalloc")[version]["arenas_mapped_after_round"]


def test_arena_vector_doubles_from_sixteen():
    """new_arena grows the arena_object vector 16 -> 32 when a 17th arena is needed."""
    m = mem("3.8")
    per_arena = 64 * blocks_per_pool(m, 512)
    for _ in range(16 * per_arena):
        m.malloc(512)
    assert len(m.pymalloc.arenas) == 16
    m.malloc(512)
    assert len(m.pymalloc.arenas) == 32 and m.pymalloc.narenas_currently_allocated == 17


def test_released_arena_descriptor_is_reused_first():
    """Freed arena_objects go on the front of unused_arena_objects, so the next new arena reuses
    that index (LIFO)."""
    m = mem("3.8")
    per_arena = 64 * blocks_per_pool(m, 512)
    blocks = [m.malloc(512) for _ in range(2 * per_arena)]
    m.malloc(16)  # arena 2
    for blk in blocks[:per_arena]:
        m.free(blk)  # arena 0 released
    assert m.pymalloc.arenas[0].address == 0
    for _ in range(blocks_per_pool(m, 16) * 64):
        m.malloc(16)  # fills arena 2 and needs a new arena
    assert m.pymalloc.arenas[0].address != 0


def test_zero_and_large_requests_go_to_the_raw_allocator():
    """pymalloc_alloc refuses n == 0 and n > SMALL_REQUEST_THRESHOLD (512); _PyObject_Malloc then
    calls PyMem_RawMalloc and counts the block in raw_allocated_blocks."""
    m = mem()
    z, big, edge = m.malloc(0), m.malloc(513), m.malloc(512)
    assert m.where(z).kind == "raw" and m.where(big).kind == "raw"
    assert m.where(edge).kind == "pymalloc"
    assert m.allocated_blocks() == 3


def test_allocated_blocks_counts_pymalloc_and_raw_blocks():
    """sys.getallocatedblocks(): pymalloc blocks in use + raw blocks got through PyObject_Malloc."""
    m = mem()
    a = [m.malloc(n) for n in (8, 100, 1000, 5000)]
    m.free(a[0])
    m.free(a[2])
    assert m.allocated_blocks() == 2


@pytest.mark.parametrize("version", VERSIONS)
def test_allocated_blocks_deltas_match_the_interpreter(version):
    """[RUN] measure_pymalloc.py: with 100 floats on the free list, making 300 floats adds 200 blocks;
    dropping them returns to +0 (the 100 pushed back still count as allocated); 100 bytes objects of
    633 bytes add 100 (raw blocks obtained through PyObject_Malloc are counted)."""
    m = mem(version)

    def fill() -> list[int]:
        return [m.object_alloc(24, "float")[0] for _ in range(300)]

    def clear(made: list[int]) -> None:
        for a in made:
            m.object_free(a, 24, "float")

    clear(fill())
    b0 = m.allocated_blocks()
    made = fill()
    b1 = m.allocated_blocks()
    clear(made)
    b2 = m.allocated_blocks()
    for _ in range(100):
        m.malloc(33 + 600)
    real = table("pymalloc")[version]["allocated_blocks"]
    assert (b1 - b0, b2 - b0, m.allocated_blocks() - b2) == (
        real["floats_mid"], real["floats_after"], real["raw_bytes"])


def test_realloc_keeps_a_block_that_shrinks_by_less_than_a_quarter():
    """pymalloc_realloc: same class or shrinking with 4*nbytes > 3*size keeps the block; a bigger
    shrink copies to a smaller class; growth past the class moves it."""
    m = mem()
    p = m.malloc(64)
    assert m.realloc(p, 64, 49) == p
    assert m.realloc(p, 64, 64) == p
    q = m.realloc(p, 64, 48)  # 4*48 = 192 == 3*64: not strictly greater -> moves
    assert q != p and m.where(q).size_class == 2
    r = m.realloc(q, 48, 100)
    assert m.where(r).size_class == 6 and m.allocated_blocks() == 1


def test_realloc_beyond_the_threshold_moves_to_raw_and_raw_stays_raw():
    """A pymalloc block grown past 512 bytes is copied to a raw block; a raw block reallocated small
    stays raw (pymalloc never adopts memory it did not allocate)."""
    m = mem()
    p = m.malloc(100)
    q = m.realloc(p, 100, 4000)
    assert m.where(q).kind == "raw"
    r = m.realloc(q, 4000, 10)
    assert m.where(r).kind == "raw"
    assert m.allocated_blocks() == 1


def test_misaligned_arena_loses_one_pool():
    """new_arena: an arena not POOL_SIZE aligned starts its pools at the next boundary and holds
    ARENA_SIZE/POOL_SIZE - 1 pools ('bytes lost to arena alignment')."""
    m = mem("3.12", arena_offset=4096)
    a = m.malloc(16)
    arena = m.pymalloc.arenas[0]
    assert arena.ntotalpools == 63
    assert m.where(a).pool_address == arena.address - 4096 + 16384
    assert "# bytes lost to arena alignment    =               16,384" in m.debugmallocstats()


def test_events_follow_the_first_allocation():
    """The first block needs an arena and a pool: arena_alloc, pool_init, block_alloc, in that order."""
    rec = Recorder()
    m = mem("3.10", events=rec)
    m.malloc(40)
    assert rec.kinds() == ["arena_alloc", "pool_init", "block_alloc"]
    assert rec.events[0][1]["address"] == ARENA_BASE


def test_emptied_pool_emits_pool_empty():
    """A pool whose last block is freed reports pool_empty (then, here, the arena is released: 3.8)."""
    rec = Recorder()
    m = mem("3.8", events=rec)
    a = m.malloc(40)
    m.free(a)
    assert rec.kinds()[-3:] == ["block_free", "pool_empty", "arena_free_to_os"]


def test_double_free_is_a_clear_error():
    """Freeing a block twice raises PymallocError naming the address instead of corrupting lists."""
    m = mem()
    a = m.malloc(16)
    m.malloc(16)
    m.free(a)
    with pytest.raises(PymallocError, match="double free"):
        m.free(a)


def test_freeing_an_unknown_address_is_a_clear_error():
    """An address no allocator handed out raises ValueError, not a host traceback from a dict."""
    m = mem()
    with pytest.raises(ValueError, match="not a live raw-allocator block"):
        m.free(0x1234)


def test_bad_sizes_and_addresses_are_rejected_with_a_message():
    """Negative or non-integer sizes and non-integer addresses raise ValueError naming the value."""
    m = mem()
    with pytest.raises(ValueError, match="size in bytes >= 0, got -1"):
        m.malloc(-1)
    with pytest.raises(ValueError, match="got 1.5"):
        m.malloc(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="got -5"):
        m.realloc(m.malloc(8), 8, -5)
    with pytest.raises(ValueError, match="address"):
        m.free("0x10")  # type: ignore[arg-type]


def test_unknown_version_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown CPython version '3.7'"):
        section("3.7")


def test_bad_arena_offset_is_rejected():
    with pytest.raises(ValueError, match="arena_offset"):
        mem("3.8", arena_offset=5000)


def test_addresses_are_deterministic():
    """Two models fed the same requests hand out the same addresses (no host addresses)."""
    def run() -> list[int]:
        m = mem("3.11")
        out = [m.malloc(n) for n in (16, 600, 48, 0, 512)]
        m.free(out[0])
        out.append(m.malloc(3000))
        return out
    assert run() == run()
