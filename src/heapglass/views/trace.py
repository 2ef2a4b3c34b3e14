"""Trace files: the recorded events as JSON Lines (schema in docs/trace-schema.md) and as a
Chrome/Perfetto trace (collections and their phases as slices, every other event an instant).

Both are deterministic: model addresses only, and timestamps are event sequence numbers (1 event =
1 µs on the Perfetto timeline), never host times.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SCHEMA = "heapglass-trace"
SCHEMA_VERSION = 1


def header(python: str, program: str | None, refcounts: bool) -> dict[str, Any]:
    """The first line of a JSONL trace."""
    return {"schema": SCHEMA, "schema_version": SCHEMA_VERSION, "python": python,
            "program": program, "refcounts": refcounts}


def jsonl_lines(events: Iterable[dict[str, Any]], head: dict[str, Any]) -> Iterable[str]:
    yield json.dumps(head, separators=(",", ":"))
    for ev in events:
        yield json.dumps(ev, separators=(",", ":"))


def write_jsonl(path: str | Path, events: list[dict[str, Any]], head: dict[str, Any]) -> None:
    """Write the trace: the header line, then one event per line."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(line + "\n" for line in jsonl_lines(events, head))


def read_jsonl(path: str | Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(header, events) of a trace file; ValueError with the line number for a malformed file."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    if not lines:
        raise ValueError(f"{path}: empty trace file")
    items = []
    for number, line in enumerate(lines, 1):
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: line {number}: not JSON: {exc.msg}") from None
    head = items[0]
    if not isinstance(head, dict) or head.get("schema") != SCHEMA:
        raise ValueError(f"{path}: not a heapglass trace (first line has no \"schema\": \"{SCHEMA}\")")
    if head.get("schema_version") != SCHEMA_VERSION:
        raise ValueError(f"{path}: trace schema version {head.get('schema_version')} is not supported "
                         f"(this heapglass reads version {SCHEMA_VERSION})")
    return head, items[1:]


def collection_generation(ev: dict[str, Any]) -> Any:
    return ev.get("generation", ev.get("gen"))


def perfetto_events(events: list[dict[str, Any]], head: dict[str, Any]) -> list[dict[str, Any]]:
    """Chrome trace-event list: pid 1; tid 1 "heap" (instants), tid 2 "collector" (slices)."""
    out: list[dict[str, Any]] = [
        {"ph": "M", "name": "process_name", "pid": 1, "tid": 0,
         "args": {"name": f"heapglass model of CPython {head.get('python')}"}},
        {"ph": "M", "name": "thread_name", "pid": 1, "tid": 1, "args": {"name": "heap"}},
        {"ph": "M", "name": "thread_name", "pid": 1, "tid": 2, "args": {"name": "collector"}},
    ]
    phase_open = False
    live_bytes = 0
    sizes: dict[int, int] = {}
    for ev in events:
        ts = ev["seq"]
        kind = ev["kind"]
        args = {k: v for k, v in ev.items() if k not in ("seq", "kind")}
        if kind == "gc_start":
            out.append({"ph": "B", "name": f"collect gen {collection_generation(ev)}", "cat": "gc",
                        "pid": 1, "tid": 2, "ts": ts, "args": args})
        elif kind == "gc_phase":
            if phase_open:
                out.append({"ph": "E", "pid": 1, "tid": 2, "ts": ts})
            out.append({"ph": "B", "name": str(ev.get("phase")), "cat": "gc_phase", "pid": 1, "tid": 2,
                        "ts": ts, "args": args})
            phase_open = True
        elif kind == "gc_stop":
            if phase_open:
                out.append({"ph": "E", "pid": 1, "tid": 2, "ts": ts})
                phase_open = False
            out.append({"ph": "E", "pid": 1, "tid": 2, "ts": ts, "args": args})
        else:
            out.append({"ph": "i", "s": "t", "name": kind, "cat": "heap", "pid": 1, "tid": 1, "ts": ts,
                        "args": args})
            if kind == "alloc":
                sizes[ev["addr"]] = ev.get("nbytes", 0)
                live_bytes += sizes[ev["addr"]]
            elif kind == "free":
                live_bytes -= sizes.pop(ev["addr"], 0)
            if kind in ("alloc", "free"):
                out.append({"ph": "C", "name": "live object bytes", "pid": 1, "ts": ts,
                            "args": {"bytes": live_bytes}})
    if phase_open and events:
        out.append({"ph": "E", "pid": 1, "tid": 2, "ts": events[-1]["seq"]})
    return out


def write_perfetto(path: str | Path, events: list[dict[str, Any]], head: dict[str, Any]) -> None:
    """Write a Chrome/Perfetto JSON trace (open it in ui.perfetto.dev or chrome://tracing)."""
    doc = {"traceEvents": perfetto_events(events, head), "displayTimeUnit": "ns",
           "otherData": {"schema": SCHEMA, "schema_version": SCHEMA_VERSION, "python": head.get("python"),
                         "program": head.get("program"),
                         "note": "timestamps are event sequence numbers, not times"}}
    Path(path).write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
