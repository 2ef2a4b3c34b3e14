"""Where the model's time and memory go: per-operation costs of the heap primitives, host bytes per
simulated object by source line, and per-phase times of a full collection, on the collector
benchmark's graph. For the "next steps" of docs/performance.md.

Usage: .venv/bin/python benchmarks/profile_model.py [--pairs N] [--version 3.X]

Phase times come from wrapping the collector's phase functions (module globals of
`heapglass.heap.collector`) with timers; a phase called twice (deduce_unreachable runs again inside
handle_resurrected_objects, when that runs) is summed, and nested phases are also counted in their
caller.
Times are CPU time (time.process_time), as the benchmark reports; best of 3 for the per-operation
costs, one collection for the phases.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from heapglass.bench.graph import build_pairs, list_new, new_list_type
from heapglass.heap import collector
from heapglass.heap.gcmodule import GCModule
from heapglass.heap.heap import Heap

PHASES = ("update_refs", "subtract_refs", "move_unreachable", "untrack_tuples", "move_legacy_finalizers",
          "handle_weakrefs", "finalize_garbage", "handle_resurrected_objects", "delete_garbage")


def per_op(label: str, n: int, setup: Callable[[], Callable[[], None]]) -> None:
    best = float("inf")
    for _ in range(3):
        run = setup()
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    print(f"  {label:52s} {best / n * 1e9:8.0f} ns")


def primitives(version: str, n: int = 100_000) -> None:
    print(f"per operation (best of 3, {n:,} operations, CPython {version} profile):")

    def heap() -> Heap:
        h = Heap(version)
        GCModule(h).disable()
        return h

    def make_lists() -> Callable[[], None]:
        h, lt = heap(), new_list_type()
        return lambda: [list_new(h, lt, []) for _ in range(n)]

    def incref() -> Callable[[], None]:
        h, lt = heap(), new_list_type()
        objs = [list_new(h, lt, []) for _ in range(n)]
        return lambda: [h.incref(o) for o in objs]

    def dealloc() -> Callable[[], None]:
        h, lt = heap(), new_list_type()
        objs = [list_new(h, lt, []) for _ in range(n)]
        return lambda: [h.decref(o) for o in objs]

    def malloc_free() -> Callable[[], None]:
        m = heap().memory

        def run() -> None:
            addrs = [m.malloc(32) for _ in range(n)]
            for a in addrs:
                m.free(a)
        return run

    per_op("new empty list (Heap.new + pymalloc + tracking)", n, make_lists)
    per_op("Heap.incref", n, incref)
    per_op("Heap.decref to zero (dealloc + free, empty list)", n, dealloc)
    per_op("Memory.malloc(32) + Memory.free", n, malloc_free)


def phases(version: str, pairs: int) -> None:
    spent: dict[str, float] = {}
    originals = {name: getattr(collector, name) for name in PHASES}

    def timed(name: str, fn: Callable) -> Callable:
        def wrapper(*args: object, **kw: object) -> object:
            t0 = time.process_time()
            try:
                return fn(*args, **kw)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - t0
        return wrapper

    h = Heap(version)
    gc = GCModule(h)
    gc.disable()
    t0 = time.process_time()
    build_pairs(h, pairs, 4)
    build = time.process_time() - t0
    objects = 2 * pairs + 1
    for name, fn in originals.items():
        setattr(collector, name, timed(name, fn))
    try:
        t0 = time.process_time()
        found = gc.collect()
        total = time.process_time() - t0
    finally:
        for name, fn in originals.items():
            setattr(collector, name, fn)
    print(f"\nfull collection of {objects:,} objects ({found:,} unreachable), CPython {version} profile:")
    print(f"  {'build (for reference)':30s} {build:7.3f} s {build / objects * 1e9:7.0f} ns/object")
    print(f"  {'gc.collect() total':30s} {total:7.3f} s {total / objects * 1e9:7.0f} ns/object")
    for name in PHASES:
        s = spent.get(name, 0.0)
        print(f"  {name:30s} {s:7.3f} s {s / objects * 1e9:7.0f} ns/object")


def memory_by_line(version: str, pairs: int = 50_000, top: int = 6) -> None:
    """tracemalloc's traced bytes of building the graph, by source line, per simulated object."""
    import tracemalloc

    h = Heap(version)
    GCModule(h).disable()
    objects = 2 * pairs + 1
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    build_pairs(h, pairs, 4)
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    stats = after.compare_to(before, "lineno")
    total = sum(st.size_diff for st in stats)
    print(f"\nhost bytes per simulated object while building {objects:,} objects: {total / objects:.1f}")
    for st in stats[:top]:
        frame = st.traceback[0]
        where = f"{frame.filename.split('/src/')[-1]}:{frame.lineno}"
        print(f"  {st.size_diff / objects:7.1f} B  {st.count_diff:>8,} blocks  {where}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--pairs", type=int, default=500_000, help="two-list cycles (default 500,000 = 1M objects)")
    p.add_argument("--version", default="3.11")
    args = p.parse_args()
    primitives(args.version)
    memory_by_line(args.version)
    phases(args.version, args.pairs)


if __name__ == "__main__":
    main()
