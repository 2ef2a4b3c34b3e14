"""The benchmark workloads of issue 7: what each one runs, at which sizes, and its target.

A workload is data: a name, what it measures, its unit, its size for ``--quick`` and for a full run,
and the target the report checks (never a unit test). How each kind is measured lives in `runner.py`.

Sizes (full run): binary-trees depth 12 (the issue allows 12-14; ``--size interp/binary-trees=14``),
the two other interpreter programs at 20,000 rounds; the collector and memory graphs at 500,000 pairs
= 1,000,001 tracked objects with 25% cyclic garbage (every 4th pair); latency over 7 runs.
"""

from __future__ import annotations

from dataclasses import dataclass

GIB = 1 << 30
SCALE_BUDGET_BYTES = 8 * GIB     # "the largest heap the model holds in 8 GiB"
GARBAGE_EVERY = 4                # pair i is garbage when i % 4 == 3: 25% cyclic garbage


@dataclass(frozen=True)
class Target:
    """What the report checks: ``on`` "ratio" (model / native) or "model" (the model's own value)
    against ``limit``; ``at_least`` for targets that are a floor (scale)."""

    text: str
    on: str
    limit: float
    at_least: bool = False

    def met(self, model: float | None, ratio: float | None) -> bool | None:
        value = ratio if self.on == "ratio" else model
        if value is None:
            return None
        return value >= self.limit if self.at_least else value <= self.limit


@dataclass(frozen=True)
class Workload:
    """One row of the report. ``kind`` picks the measurement (program, collect, build, memory,
    latency, scale); ``program`` names the benchmark program for program/latency workloads;
    ``bytecode`` runs `heapglass` from a byte-compiled copy of the package (latency only)."""

    name: str
    kind: str
    description: str
    unit: str
    quick_size: int
    full_size: int
    target: Target | None = None
    program: str = ""
    bytecode: bool = False


INTERPRETER_TARGET = Target("ratio <= 20x", "ratio", 20.0)

WORKLOADS: tuple[Workload, ...] = (
    Workload("interp/binary-trees", "program", "binary-trees of tuples, depth N (classic GC benchmark)",
             "s", 6, 12, INTERPRETER_TARGET, "binary_trees"),
    Workload("interp/cyclic-churn", "program", "N rounds of 2-instance cycles; automatic collections",
             "s", 300, 20_000, INTERPRETER_TARGET, "cyclic_churn"),
    Workload("interp/refcount-lists-dicts", "program", "list/dict appends, lookups, slices; no cycles",
             "s", 300, 20_000, INTERPRETER_TARGET, "refcount_churn"),
    Workload("gc/full-collection", "collect", "full collection, 2N+1 tracked lists, 25% cyclic garbage",
             "s", 10_000, 500_000, Target("ratio <= 1.5x", "ratio", 1.5)),
    Workload("gc/build-graph", "build", "building that graph (gc disabled); no target", "s",
             10_000, 500_000),
    Workload("memory/bytes-per-object", "memory", "host bytes per simulated object (tracemalloc)",
             "B/obj", 10_000, 500_000, Target("<= 100 B/obj", "model", 100.0)),
    Workload("latency/heapglass-run", "latency", "`heapglass run` of a 20-line program, start to exit",
             "s", 2, 7, Target("<= 0.25 s", "model", 0.25), "hello20"),
    Workload("latency/heapglass-run-bytecode", "latency", "the same, heapglass byte-compiled (.pyc) "
             "as a wheel install leaves it", "s", 2, 7, Target("<= 0.25 s", "model", 0.25), "hello20",
             bytecode=True),
    Workload("scale/objects-in-8GiB", "scale", "objects in 8 GiB, extrapolated from bytes/object",
             "objects", 0, 0, Target(">= 20,000,000", "model", 20_000_000, at_least=True)),
)


def find(name: str) -> Workload:
    for w in WORKLOADS:
        if w.name == name:
            return w
    raise KeyError(f"no workload {name!r} (known: {', '.join(w.name for w in WORKLOADS)})")
