"""The collector's step-through events: each phase reports its intermediate state, deterministically,
and nothing is built when nobody listens."""

from __future__ import annotations

import pytest

from heapglass.heap import collector

from .heapscene import Scene


def build_scene(version: str) -> tuple[Scene, list]:
    """C -> B -> A with only C held from outside (the deduce_unreachable comment's example), plus a
    garbage 2-cycle of finalizable instances d <-> e with an external callback weakref to d."""
    s = Scene(version)
    s.heap.gc.enabled = False
    a, b, c = s.new_list(), s.new_list(), s.new_list()
    s.append(c, b)
    s.append(b, a)
    s.heap.decref(a)
    s.heap.decref(b)
    s.set("c", c)
    cls = s.cls("D", del_log=lambda op: "del")
    d, e = s.instance(cls), s.instance(cls)
    s.setattr(d, "o", e)
    s.setattr(e, "o", d)
    cb = s.logger("cb")
    s.set("w", s.heap.new_weakref(d, cb))
    s.heap.decref(cb)
    s.heap.decref(d)
    s.heap.decref(e)
    events: list = []
    s.heap.events.subscribe(lambda kind, fields: events.append((kind, dict(fields))))
    return s, events


def phases(events: list) -> dict[str, dict]:
    """Each phase's first report (the resurrection check repeats update_refs & co)."""
    out: dict[str, dict] = {}
    for kind, f in events:
        if kind == "gc_phase":
            out.setdefault(f["phase"], f)
    return out


def test_phase_events_come_in_cpythons_order():
    """gc_start, update_refs, subtract_refs, move_unreachable, promote, move_legacy_finalizers,
    handle_weakrefs, finalize_garbage, (3.9+) the resurrection check's own deduce phases and
    handle_resurrected_objects, delete_garbage, gc_stop."""
    s, events = build_scene("3.12")
    s.heap.gc.collect(0)
    names = [f["phase"] if kind == "gc_phase" else kind for kind, f in events
             if kind in ("gc_start", "gc_phase", "promote", "gc_stop")]
    assert names == ["gc_start", "update_refs", "subtract_refs", "move_unreachable", "promote",
                     "move_legacy_finalizers", "handle_weakrefs", "finalize_garbage", "update_refs",
                     "subtract_refs", "move_unreachable", "handle_resurrected_objects", "delete_garbage",
                     "gc_stop"]


def test_move_unreachable_rescues_to_the_tail_giving_c_b_a():
    """update_refs copies refcounts, subtract_refs leaves only external references (C: 1), and
    move_unreachable's rescues make the survivor order C, B, A (then the garbage d, e)."""
    s, events = build_scene("3.11")
    a_b_c = [s["c"].items[0].items[0], s["c"].items[0], s["c"]]
    a, b, c = (op.addr for op in a_b_c)
    s.heap.gc.collect(0)
    ph = phases(events)
    refs_after_update = dict(ph["update_refs"]["refs"])
    refs_after_subtract = dict(ph["subtract_refs"]["refs"])
    assert (refs_after_update[a], refs_after_update[b], refs_after_update[c]) == (1, 1, 1)
    assert (refs_after_subtract[a], refs_after_subtract[b], refs_after_subtract[c]) == (0, 0, 1)
    reachable = [x for x in ph["move_unreachable"]["reachable"] if x in (a, b, c)]
    assert reachable == [c, b, a]


def test_weakref_finalizer_and_delete_phases_name_their_objects():
    """handle_weakrefs reports the cleared weakref and the one whose callback runs; finalize_garbage
    the finalized objects in list order; delete_garbage the objects it cleared."""
    s, events = build_scene("3.13")
    w = s["w"]
    s.heap.gc.collect()
    ph = phases(events)
    assert ph["handle_weakrefs"]["cleared"] == [w.addr]
    assert ph["handle_weakrefs"]["callbacks"] == [w.addr]
    d, _e = ph["finalize_garbage"]["finalized"]
    assert ph["delete_garbage"]["cleared"][0] == d
    assert s.log == ["cb", "del", "del"]


def test_events_are_identical_across_runs():
    """Model addresses and list order only: two fresh runs give the same event stream."""
    runs = []
    for _ in range(2):
        s, events = build_scene("3.10")
        s.heap.gc.collect()
        runs.append(events)
    assert runs[0] == runs[1]


def test_no_phase_state_is_built_without_listeners(monkeypatch):
    """With no subscriber the collector never calls its event helpers."""
    def boom(*args, **kwargs):
        raise AssertionError("phase state built with nobody listening")

    monkeypatch.setattr(collector, "_phase", boom)
    monkeypatch.setattr(collector, "_addrs", boom)
    monkeypatch.setattr(collector, "_refs", boom)
    s = Scene("3.9")
    lst = s.new_list()
    s.append(lst, lst)
    s.heap.decref(lst)
    assert s.heap.gc.collect() == 1


@pytest.mark.parametrize("version", ["3.8", "3.13"])
def test_gc_stop_reports_the_totals(version):
    """gc_stop carries collected, uncollectable and unreachable (= their sum)."""
    s, events = build_scene(version)
    n = s.heap.gc.collect()
    stop = [f for kind, f in events if kind == "gc_stop"][-1]
    assert (stop["collected"], stop["uncollectable"], stop["unreachable"]) == (n, 0, n)


def build_plain_garbage(version: str, listen: bool) -> tuple[Scene, list]:
    """Cycles of lists and instances, some kept, no finalizers or callbacks (so the collector may
    skip its resurrection check when nobody listens)."""
    s = Scene(version)
    s.heap.gc.enabled = False
    events: list = []
    if listen:
        s.heap.events.subscribe(lambda kind, fields: events.append(kind))
    cls = s.cls("N")
    keep = s.set("keep", s.new_list())
    for i in range(30):
        a = s.instance(cls)
        b = s.new_list(a)
        s.setattr(a, "b", b)
        if i % 3:
            s.append(keep, b)
        s.heap.decref(a)
        s.heap.decref(b)
    return s, events


@pytest.mark.parametrize("version", ["3.8", "3.12"])
def test_skipping_the_resurrection_check_changes_nothing_but_the_events(version):
    """With no finalizer and no weakref callback run, the resurrection check (check_garbage /
    handle_resurrected_objects) is skipped when nobody listens: same result, same survivors in the
    same generation order, same flags as the full run a listener sees."""
    outcomes = []
    for listen in (False, True):
        s, events = build_plain_garbage(version, listen)
        n = s.heap.gc.collect(1)
        gens = [[(op.addr, op.gc_flags, op.ob_refcnt) for op in g] for g in s.heap.gc.generations]
        outcomes.append((n, gens, s.heap.live))
        assert ("gc_phase" in events) is listen
    assert outcomes[0] == outcomes[1]
