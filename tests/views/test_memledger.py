"""The memory ledger on heaps driven by the heap core's library API: each freed object's memory is
followed through the allocator's events, and where it ends agrees with `Memory.where`."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from heapglass.heap.heap import Heap
from heapglass.heap.kinds import HLeaf, new_static_type
from heapglass.views.memledger import Ledger
from heapglass.views.record import Recorder

FLOAT = new_static_type("float", freelist_family="float")
BYTES = new_static_type("bytes")


def leaf(heap: Heap, tp=BYTES, nbytes: int = 483) -> HLeaf:
    op = HLeaf()
    op.value = None
    return heap.new(op, tp, nbytes)


def ledger_of(version: str, play: Callable[[Heap], None]) -> tuple[Heap, Ledger]:
    heap = Heap(version)
    rec = Recorder(heap)
    rec.attach()
    play(heap)
    rec.detach()
    return heap, Ledger(rec.baseline).feed(rec.events)


def fill_and_free(heap: Heap, count: int) -> None:
    objs = [leaf(heap) for _ in range(count)]
    for op in objs:
        heap.decref(op)


def test_float_goes_to_its_free_list_and_is_reused_by_the_next_float():
    """float_dealloc keeps the float on the float free list (1 of 100); the next float pops it, so the
    record's fate moves to 'reused' by a float at the same address."""
    def play(heap: Heap) -> None:
        x = leaf(heap, FLOAT, 24)
        heap.decref(x)
        leaf(heap, FLOAT, 24)
    _heap, ledger = ledger_of("3.12", play)
    (rec,) = ledger.freed
    assert (rec.first.kind, rec.first.family, rec.first.occupancy, rec.first.capacity) == ("freelist", "float", 1, 100)
    assert (rec.now.kind, rec.now.by) == ("reused", "float")
    assert rec.addr in ledger.from_freelist and ledger.from_freelist[rec.addr] == "float"


def test_freed_block_in_a_used_pool_counts_the_blocks_left():
    """Freeing one of three same-class objects leaves a free block in a pool with 2 blocks in use, as
    the pool itself says."""
    def play(heap: Heap) -> None:
        a, _b, _c = leaf(heap), leaf(heap), leaf(heap)
        heap.decref(a)
    heap, ledger = ledger_of("3.12", play)
    (rec,) = ledger.freed
    assert rec.first.kind == "block"
    assert rec.first.in_use == heap.memory.pymalloc.pool_of(rec.addr).count == 2
    assert "block free on its pool's free list" in heap.memory.where(rec.addr).why


def test_3_8_returns_every_wholly_free_arena():
    """3.8 (keeps_last_free_arena False): 600 objects of 496-byte blocks fill two 256 KiB arenas
    (512 blocks each); freeing them returns both arenas, and every record ends 'released'."""
    _heap, ledger = ledger_of("3.8", lambda heap: fill_and_free(heap, 600))
    assert {rec.now.kind for rec in ledger.freed} == {"released"}
    assert [life.released is not None for life in ledger.arenas] == [True, True]
    assert not any(life.kept for life in ledger.arenas)


def test_3_9_keeps_the_last_wholly_free_arena():
    """3.9 (bpo-37257): the same run returns one arena and keeps the other, wholly free; the objects
    that lived in it end 'arena_kept', which `Memory.where` confirms."""
    heap, ledger = ledger_of("3.9", lambda heap: fill_and_free(heap, 600))
    assert sum(life.released is not None for life in ledger.arenas) == 1
    (kept,) = [life for life in ledger.arenas if life.kept]
    assert kept.released is None
    in_kept = [rec for rec in ledger.freed if rec.now.kind == "arena_kept"]
    assert in_kept and all(rec.now.arena == kept.index for rec in in_kept)
    for rec in in_kept:
        assert "last arena in usable_arenas" in heap.memory.where(rec.addr).why


@pytest.mark.parametrize("version", ["3.8", "3.12"])
def test_every_held_fate_agrees_with_memory_where(version):
    """For every freed object whose memory sits in a pool of a live arena, `Memory.where` says the
    same: not live, and a free block / cached empty pool as the ledger says."""
    def play(heap: Heap) -> None:
        objs = [leaf(heap, BYTES, 40 + 16 * (i % 7)) for i in range(300)]
        for op in objs[::3]:
            heap.decref(op)
        for op in objs[1::3]:
            heap.decref(op)
    heap, ledger = ledger_of(version, play)
    words = {"block": "block free on its pool's free list", "pool_empty": "pool empty and cached",
             "arena_kept": "last arena in usable_arenas"}
    held = [rec for rec in ledger.freed if rec.now.kind in words]
    assert held
    for rec in held:
        info = heap.memory.where(rec.addr)
        assert not info.live and words[rec.now.kind] in info.why, (rec.now, info)


def test_free_list_cleared_by_a_full_collection():
    """A full collection empties the float free list into pymalloc (clear_freelists): the kept float's
    memory becomes a free block, and the fate says the free list was cleared."""
    def play(heap: Heap) -> None:
        keep = leaf(heap, FLOAT, 24)
        heap.decref(leaf(heap, FLOAT, 24))
        heap.gc.collect(2)
        assert keep.ob_refcnt == 1
    _heap, ledger = ledger_of("3.12", play)
    (rec,) = ledger.freed
    assert rec.first.kind == "freelist"
    assert rec.now.kind == "block" and "float free list was cleared" in rec.now.cause


def test_buffers_are_not_objects():
    """A block freed without an object free event (an item array) is not reported as a freed object."""
    def play(heap: Heap) -> None:
        heap.memory.free(heap.memory.malloc(100))
    _heap, ledger = ledger_of("3.12", play)
    assert ledger.freed == []


def test_objects_above_512_bytes_go_back_to_the_raw_allocator():
    """A 600-byte object came from the raw allocator (no pymalloc event) and its free gives it back
    there; the next object of that size reuses the chunk."""
    def play(heap: Heap) -> None:
        heap.decref(leaf(heap, BYTES, 600))
        leaf(heap, BYTES, 600)
    _heap, ledger = ledger_of("3.12", play)
    (rec,) = ledger.freed
    assert rec.first.kind == "raw"
    assert (rec.now.kind, rec.now.by) == ("reused", "bytes")
