"""The collector and memory benchmarks, natively: the same graph the model builds through its library.

Usage: python collect_graph.py collect|memory PAIRS EVERY OUT.json

The graph: PAIRS two-list cycles (``a = []; b = [a]; a.append(b)``) built in order; pair i is kept alive
by the root list ``data`` unless ``i % EVERY == EVERY - 1``, so 1/EVERY of the pairs are cyclic garbage.
It is built with the collector disabled (as the reference measurement in peers.md §6, appendix A1, was),
so every object is still tracked when the timed full collection runs.

collect: wall and CPU time of the full ``gc.collect()`` that finds the garbage, its result, the build's
         times and its RSS delta.
memory:  tracemalloc's traced-bytes delta of the build, per object built.
"""

import gc
import json
import os
import sys
import time


def rss_bytes():
    """Resident set size from /proc/self/statm (Linux); 0 where it is not available."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def build(pairs, every):
    data = []
    for i in range(pairs):
        a = []
        b = [a]
        a.append(b)
        if i % every != every - 1:
            data.append(a)
    return data


def main(argv):
    mode, pairs, every, out = argv[1], int(argv[2]), int(argv[3]), argv[4]
    objects = 2 * pairs + 1
    gc.collect()
    gc.disable()
    result = {"objects": objects, "garbage_objects": 2 * (pairs // every)}
    if mode == "memory":
        import tracemalloc
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        data = build(pairs, every)
        result["bytes"] = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
    else:
        rss0 = rss_bytes()
        t0, c0 = time.perf_counter(), time.process_time()
        data = build(pairs, every)
        result["build_seconds"] = time.perf_counter() - t0
        result["build_cpu_seconds"] = time.process_time() - c0
        result["rss_bytes"] = rss_bytes() - rss0
        result["tracked"] = len(gc.get_objects())
        t0, c0 = time.perf_counter(), time.process_time()
        result["collected"] = gc.collect()
        result["seconds"] = time.perf_counter() - t0
        result["cpu_seconds"] = time.process_time() - c0
    result["kept"] = len(data)
    gc.enable()
    with open(out, "w") as f:
        json.dump(result, f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
