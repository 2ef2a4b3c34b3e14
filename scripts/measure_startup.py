#!/usr/bin/env python
"""Derive the start-up facts (profile gc.startup_counts, alloc.startup_freelists) from the oracles.

The state CPython's start-up leaves when compilation of the main script begins cannot be printed
directly: a program's first statement sees it after its own compilation. This script runs probe
programs (the first statement prints gc.get_count(), then sys._debugmallocstats() goes to stderr) on
every real interpreter and on the model, and prints, per version, real - model for the gc counters
and for every free list (floats, lists, dicts, tuples by length, 3.13 dict keys, frames up to 3.10).
The model replays each program's compilation (interp/compile_footprint.py) from the profile's
start-up state, so a difference that is the same for every probe shape is a start-up fact to correct
by that amount; one that varies with the shape is a compile-footprint error.

    .venv/bin/python scripts/measure_startup.py [--home] [PROBE.py ...]
        (default probes: tests/conformance/cases/startup/*.py)

--home measures the start-up state of an environment with HOME (a user's shell): HOME is added to
the real interpreter's environment and the model is run with home_set=True (profiles/gc.py
STARTUP_ENVIRONMENTS; its value does not matter, only whether it is set).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from heapglass.conform.oracle import RUN_ENV, installed_interpreters, run_real
from heapglass.interp.api import run_source
from heapglass.profiles import PATCH_RELEASES

HEADER = "import gc, sys\nprint(gc.get_count())\nsys._debugmallocstats()\n"
LINE = re.compile(r"^\s*(\d+) free (?:(\d+)-sized )?(Py\w+?)s? \*")


def freelists(text: str) -> dict[str, int]:
    out = {}
    for line in text.splitlines():
        m = LINE.match(line)
        if m:
            out[f"{m.group(3)}{m.group(2) or ''}"] = int(m.group(1))
    return out


def probe(source: str) -> str:
    return HEADER + source


def real(version: str, source: str) -> tuple[str, dict[str, int]]:
    """Run the probe as goldens are made (heapglass.conform.oracle.run_real: the interpreter binary,
    a fixed small environment: RUN_ENV, without HOME unless --home added it; the model is run for
    the same environment)."""
    path = Path("/tmp/heapglass_probe.py")
    path.write_text(source)
    out = run_real(installed_interpreters()[version], path)
    return out.stdout.splitlines()[0], freelists(out.stderr)


def model(version: str, source: str) -> tuple[str, dict[str, int]]:
    r = run_source(source, "/tmp/heapglass_probe.py", version, argv=["/tmp/heapglass_probe.py"],
                   home_set="HOME" in RUN_ENV)
    return r.stdout.splitlines()[0], freelists(r.stderr)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--home"]:
        RUN_ENV["HOME"] = "/nonexistent"
        argv = argv[1:]
    bodies = [Path(p).read_text() for p in argv] or [""]
    for version in PATCH_RELEASES:
        for body in bodies:
            src = probe(body)
            (rc, rf), (mc, mf) = real(version, src), model(version, src)
            diff = {k: rf.get(k, 0) - mf.get(k, 0) for k in sorted(set(rf) | set(mf))
                    if rf.get(k, 0) != mf.get(k, 0)}
            print(version, "count real", rc, "model", mc, "free lists real - model:", diff)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
