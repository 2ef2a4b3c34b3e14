"""The recorder: JSON-ready events, bounded snapshots and samples."""

from __future__ import annotations

from viewscene import Scene, play_cycle

from heapglass.heap.kinds import HList
from heapglass.views.record import Recorder, jsonable


def test_jsonable_uses_model_addresses_and_sorted_sets():
    """Objects become their model address; sets are sorted; tuples become lists; keys strings."""
    sc = Scene()
    lst = sc.new_list()
    assert jsonable({"o": lst, "s": {3, 1, 2}, "t": (lst, 1), 5: None}) == \
        {"o": lst.addr, "s": [1, 2, 3], "t": [lst.addr, 1], "5": None}


def test_snapshots_are_bounded():
    """Past max_frames the recorder stops taking snapshots and says the page is truncated; events
    are still all recorded."""
    sc = Scene()
    rec = Recorder(sc.heap, line_of=sc.line_of, snapshots=True, max_frames=3)
    rec.attach()
    play_cycle(sc)
    rec.detach()
    assert len(rec.frames) == 3 and rec.truncated
    assert len(rec.events) > 3


def test_first_sample_is_the_heap_at_attach():
    """The plot starts at event 0 with the heap as it was when the recorder was attached (the
    module dict, tracked in generation 0)."""
    sc = Scene()
    rec = Recorder(sc.heap, samples=True)
    rec.attach()
    rec.detach()
    assert (rec.sample_list[0].seq, rec.sample_list[0].gens) == (0, [1, 0, 0])


def test_a_half_built_object_does_not_break_snapshots():
    """The heap announces an object from inside Heap.new, possibly before its kind has filled in
    the payload (the interpreter's frames do); the snapshot shows it without references instead
    of failing the run."""
    sc = Scene()
    rec = Recorder(sc.heap, snapshots=True)
    rec.attach()
    lst = HList()                      # no items yet
    sc.heap.new(lst, sc.list_t, 56)
    lst.items, lst.allocated, lst.buf = [], 0, 0
    rec.detach()
    alloc = next(i for i, e in enumerate(rec.events) if e["kind"] == "alloc")
    state = next(o for o in rec.frames[alloc].objects if o.addr == lst.addr)
    assert state.edges == [] and state.value == ""
