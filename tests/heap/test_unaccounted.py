"""Heap.unaccounted and Heap.charge_allocation: objects made where the real interpreter makes them at
another moment (__main__ at start-up, a def's defaults tuple folded at code generation, a module a
trace stands for) take no free-list entry and no count, and a charged allocation counts as the real
one would have at that moment."""

from __future__ import annotations

from heapglass.heap.heap import Heap


def fresh(version: str = "3.12") -> Heap:
    heap = Heap(version)
    heap.gc.collect(2)
    heap.memory.clear_freelists()
    heap.gc.counts[:] = [0, 0, 0]
    return heap


def test_unaccounted_objects_take_no_free_list_entry_and_no_count() -> None:
    heap = fresh()
    runtime = heap.runtime
    heap.decref(runtime.make_list())          # one list on its free list
    assert heap.memory.freelists.count("list") == 1
    before = heap.gc.counts[0]
    with heap.unaccounted():
        kept = runtime.make_list()
        heap.decref(runtime.make_list())       # freed inside: back to pymalloc, not the list
    assert heap.memory.freelists.count("list") == 1
    assert heap.gc.counts[0] == before
    assert kept.ob_refcnt == 1


def test_charging_pops_the_free_list_or_counts() -> None:
    heap = fresh()
    runtime = heap.runtime
    with heap.unaccounted():
        a, b = runtime.make_list(), runtime.make_list()
    heap.decref(runtime.make_list())           # one free list entry
    counted = heap.gc.counts[0]
    heap.charge_allocation(a)                     # takes the free entry: no count
    assert (heap.memory.freelists.count("list"), heap.gc.counts[0]) == (0, counted)
    heap.charge_allocation(b)                     # none left: a GC allocation
    assert heap.gc.counts[0] == counted + 1
