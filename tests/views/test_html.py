"""The step-through page, loaded in a real headless Chromium (Debian package ``chromium``).

The browser is driven through the DevTools protocol over ``--remote-debugging-pipe`` (chromium.py,
no extra package). The test installs nothing: CI runs scripts/install_browser.sh first; without
Chromium the browser tests are skipped with that instruction. Screenshots are kept under
$HEAPGLASS_ARTIFACTS (default: the test's tmp dir).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from chromium import Browser, chromium_path
from viewscene import Scene, play_cycle

from heapglass.heap import collector
from heapglass.views.html import page_data, render_page, write_page
from heapglass.views.record import Recorder

SOURCE = "a = []\nb = [a]\na.append(b)\ndel b\ndel a\ngc.collect()\n"
CHROMIUM = chromium_path()
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed: run "
                                    "scripts/install_browser.sh (apt-get install chromium)")


def record_cycle_collected() -> tuple[Recorder, dict]:
    """The cycle program, then ``del a`` (line 5) and a full collection (line 6)."""
    sc = Scene()
    rec = Recorder(sc.heap, line_of=sc.line_of, snapshots=True)
    rec.attach()
    objs = play_cycle(sc)
    sc.line = 5
    sc.unbind("a")
    sc.line = 6
    collector.gc_collect_main(sc.heap.gc, 2)
    rec.detach()
    return rec, objs


def first(rec: Recorder, **match) -> int:
    """Position (1-based event number) of the first event with these fields."""
    for ev in rec.events:
        if all(ev.get(k) == v for k, v in match.items()):
            return ev["seq"]
    raise AssertionError(f"no event {match}")


@pytest.fixture
def page(tmp_path) -> tuple[Path, Recorder, dict]:
    rec, objs = record_cycle_collected()
    path = write_page(tmp_path / "run.html", rec, rec.initial, rec.initial_memory, source=SOURCE,
                      title="cycle", python="3.12")
    return path, rec, objs


@pytest.fixture
def artifacts(tmp_path) -> Path:
    out = Path(os.environ.get("HEAPGLASS_ARTIFACTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    return out


def test_page_is_self_contained(page):
    """No external resource: no src=/href= to anything, no http(s) URL outside the data."""
    text = page[0].read_text()
    assert not re.search(r"""(src|href)\s*=\s*["'](?!#)""", text)
    assert "http://" not in text.replace('http://www.w3.org/2000/svg', "") and "https://" not in text


def test_page_data_is_deterministic():
    """Two identical runs give the same page."""
    pages = []
    for _ in range(2):
        rec, _ = record_cycle_collected()
        pages.append(render_page(page_data(rec.events, rec.frames, rec.initial, rec.initial_memory,
                                           source=SOURCE, title="t", python="3.12", truncated=False)))
    assert pages[0] == pages[1]


def test_frames_deduplicate_unchanged_objects():
    """An object that does not change between events is stored once and referenced by id, and so
    is a heap state that several events share (allocator events change no object)."""
    rec, _ = record_cycle_collected()
    data = page_data(rec.events, rec.frames, rec.initial, rec.initial_memory, source="", title="t",
                     python="3.12", truncated=False)
    total = sum(len(data["frames"][k]["o"]) for k in data["order"])
    assert len(data["states"]) < total / 2
    assert len(data["order"]) == len(rec.events)
    assert len(data["frames"]) < len(data["order"])
    json.dumps(data)   # JSON-ready


@needs_chromium
def test_page_steps_and_shows_refcounts(page, artifacts):
    """Loaded at ``#event=N`` the page has no script error and no network request; the list bound to
    ``a`` shows refcount 2 after line 2 binds ``b`` (CPython 3.8-3.13: sys.getrefcount(a) - 1 == 2
    after ``a = []; b = [a]``), refcount 1 before; the ▶/◀ buttons step forward and back."""
    path, rec, objs = page
    a = objs["a"].addr
    bind_b = max(e["seq"] for e in rec.events if e["line"] == 2)     # last event of line 2
    with Browser(CHROMIUM) as b:
        b.open(path.as_uri() + f"#event={bind_b}")
        assert b.evaluate("heapglass.position()") == bind_b
        shown = b.evaluate(f"heapglass.node({a})")
        assert shown["gen"] == "0"
        alloc_b = first(rec, kind="alloc", type="list", line=2)
        b.evaluate(f"heapglass.go({alloc_b - 1})")
        assert b.evaluate(f"heapglass.node({a}).rc") == 1
        b.evaluate("document.getElementById('next').click()")
        b.evaluate("document.getElementById('next').click()")
        assert b.evaluate("heapglass.position()") == alloc_b + 1
        b.evaluate("document.getElementById('prev').click()")
        assert b.evaluate("heapglass.position()") == alloc_b
        assert b.evaluate("document.querySelector('#source .cur').textContent") == "2b = [a]"
        b.screenshot(artifacts / "html-step.png")
        assert b.errors == []
        assert all(u.startswith("file://") for u in b.requests), b.requests


@needs_chromium
def test_page_shows_the_collection_on_the_objects(page, artifacts):
    """During subtract_refs the two lists of the dead cycle show gc_refs=0 (everything that holds
    them is inside the generation); at the list's free event it is drawn greyed out ("freed")
    before it vanishes at the next frame."""
    path, rec, objs = page
    a = objs["a"].addr
    sub = first(rec, kind="gc_phase", phase="subtract_refs")
    freed = first(rec, kind="free", addr=a)
    with Browser(CHROMIUM) as b:
        b.open(path.as_uri() + f"#event={sub}")
        text = b.evaluate(f"document.querySelector('#graph .node[data-addr=\"{a}\"]').textContent")
        assert "gc_refs=0" in text
        assert "subtract_refs" in b.evaluate("document.getElementById('collector').textContent")
        b.screenshot(artifacts / "html-collect.png")
        b.evaluate(f"heapglass.go({freed})")
        assert b.evaluate(f"heapglass.node({a}).ghost") is True
        assert b.errors == []


@needs_chromium
def test_page_replays_free_lists_and_pools(page):
    """The memory panels replay the allocator's events: after the collection both dead lists sit
    on the list free list (2 kept) and arena #0 still holds its one carved pool; before the first
    event the free lists are empty."""
    path, rec, _ = page
    with Browser(CHROMIUM) as b:
        b.open(path.as_uri() + f"#event={len(rec.events)}")
        assert "list2" in b.evaluate("document.getElementById('freelists').textContent")
        assert "arena #0" in b.evaluate("document.getElementById('arenas').textContent")
        assert "1 of 64 pools carved" in b.evaluate("document.getElementById('arenas').textContent")
        b.evaluate("heapglass.go(0)")
        assert b.evaluate("document.getElementById('freelists').textContent") == "all empty"
        assert b.errors == []
