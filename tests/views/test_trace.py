"""JSONL and Perfetto traces: deterministic, versioned, readable back."""

from __future__ import annotations

import json

import pytest
from viewscene import Scene, play_cycle

from heapglass.heap.events import EventBus
from heapglass.views.record import Recorder
from heapglass.views.trace import (
    SCHEMA_VERSION,
    header,
    perfetto_events,
    read_jsonl,
    write_jsonl,
    write_perfetto,
)


def record_cycle(refcounts: bool = False) -> Recorder:
    sc = Scene()
    rec = Recorder(sc.heap, refcounts=refcounts, line_of=sc.line_of)
    rec.attach()
    play_cycle(sc)
    rec.detach()
    return rec


def test_trace_is_identical_across_runs(tmp_path):
    """Two runs of the same scene on fresh heaps give byte-identical traces: only model addresses
    and event sequence numbers appear, never host ids or times."""
    paths = []
    for i in range(2):
        rec = record_cycle()
        p = tmp_path / f"t{i}.jsonl"
        write_jsonl(p, rec.events, header("3.12", "prog.py", False))
        paths.append(p.read_bytes())
    assert paths[0] == paths[1]
    assert len(paths[0].splitlines()) > 5


def test_first_line_carries_schema_version(tmp_path):
    """The first line names the schema and its version, so readers can refuse traces they do not
    understand (docs/trace-schema.md)."""
    rec = record_cycle()
    p = tmp_path / "t.jsonl"
    write_jsonl(p, rec.events, header("3.12", "prog.py", False))
    first = json.loads(p.read_text().splitlines()[0])
    assert first == {"schema": "heapglass-trace", "schema_version": SCHEMA_VERSION, "python": "3.12",
                     "program": "prog.py", "refcounts": False}
    _head, events = read_jsonl(p)
    assert events == rec.events


def test_events_carry_seq_kind_and_line():
    """Every event has seq 1, 2, … and the source line active when it happened; the first alloc of
    line 1 is the list bound to ``a``."""
    rec = record_cycle()
    assert [e["seq"] for e in rec.events] == list(range(1, len(rec.events) + 1))
    allocs = [e for e in rec.events if e["kind"] == "alloc"]
    assert [(e["line"], e["type"]) for e in allocs][:2] == [(1, "list"), (1, "str")]


def test_unknown_schema_version_is_a_clear_error(tmp_path):
    """A trace from a future schema is refused with a message, not a traceback."""
    p = tmp_path / "t.jsonl"
    p.write_text(json.dumps({"schema": "heapglass-trace", "schema_version": 99}) + "\n")
    with pytest.raises(ValueError, match="schema version 99"):
        read_jsonl(p)
    p.write_text("{not json\n")
    with pytest.raises(ValueError, match="line 1: not JSON"):
        read_jsonl(p)


def test_perfetto_collection_is_a_slice_with_phases():
    """A collection becomes a begin/end slice on the collector track, each phase a nested slice that
    ends where the next begins; timestamps are the event sequence numbers."""
    events = [{"seq": 1, "kind": "alloc", "line": 1, "addr": 16, "type": "list", "nbytes": 56},
              {"seq": 2, "kind": "gc_start", "line": 1, "generation": 0},
              {"seq": 3, "kind": "gc_phase", "line": 1, "phase": "update_refs", "gc_refs": {"16": 1}},
              {"seq": 4, "kind": "gc_phase", "line": 1, "phase": "subtract_refs", "gc_refs": {"16": 0}},
              {"seq": 5, "kind": "gc_stop", "line": 1, "generation": 0}]
    out = perfetto_events(events, header("3.12", None, False))
    slices = [(e["ph"], e.get("name"), e["ts"]) for e in out if e.get("tid") == 2 and e["ph"] in "BE"]
    assert slices == [("B", "collect gen 0", 2), ("B", "update_refs", 3), ("E", None, 4),
                      ("B", "subtract_refs", 4), ("E", None, 5), ("E", None, 5)]
    counters = [e["args"]["bytes"] for e in out if e["ph"] == "C"]
    assert counters == [56]


def test_perfetto_file_is_valid_json(tmp_path):
    """The Perfetto export is one JSON document with a traceEvents list."""
    rec = record_cycle()
    p = tmp_path / "t.json"
    write_perfetto(p, rec.events, header("3.12", "prog.py", False))
    doc = json.loads(p.read_text())
    assert doc["traceEvents"][0]["ph"] == "M"
    assert len(doc["traceEvents"]) > len(rec.events)


def test_no_subscriber_means_no_heap_events(monkeypatch):
    """With no view attached the bus is inactive and the heap core builds no event (alloc, track,
    dealloc, free, ...); attaching and detaching a recorder restores that state.

    (The allocator's own events are still emitted unconditionally: reported to its owner.)"""
    sc = Scene()
    rec = Recorder(sc.heap)
    rec.attach()
    assert sc.heap.events.active
    rec.detach()
    assert not sc.heap.events.active
    emitted: list[str] = []
    real_emit = EventBus.emit
    monkeypatch.setattr(EventBus, "emit", lambda bus, kind, **f: (emitted.append(kind),
                                                                  real_emit(bus, kind, **f)))
    play_cycle(sc)
    heap_core = {"alloc", "free", "track", "untrack", "dealloc", "incref", "decref"}
    assert not heap_core & set(emitted)
