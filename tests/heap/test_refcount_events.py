"""incref/decref events: delivered only to subscribers that ask (``refcounts=True``), including the
decrefs the deallocation driver and the collector perform; the untraced path is the class's own method.

Expected refcounts are CPython's: ``x = object(); lst = [x]`` leaves x with 2 references, and ``del lst``
drops it back to 1 (list_dealloc decrefs each item) before the list is freed.
"""

from __future__ import annotations

from heapglass.heap.heap import Heap

from .heapscene import Scene


def record(heap: Heap, refcounts: bool = True) -> tuple[list, object]:
    events: list = []
    unsubscribe = heap.events.subscribe(lambda kind, fields: events.append((kind, dict(fields))),
                                        refcounts=refcounts)
    return events, unsubscribe


def rc_events(events: list) -> list:
    return [(kind, f["addr"], f["type"], f["refcnt"]) for kind, f in events if kind in ("incref", "decref")]


def test_without_refcount_subscriber_the_heap_runs_its_class_methods():
    """Nobody (or only a subscriber without refcounts) listening: ``heap.incref``/``heap.decref`` are
    the plain class methods, no instance override, and no incref/decref event is delivered."""
    s = Scene("3.12")
    events, _ = record(s.heap, refcounts=False)
    assert "incref" not in vars(s.heap) and "decref" not in vars(s.heap)
    x = s.new_int(1000)
    s.heap.incref(x)
    s.heap.decref(x)
    assert rc_events(events) == []


def test_incref_and_decref_report_the_count_after():
    """``y = x`` then ``del y``: incref to 2, decref to 1."""
    s = Scene("3.12")
    x = s.new_int(1000)
    events, _ = record(s.heap)
    s.heap.incref(x)
    s.heap.decref(x)
    assert rc_events(events) == [("incref", x.addr, "int", 2), ("decref", x.addr, "int", 1)]


def test_decref_to_zero_comes_before_the_dealloc_event():
    """The decref that reaches 0 is reported, then the deallocation it starts, then the free."""
    s = Scene("3.11")
    x = s.new_int(1000)
    events, _ = record(s.heap)
    s.heap.decref(x)
    heap_events = [(k, f.get("refcnt")) for k, f in events if k in ("decref", "dealloc", "free")]
    assert heap_events == [("decref", 0), ("dealloc", None), ("free", None)]


def test_the_deallocation_driver_reports_the_decrefs_it_performs():
    """``lst = [x]; del lst``: list_dealloc's Py_XDECREF of the item (2 -> 1) is an event too, between
    the list's own dealloc and its free."""
    s = Scene("3.10")
    x = s.new_int(1000)
    lst = s.new_list(x)
    events, _ = record(s.heap)
    s.heap.decref(lst)
    kinds = [(k, f["addr"], f.get("refcnt")) for k, f in events if k in ("decref", "dealloc", "free")]
    assert kinds == [("decref", lst.addr, 0), ("dealloc", lst.addr, None), ("decref", x.addr, 1),
                     ("free", lst.addr, None)]


def test_collector_increfs_and_decrefs_around_tp_clear_are_reported():
    """delete_garbage holds a reference across tp_clear (Py_INCREF/Py_DECREF): for a self-referencing
    list ``a = []; a.append(a); del a`` the collection reports incref to 2, tp_clear's decref to 1,
    then the final decref to 0."""
    s = Scene("3.12")
    s.heap.gc.enabled = False
    a = s.new_list()
    s.append(a, a)
    s.heap.decref(a)
    events, _ = record(s.heap)
    s.heap.gc.collect(2)
    assert [(k, r) for k, addr, _, r in rc_events(events) if addr == a.addr] == [
        ("incref", 2), ("decref", 1), ("decref", 0)]


def test_immortal_objects_report_nothing():
    """3.12+: incref/decref of an immortal object change nothing, so nothing is reported."""
    s = Scene("3.12")
    x = s.new_int(5)
    s.heap.make_immortal(x)
    events, _ = record(s.heap)
    s.heap.incref(x)
    s.heap.decref(x)
    assert rc_events(events) == []


def test_unsubscribing_restores_the_untraced_methods():
    """When the last refcount subscriber leaves, the instance overrides go and events stop."""
    s = Scene("3.12")
    x = s.new_int(1000)
    events, unsubscribe = record(s.heap)
    assert s.heap.incref == s.heap.incref_traced
    unsubscribe()
    assert "incref" not in vars(s.heap) and "decref" not in vars(s.heap)
    s.heap.incref(x)
    s.heap.decref(x)
    assert rc_events(events) == []


def test_a_runtime_that_cached_the_bound_methods_gets_the_traced_ones():
    """An interpreter runtime that copied ``heap.incref``/``heap.decref`` into its own attributes at
    start-up is switched along with the heap (and back)."""
    s = Scene("3.12")

    class Runtime:
        pass

    rt = Runtime()
    rt.incref, rt.decref = s.heap.incref, s.heap.decref
    s.heap.runtime = rt
    _, unsubscribe = record(s.heap)
    assert rt.incref == s.heap.incref_traced and rt.decref == s.heap.decref_traced
    unsubscribe()
    assert rt.incref == s.heap.incref and rt.decref == s.heap.decref
    assert rt.incref != s.heap.incref_traced


def test_refcount_errors_are_still_raised_when_traced():
    """A decref too many is a HeapError whether or not refcounts are traced, and reports no event."""
    import pytest

    from heapglass.heap.errors import HeapError

    s = Scene("3.12")
    x = s.new_int(1000)
    s.heap.decref(x)
    events, _ = record(s.heap)
    with pytest.raises(HeapError):
        s.heap.decref(x)
    assert rc_events(events) == []


def test_an_idle_bus_builds_no_event_anywhere(monkeypatch):
    """With no subscriber, allocation, refcounting, deallocation, a collection with garbage and the
    allocator below never call EventBus.emit (the sites test ``active``/``refcounts`` first)."""
    from heapglass.heap.events import EventBus

    def tripwire(self, kind, **fields):
        raise AssertionError(f"{kind} event built while nobody listens")

    monkeypatch.setattr(EventBus, "emit", tripwire)
    s = Scene("3.12")
    a = s.new_list()
    s.append(a, a)
    s.heap.decref(a)
    lst = s.new_list(s.new_int(1000), s.new_tuple())
    s.heap.decref(lst)
    assert s.heap.gc.collect(2) == 1
