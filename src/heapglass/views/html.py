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

from .snapshot import Snapshot

MAX_PAGE_EVENTS = 50_000   # events embedded in one page (a browser stays responsive below this)


class FrameTable:
    """Deduplicates object states and GC lists across frames."""

    def __init__(self) -> None:
        self.states: list[Any] = []
        self.lists: list[list[int]] = []
        self._state_ids: dict[str, int] = {}
        self._list_ids: dict[tuple[int, ...], int] = {}

    def state_id(self, state: dict[str, Any]) -> int:
        key = json.dumps(state, sort_keys=True, separators=(",", ":"))
        sid = self._state_ids.get(key)
        if sid is None:
            sid = self._state_ids[key] = len(self.states)
            self.states.append(state)
        return sid

    def list_id(self, addrs: list[int]) -> int:
        key = tuple(addrs)
        lid = self._list_ids.get(key)
        if lid is None:
            lid = self._list_ids[key] = len(self.lists)
            self.lists.append(addrs)
        return lid

    def frame(self, snap: Snapshot) -> dict[str, Any]:
        return {"o": [self.state_id(o.as_json()) for o in snap.objects],
                "l": {name: self.list_id(addrs) for name, addrs in snap.lists.items()},
                "n": snap.names}


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
    first = table.frame(initial)
    built = [table.frame(s) for s in frames]
    return {"title": title, "python": python, "source": source.splitlines(),
            "events": events[:MAX_PAGE_EVENTS], "truncated": truncated or len(events) > MAX_PAGE_EVENTS,
            "states": table.states, "lists": table.lists, "initial": first, "frames": built,
            "memory": memory}


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
