"""The model side of one benchmark measurement, run in its own process by the runner.

Usage: python -m heapglass.bench.child SPEC.json OUT.json

SPEC says what to measure (``task``: program, collect or memory) and on which version. The result is
written to OUT as JSON with a ``status``: "ok"; "unavailable" when a part of heapglass the task needs is
not written yet (an import of a heapglass module or name fails); "failed" for any other error, with the
reason. A separate process per measurement keeps workloads from disturbing each other, lets the runner
bound memory and time, and turns a crash into a reported failure.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any


class Unavailable(Exception):
    """A part of heapglass the measurement needs is not there (yet)."""


def rss_bytes() -> int:
    """Resident set size from /proc/self/statm (Linux); 0 where it is not available."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def start_clocks() -> tuple[float, float]:
    """Wall and CPU clocks now (CPU = process_time: user + system time of this process, all threads)."""
    return time.perf_counter(), time.process_time()


def elapsed(start: tuple[float, float]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) since `start`."""
    return time.perf_counter() - start[0], time.process_time() - start[1]


def _need(what: str, load: Callable[[], Any]) -> Any:
    """Import a part of heapglass; a missing module or name is `Unavailable`, naming it."""
    try:
        return load()
    except ImportError as exc:
        raise Unavailable(f"{what}: {str(exc).replace(' (unknown location)', '')}") from None


def measure_program(spec: dict) -> dict:
    """Run a benchmark program with `run_source`; time the call (not process start-up or imports)."""
    def load() -> Any:
        from heapglass.interp.api import run_source
        return run_source
    run_source = _need("the interpreter", load)
    path = spec["program_file"]
    with open(path) as f:
        source = f.read()
    # The first run imports the interpreter's modules and builds the profile (~0.25 s): host set-up,
    # which the native side does not pay either. What is left of an empty program's run (the model's
    # Heap and Runtime set-up, a few ms) is the model's own start-up and stays in the timed call.
    t0 = start_clocks()
    run_source("pass\n", "<warm-up>", spec["version"])
    warm_up, _ = elapsed(t0)
    t0 = start_clocks()
    result = run_source(source, path, spec["version"])
    seconds, cpu = elapsed(t0)
    return {"seconds": seconds, "cpu_seconds": cpu, "stdout": result.stdout, "stderr": result.stderr,
            "exit_status": result.status, "warm_up_seconds": warm_up}


def _model_heap(spec: dict) -> tuple[Any, Any]:
    """A fresh Heap of the spec's version and its library `gc` module (`GCModule`), with automatic
    collection disabled as the native side builds its graph."""
    def load() -> tuple[Any, Any]:
        from heapglass.heap.gcmodule import GCModule
        from heapglass.heap.heap import Heap
        return Heap, GCModule
    heap_cls, gc_cls = _need("the heap core", load)
    heap = heap_cls(spec["version"])
    gc = gc_cls(heap)
    gc.disable()
    return heap, gc


def measure_collect(spec: dict) -> dict:
    """Build the graph (collector off, as natively) and time one full collection of it: the library's
    ``gc.collect()``, whose result is the number of unreachable objects found."""
    from .graph import build_pairs
    heap, gc = _model_heap(spec)
    pairs, every = spec["pairs"], spec["every"]
    rss0 = rss_bytes()
    t0 = start_clocks()
    data = build_pairs(heap, pairs, every)
    build_seconds, build_cpu = elapsed(t0)
    rss = rss_bytes() - rss0
    tracked = sum(len(g) for g in heap.gc.generations)
    t0 = start_clocks()
    collected = gc.collect()
    seconds, cpu = elapsed(t0)
    return {"seconds": seconds, "cpu_seconds": cpu, "collected": collected, "objects": 2 * pairs + 1,
            "garbage_objects": 2 * (pairs // every), "tracked": tracked, "build_seconds": build_seconds,
            "build_cpu_seconds": build_cpu, "rss_bytes": rss, "kept": len(data.items),
            "live_after": heap.live}


def measure_memory(spec: dict) -> dict:
    """Host bytes (tracemalloc's traced-memory delta) of building the graph, per simulated object."""
    import tracemalloc

    from .graph import build_pairs
    heap, _ = _model_heap(spec)
    pairs, every = spec["pairs"], spec["every"]
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    data = build_pairs(heap, pairs, every)
    nbytes = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return {"bytes": nbytes, "objects": 2 * pairs + 1, "kept": len(data.items), "live": heap.live}


TASKS: dict[str, Callable[[dict], dict]] = {
    "program": measure_program,
    "collect": measure_collect,
    "memory": measure_memory,
}


def run(spec: dict) -> dict:
    """Measure `spec`, never raising: the outcome is in the result's ``status``."""
    task = TASKS.get(spec.get("task", ""))
    if task is None:
        return {"status": "failed", "reason": f"unknown task {spec.get('task')!r}"}
    try:
        return {"status": "ok", **task(spec)}
    except Unavailable as exc:
        return {"status": "unavailable", "reason": str(exc)}
    except MemoryError:
        return {"status": "failed", "reason": "out of memory (the runner's address-space limit)"}
    except Exception as exc:  # noqa: BLE001 - a model failure is a result to report, not a crash
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return {"status": "failed",
                "reason": f"{type(exc).__name__}: {exc} (at {os.path.basename(where.filename)}:{where.lineno})"}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: python -m heapglass.bench.child SPEC.json OUT.json", file=sys.stderr)
        return 2
    with open(argv[1]) as f:
        spec = json.load(f)
    result = run(spec)
    with open(argv[2], "w") as f:
        json.dump(result, f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
