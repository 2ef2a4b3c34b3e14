"""The collector benchmark's graph on the model: the shape the native side builds, and what a full
collection finds in it.

Native reference (CPython 3.11.7): ``a = []; b = [a]; a.append(b); data = [a]`` gives
``sys.getrefcount(a) - 1 == 3`` (the name, b, data) and ``sys.getrefcount(b) - 1 == 2`` (the name, a);
without the names, 2 and 1. ``native/collect_graph.py collect 8 4`` reports 4 objects collected.
"""

from __future__ import annotations

import json
import subprocess

from heapglass.bench.graph import build_pairs
from heapglass.bench.runner import NATIVE_DIR, native_interpreter
from heapglass.heap.gcmodule import GCModule
from heapglass.heap.heap import Heap


def _heap() -> Heap:
    heap = Heap("3.11")
    GCModule(heap).disable()
    return heap


def test_every_fourth_pair_is_garbage():
    """8 pairs, pairs 3 and 7 unreferenced: the root list keeps 6; 17 objects live, all tracked."""
    heap = _heap()
    data = build_pairs(heap, 8, 4)
    assert len(data.items) == 6
    assert heap.live == 17
    assert len(heap.gc.generations[0]) == 17


def test_refcounts_match_cpython():
    """A kept pair's head has refcount 2 (its partner and the root), its partner 1; the root 1."""
    heap = _heap()
    data = build_pairs(heap, 4, 4)
    a = data.items[0]
    b = a.items[0]
    assert (a.ob_refcnt, b.ob_refcnt, data.ob_refcnt) == (2, 1, 1)
    assert b.items == [a]


def test_full_collection_finds_what_cpython_finds(tmp_path):
    """The model's full collection returns the same count as gc.collect() on the native graph."""
    out = tmp_path / "native.json"
    subprocess.run([native_interpreter("3.11.7"), str(NATIVE_DIR / "collect_graph.py"), "collect", "8", "4",
                    str(out)], check=True, timeout=120)
    native = json.loads(out.read_text())
    heap = _heap()
    build_pairs(heap, 8, 4)
    assert GCModule(heap).collect() == native["collected"] == 4
    assert heap.live == 13
