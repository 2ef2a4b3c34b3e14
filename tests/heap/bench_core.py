"""Benchmark (not a test): the heap core's and the allocator's costs, per object, on CPU time.

Usage: ``.venv/bin/python tests/heap/bench_core.py WHAT [version] [n]`` with WHAT one of

* ``phases``  -- a full collection of the benchmark graph (heapglass.bench.graph.build_pairs: n pairs,
  every 4th one cyclic garbage), with the CPU time of each collector phase per tracked object and of
  delete_garbage per garbage object (default n = 250,000 pairs: 500,001 objects).
* ``bytes``   -- tracemalloc's traced bytes per simulated object while building that graph (n pairs,
  default 500,000: 1,000,001 objects; the Heap is made before tracing starts).
* ``pymalloc`` -- pymalloc_alloc / pymalloc_free throughput with n live blocks (default 1,000,000) of
  two size classes, freed in a strided order.

The machine is shared: compare figures taken back to back, and prefer the lowest of a few runs.
"""

from __future__ import annotations

import gc as host_gc
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from heapglass.alloc.memory import Memory
from heapglass.bench.graph import build_pairs
from heapglass.heap import collector
from heapglass.heap.gcmodule import GCModule
from heapglass.heap.heap import Heap
from heapglass.profiles import get_profile

PHASES = ("update_refs", "subtract_refs", "move_unreachable", "untrack_tuples", "untrack_dicts",
          "move_legacy_finalizers", "handle_weakrefs", "finalize_garbage", "delete_garbage")


def _timed(spent: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any) -> Any:
        t = time.process_time()
        try:
            return fn(*args)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - t
    return run


def phases(version: str, pairs: int) -> None:
    heap = Heap(version)
    gc = GCModule(heap)
    gc.disable()
    data = build_pairs(heap, pairs, 4)
    tracked = sum(len(g) for g in heap.gc.generations)
    spent: dict[str, float] = {}
    originals = {name: getattr(collector, name) for name in PHASES}
    for name, fn in originals.items():
        setattr(collector, name, _timed(spent, name, fn))
    try:
        host_gc.collect()
        t = time.process_time()
        n = gc.collect()
        total = time.process_time() - t
    finally:
        for name, fn in originals.items():
            setattr(collector, name, fn)
    print(f"{version}: full collection of {tracked} objects ({n} garbage): "
          f"{total / tracked * 1e9:.0f} ns per object (CPU)")
    for name in PHASES:
        if name in spent:
            per_garbage = f", {spent[name] / n * 1e9:.0f} ns per garbage object" if name == "delete_garbage" else ""
            print(f"  {name:24} {spent[name] / tracked * 1e9:5.0f} ns per object{per_garbage}")
    heap.decref(data)


def host_bytes(version: str, pairs: int) -> None:
    heap = Heap(version)
    heap.gc.enabled = False
    host_gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    data = build_pairs(heap, pairs, 4)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(f"{version}: {(after - before) / heap.live:.0f} host bytes per simulated object ({heap.live} objects)")
    heap.decref(data)


def pymalloc(version: str, n: int) -> None:
    pm = Memory(get_profile(version).alloc).pymalloc
    t = time.process_time()
    addrs = [pm.pymalloc_alloc(56 if i % 2 else 8) for i in range(n)]
    t_alloc = time.process_time() - t
    order = [a for k in range(4) for a in addrs[k::4]]
    t = time.process_time()
    for a in order:
        pm.pymalloc_free(a)
    t_free = time.process_time() - t
    print(f"{version}: {n} live blocks: pymalloc_alloc {t_alloc / n * 1e9:.0f} ns, pymalloc_free "
          f"{t_free / n * 1e9:.0f} ns, {2 * n / (t_alloc + t_free) / 1e6:.2f} M ops/s")


def main(argv: list[str]) -> None:
    what = argv[0] if argv else "phases"
    version = argv[1] if len(argv) > 1 else "3.12"
    size = int(argv[2]) if len(argv) > 2 else None
    if what == "phases":
        phases(version, size or 250_000)
    elif what == "bytes":
        host_bytes(version, size or 500_000)
    elif what == "pymalloc":
        pymalloc(version, size or 1_000_000)
    else:
        raise SystemExit(f"unknown benchmark {what!r}: phases, bytes or pymalloc")


if __name__ == "__main__":
    main(sys.argv[1:])
