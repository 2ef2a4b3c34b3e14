"""--plot: generation sizes, live bytes and arenas over the run, collections marked."""

from __future__ import annotations

import hashlib

from viewscene import Scene, play_cycle

from heapglass.heap import collector
from heapglass.views.plot import write_plot
from heapglass.views.record import Recorder


def record() -> Recorder:
    sc = Scene()
    rec = Recorder(sc.heap, line_of=sc.line_of, samples=True)
    rec.attach()
    play_cycle(sc)
    sc.unbind("a")
    collector.gc_collect_main(sc.heap.gc, 2)
    rec.detach()
    return rec


def test_samples_follow_the_generations():
    """Before the collection both lists (and the module dict) sit in generation 0; the full
    collection frees the cycle and untracks the now empty dict (untrack_dicts runs on full
    collections), so nothing is tracked after it."""
    rec = record()
    before = [s for s in rec.sample_list if s.seq < next(e["seq"] for e in rec.events if e["kind"] == "gc_start")]
    assert before[-1].gens == [3, 0, 0]
    assert rec.sample_list[-1].gens == [0, 0, 0]
    assert rec.sample_list[-1].arenas == 1


def test_plot_png_is_deterministic(tmp_path):
    """Two identical runs give byte-identical PNGs (no timestamp in the metadata)."""
    digests = []
    for i in range(2):
        rec = record()
        p = write_plot(tmp_path / f"p{i}.png", rec.sample_list, rec.events, title="cycle")
        digests.append(hashlib.sha256(p.read_bytes()).hexdigest())
    assert digests[0] == digests[1]
