"""``--html``: one self-contained page that steps through a run (no network, no external library).

The page embeds the run as JSON — the events, one heap `Snapshot` per event (object states and GC
lists deduplicated into tables, so an unchanged object costs one integer per frame), the allocator's
state before the first event — and draws it itself in SVG with the inline script of
``page/step.js``: the source with the current line, the object graph, list "a" and the generation
lists, the collector's phases on the actual objects, the free lists and the arena/pool map.
``#event=N`` in the URL opens the page at event N.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from .snapshot import ObjState, Snapshot

MAX_PAGE_EVENTS = 50_000   # events embedded in one page (a browser stays responsive below this)


class FrameTable:
    """Deduplicates object states, GC lists and whole frames across the run."""

    def __init__(self) -> None:
        self.states: list[Any] = []
        self.lists: list[list[int]] = []
        self.frames: list[dict[str, Any]] = []
        self._state_ids: dict[tuple, int] = {}
        self._list_ids: dict[tuple[int, ...], int] = {}
        self._frame_ids: dict[tuple, int] = {}
        self._by_snapshot: dict[int, int] = {}

    def state_id(self, o: ObjState) -> int:
        key = (o.addr, o.type, o.refcnt, o.gen, tuple(o.flags), o.nbytes, o.value, o.external, o.gc_refs,
               tuple((e.target, e.label, e.kind) for e in o.edges))
        sid = self._state_ids.get(key)
        if sid is None:
            sid = self._state_ids[key] = len(self.states)
            self.states.append(o.as_json())
        return sid

    def list_id(self, addrs: list[int]) -> int:
        key = tuple(addrs)
        lid = self._list_ids.get(key)
        if lid is None:
            lid = self._list_ids[key] = len(self.lists)
            self.lists.append(addrs)
        return lid

    def frame(self, snap: Snapshot) -> dict[str, Any]:
        return {"o": [self.state_id(o) for o in snap.objects],
                "l": {name: self.list_id(addrs) for name, addrs in snap.lists.items()},
                "n": snap.names}

    def frame_id(self, snap: Snapshot) -> int:
        """Index of the snapshot's frame in `frames` (the recorder repeats one Snapshot object for
        events that change no object; equal frames are stored once)."""
        fid = self._by_snapshot.get(id(snap))
        if fid is None:
            frame = self.frame(snap)
            key = (tuple(frame["o"]), tuple(sorted(frame["l"].items())), tuple(sorted(frame["n"].items())))
            fid = self._frame_ids.get(key)
            if fid is None:
                fid = self._frame_ids[key] = len(self.frames)
                self.frames.append(frame)
            self._by_snapshot[id(snap)] = fid
        return fid


def memory_state(heap: Any) -> dict[str, Any]:
    """The allocator now: allocated arenas with their carved pools, free-list sizes, geometry."""
    pm = heap.memory.pymalloc
    arenas = [{"index": a.index, "address": a.address, "pools": a.ntotalpools,
               "carved": [{"pool": p.address, "size_class": p.szidx, "used": p.count} for p in a.pools]}
              for a in pm.arenas if a.address]
    freelists = {f"{fam}/{key}" if fam == "tuple" else fam: len(stack)
                 for (fam, key), stack in sorted(heap.memory.freelists.stacks.items()) if stack}
    return {"arenas": arenas, "freelists": freelists, "pool_size": pm.pool_size,
            "pool_overhead": pm.pool_overhead, "alignment": 1 << pm.shift}


def page_data(events: list[dict[str, Any]], frames: list[Snapshot], initial: Snapshot,
              memory: dict[str, Any], *, source: str, title: str, python: str,
              truncated: bool) -> dict[str, Any]:
    """The JSON the page embeds (deterministic for a deterministic run)."""
    table = FrameTable()
    first = table.frame_id(initial)
    order = [table.frame_id(s) for s in frames[:MAX_PAGE_EVENTS]]
    return {"title": title, "python": python, "source": source.splitlines(),
            "events": events[:MAX_PAGE_EVENTS], "truncated": truncated or len(events) > MAX_PAGE_EVENTS,
            "states": table.states, "lists": table.lists, "frames": table.frames, "initial": first,
            "order": order, "memory": memory}


def _asset(name: str) -> str:
    return resources.files("heapglass.views").joinpath("page", name).read_text(encoding="utf-8")


def render_page(data: dict[str, Any]) -> str:
    """The HTML text: template + inline CSS + inline script + the data."""
    blob = json.dumps(data, separators=(",", ":")).replace("</", "<\\/")
    page = _asset("step.html")
    title = (data["title"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    return (page.replace("{{TITLE}}", title)
            .replace("{{CSS}}", _asset("step.css"))
            .replace("{{DATA}}", blob)
            .replace("{{SCRIPT}}", _asset("step.js")))


def write_page(path: str | Path, recorder: Any, initial: Snapshot, memory: dict[str, Any], *,
               source: str, title: str, python: str) -> Path:
    """Write the step-through page of a recorded run (the recorder must have kept snapshots)."""
    data = page_data(recorder.events, recorder.frames, initial, memory, source=source, title=title,
                     python=python, truncated=recorder.truncated)
    path = Path(path)
    path.write_text(render_page(data), encoding="utf-8")
    return path
