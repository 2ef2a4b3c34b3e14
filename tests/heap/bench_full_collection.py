"""Benchmark (not a test): one full collection over 1,000,000 tracked lists, 25 % cyclic garbage.

Same graph as the project benchmark (heapglass.bench.graph.build_pairs: 500,000 two-list cycles, every
4th pair unreachable). Usage: ``.venv/bin/python tests/heap/bench_full_collection.py [version] [pairs]``
[--profile]. Prints ns per tracked object for the collection alone.
"""

from __future__ import annotations

import sys
import time

from heapglass.bench.graph import build_pairs
from heapglass.heap.gcmodule import GCModule
from heapglass.heap.heap import Heap


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    version = args[0] if args else "3.12"
    pairs = int(args[1]) if len(args) > 1 else 500_000
    heap = Heap(version)
    gc = GCModule(heap)
    gc.disable()
    data = build_pairs(heap, pairs, 4)
    tracked = sum(len(g) for g in heap.gc.generations)
    t0 = time.perf_counter()
    if "--profile" in argv:
        import cProfile
        import pstats
        cProfile.runctx("n = gc.collect()", globals(), {"gc": gc}, "/tmp/collect.prof")
        pstats.Stats("/tmp/collect.prof").sort_stats("tottime").print_stats(15)
        n = -1
    else:
        n = gc.collect()
    dt = time.perf_counter() - t0
    print(f"{version}: {tracked} tracked, collected {n}, {dt:.2f} s, {dt / tracked * 1e9:.0f} ns/object")
    heap.decref(data)


if __name__ == "__main__":
    main(sys.argv[1:])
