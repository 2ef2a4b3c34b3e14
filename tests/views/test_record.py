"""The recorder: JSON-ready events, bounded snapshots and samples."""

from __future__ import annotations

from viewscene import Scene, play_cycle

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
