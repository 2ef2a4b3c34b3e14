"""`heapglass bench`: the model against native CPython, workload by workload (issue 7).

Runs each workload on the model and on the real interpreter of the simulated version in the same run
and prints the medians, their ratio, the target and whether it is met (the table format is in
`report.py`, the workloads and their targets in `workloads.py`, how they are measured in `runner.py`).
``--quick`` runs every workload at a smoke-test size in seconds; ``--json FILE`` also writes all samples.
Targets are reported, never asserted. The same command is ``python benchmarks/run.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from typing import Any

from .workloads import GIB, WORKLOADS


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `bench` subcommand to `subparsers` (from ArgumentParser.add_subparsers)."""
    p = subparsers.add_parser("bench", help="benchmarks: the model against native CPython",
                              description=__doc__.split("\n\n")[0])
    configure(p)
    return p


def configure(p: argparse.ArgumentParser) -> None:
    names = ", ".join(w.name for w in WORKLOADS)
    p.add_argument("--quick", action="store_true", help="smoke-test sizes (seconds), one run each")
    p.add_argument("--json", metavar="FILE", help="also write the results, every sample included, as JSON")
    p.add_argument("--python", "--version", dest="version", default=None, metavar="3.X",
                   help="CPython version to simulate and to compare with (3.8 ... 3.13; default: the "
                   "host's if supported); as `heapglass run --python`")
    p.add_argument("--repeat", type=int, default=None, metavar="N",
                   help="timed runs per side; the median is reported (default 3, 1 with --quick)")
    p.add_argument("--only", action="append", default=[], metavar="WORKLOAD",
                   help=f"run only this workload (repeatable): {names}")
    p.add_argument("--size", action="append", default=[], metavar="WORKLOAD=N",
                   help="override a workload's size (e.g. interp/binary-trees=14)")
    p.add_argument("--timeout", type=float, default=1800.0, metavar="SECONDS",
                   help="limit for one measurement (default 1800)")
    p.add_argument("--memory-limit", type=float, default=10.0, metavar="GIB",
                   help="address-space limit of each measuring process (default 10 GiB)")
    p.add_argument("--native", metavar="PYTHON", help="native interpreter to compare with "
                   "(default: pyenv's CPython of the simulated version)")
    p.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                   help="clock of the timed sections (default cpu: process time, robust to other load "
                   "on the machine); latency is always wall time")
    p.add_argument("--quiet", action="store_true", help="no progress lines on stderr")


def command_line(args: argparse.Namespace) -> str:
    """The `heapglass bench` command that reproduces this run (options as given)."""
    parts = ["heapglass", "bench"]
    if args.quick:
        parts.append("--quick")
    for flag, value, default in (("--python", args.version, None), ("--repeat", args.repeat, None),
                                 ("--timeout", args.timeout, 1800.0),
                                 ("--memory-limit", args.memory_limit, 10.0),
                                 ("--native", args.native, None), ("--clock", args.clock, "cpu"),
                                 ("--json", args.json, None)):
        if value != default:
            parts += [flag, f"{value:g}" if isinstance(value, float) else str(value)]
    parts += [x for name in args.only for x in ("--only", name)]
    parts += [x for item in args.size for x in ("--size", item)]
    return " ".join(shlex.quote(p) for p in parts)


def _fail(message: str) -> int:
    print(f"heapglass bench: {message}", file=sys.stderr)
    return 2


def main(args: argparse.Namespace) -> int:
    """Run the benchmark described by `args`; 0 when it ran (whatever the targets), 2 for bad options."""
    from ..profiles import VERSIONS, default_version, get_profile
    from .report import describe_machine, machine, table, to_json
    from .runner import Run, Settings, native_interpreter, selected

    version = args.version or default_version()
    if version not in VERSIONS:
        return _fail(f"unknown CPython version {version!r}; supported: {', '.join(VERSIONS)}")
    sizes: dict[str, int] = {}
    for item in args.size:
        name, _, value = item.partition("=")
        if name not in {w.name for w in WORKLOADS} or not value.isdigit() or int(value) <= 0:
            return _fail(f"--size wants WORKLOAD=N with a known workload and N > 0, got {item!r}")
        sizes[name] = int(value)
    try:
        selected(tuple(args.only))
    except KeyError as exc:
        return _fail(exc.args[0])
    repeat = args.repeat if args.repeat is not None else (1 if args.quick else 3)
    if repeat < 1:
        return _fail("--repeat must be at least 1")
    if not args.timeout > 0 or not args.memory_limit > 0:
        return _fail("--timeout and --memory-limit must be positive")
    patch = get_profile(version).patch_release
    try:
        native = args.native or native_interpreter(patch)
    except LookupError as exc:
        return _fail(f"{exc}; give one with --native PYTHON")
    settings = Settings(version=version, native_python=native, quick=args.quick, repeat=repeat,
                        timeout=args.timeout, memory_limit=int(args.memory_limit * GIB), sizes=sizes,
                        only=tuple(args.only), clock=args.clock,
                        progress=None if args.quiet else lambda s: print(s, file=sys.stderr, flush=True))
    info = machine()
    run = Run(settings)
    try:
        rows = run.run_all()
    finally:
        run.close()
    if "loadavg" in info:   # the machine is shared: the load during the run says how noisy it was
        info["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    print(describe_machine(info, settings, patch))
    print()
    print(table(rows))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(to_json(rows, settings, info, command_line(args), patch), f, indent=2)
            f.write("\n")
    return 0
