"""The Memory facade: the layer order, object_alloc/free contract and where() explanations."""

from __future__ import annotations

from heapglass.alloc.memory import Memory
from heapglass.profiles.alloc import section


class Recorder:
    def __init__(self) -> None:
        self.kinds: list[str] = []

    def emit(self, kind: str, **fields: object) -> None:
        self.kinds.append(kind)


def test_object_alloc_without_freelist_is_a_pymalloc_block():
    """An object with no free list family takes a pymalloc block and is not 'reused'."""
    m = Memory(section("3.12"))
    addr, reused = m.object_alloc(48)
    assert not reused and m.where(addr).size_class == 2


def test_object_free_without_room_gives_the_block_back():
    """object_free returns False and the block is free in its pool when the list is full/absent."""
    m = Memory(section("3.12"))
    a, _ = m.object_alloc(48)
    m.object_alloc(48)
    assert m.object_free(a, 48) is False
    info = m.where(a)
    assert not info.live and "free on its pool's free list" in info.why


def test_freelist_pop_emits_freelist_pop_not_block_alloc():
    """Reusing a free-list object touches no pymalloc block: only freelist_pop is emitted."""
    rec = Recorder()
    m = Memory(section("3.9"), events=rec)
    a, _ = m.object_alloc(56, "list")
    m.object_free(a, 56, "list")
    rec.kinds.clear()
    m.object_alloc(56, "list")
    assert rec.kinds == ["freelist_pop"]


def test_where_explains_an_empty_pool_kept_by_a_busy_arena():
    """An emptied pool stays with its arena while other pools of the arena are in use."""
    m = Memory(section("3.10"))
    a = m.malloc(200)
    m.malloc(16)
    m.free(a)
    info = m.where(a)
    assert info.kind == "pymalloc" and not info.live
    assert "1 of its pools are in use" in info.why


def test_where_on_unknown_and_uncarved_addresses():
    m = Memory(section("3.10"))
    a = m.malloc(16)
    assert m.where(0x42).kind == "unknown"
    inside = m.where(a + 5 * 16384)
    assert inside.kind == "pymalloc" and "never carved" in inside.why


def test_blockinfo_text_is_deterministic():
    """where() text names arena, pool, block and class with fake (run-independent) addresses."""
    m = Memory(section("3.8"))
    a = m.malloc(40)
    assert str(m.where(a)) == ("0x7f0000000030: arena #0 @ 0x7f0000000000, pool @ 0x7f0000000000, "
                               "block 0, size class 2 (48 bytes): block in use")


def test_free_of_null_is_a_no_op():
    """PyObject_Free(NULL) has no effect."""
    m = Memory(section("3.13"))
    m.free(0)
    assert m.allocated_blocks() == 0


def test_realloc_of_null_is_malloc():
    m = Memory(section("3.13"))
    p = m.realloc(0, 0, 32)
    assert m.where(p).live and m.allocated_blocks() == 1


def test_clear_freelists_returns_memory_to_pymalloc_and_can_release_the_arena():
    """3.8: once the free lists are cleared nothing is left in the arena, so it is unmapped."""
    m = Memory(section("3.8"))
    objs = [m.object_alloc(24, "float")[0] for _ in range(10)]
    for a in objs:
        m.object_free(a, 24, "float")
    assert m.pymalloc.narenas_currently_allocated == 1
    m.clear_freelists()
    assert m.pymalloc.narenas_currently_allocated == 0


class Gate:
    """A sink with an ``active`` flag, like heapglass.heap.events.EventBus."""

    def __init__(self) -> None:
        self.active = False
        self.kinds: list[str] = []

    def emit(self, kind: str, **fields: object) -> None:
        self.kinds.append(kind)


def test_an_idle_sink_receives_no_events():
    """With active False nothing is emitted (the heap's idle bus costs one flag test per site)."""
    gate = Gate()
    m = Memory(section("3.12"), events=gate)
    m.free(m.malloc(16))
    assert gate.kinds == []
    gate.active = True
    m.free(m.malloc(16))  # the cached pool is reused as is (no pool_init) and empties again
    assert gate.kinds == ["block_alloc", "block_free", "pool_empty"]


class Tripwire:
    """An idle sink whose emit fails: any site that builds an event without testing ``active`` trips."""

    active = False

    def emit(self, kind: str, **fields: object) -> None:
        raise AssertionError(f"{kind} event built while nobody listens")


def exercise(m: Memory) -> None:
    """Every emitting path: arena and pool set-up, block alloc/free, free-list push/pop and drain,
    a pool emptied, an arena given back to the OS."""
    floats = [m.object_alloc(24, "float")[0] for _ in range(200)]
    blocks = [m.malloc(n) for n in (16, 100, 500) for _ in range(300)]
    for a in floats:
        m.object_free(a, 24, "float")
    m.object_alloc(24, "float")
    for a in blocks:
        m.free(a)
    m.clear_freelists()


def test_no_sink_builds_no_events():
    """Without a sink the allocator's sites find the never-active SILENT sink and build nothing (its
    emit would fail)."""
    for version in ("3.8", "3.12"):
        m = Memory(section(version))
        exercise(m)
        assert m.pymalloc.ntimes_arena_allocated >= 1


def test_an_idle_sink_is_never_called_on_any_path():
    """An inactive sink is tested, never called, on every path (arenas, pools, blocks, free lists)."""
    for version in ("3.8", "3.13"):
        exercise(Memory(section(version), events=Tripwire()))


def test_a_sink_without_active_flag_gets_every_event():
    """A plain sink (no ``active``) is always active: the first malloc reports the arena, the pool and
    the block."""
    rec = Recorder()
    m = Memory(section("3.12"), events=rec)
    m.malloc(16)
    assert rec.kinds == ["arena_alloc", "pool_init", "block_alloc"]
