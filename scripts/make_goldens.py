#!/usr/bin/env python
"""Make the conformance goldens: run every corpus case on every installed CPython (3.8-3.13).

Each case runs twice per version exactly as the model is judged (`heapglass.conform.oracle.run_real`:
``python <dir>/<name>.py``, cwd = the case directory, PYTHONUNBUFFERED=1, no stdin, time limit). The
shared normaliser rewrites host-dependent text; if the two normalised runs differ the case is refused
(reported, no golden written) because CPython itself is not reproducible on it. Cases slower than
--slow seconds are reported too. Writes tests/conformance/golden/<3.X>/<topic>/<name>.json.

    .venv/bin/python scripts/make_goldens.py [--python 3.8,3.12|all] [--jobs 2] [CASE-SUBSTRING...]
Exit status 0 when every selected case got a golden, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from heapglass.conform.cli import parse_versions
from heapglass.conform.corpus import Case, Golden, default_corpus_dir, golden_path, list_cases, write_golden
from heapglass.conform.normalise import normalise
from heapglass.conform.oracle import (
    DEFAULT_TIMEOUT,
    ConformError,
    Interpreter,
    installed_interpreters,
    run_real,
    run_settings,
)
from heapglass.conform.outcome import Outcome


def normalised_run(interp: Interpreter, case: Case, timeout: float) -> tuple[Outcome, tuple[str, ...], float]:
    start = time.monotonic()
    raw = run_real(interp, case.path, timeout)
    elapsed = time.monotonic() - start
    case_dir = str(case.path.resolve().parent)
    out, err = normalise(raw.stdout, case_dir), normalise(raw.stderr, case_dir)
    applied = tuple(dict.fromkeys(out.applied + err.applied))
    return Outcome(out.text, err.text, raw.status, raw.note), applied, elapsed


def make_one(interp: Interpreter, case: Case, corpus: Path, timeout: float, slow: float) -> list[str]:
    """Run `case` twice on `interp`; write its golden, or return the reasons it was refused."""
    first, applied, t1 = normalised_run(interp, case, timeout)
    second, _, t2 = normalised_run(interp, case, timeout)
    problems = []
    if first.note or second.note:
        problems.append(first.note or second.note)
    elif first != second:
        streams = [s for s in ("stdout", "stderr", "status") if getattr(first, s) != getattr(second, s)]
        problems.append(f"not reproducible ({', '.join(streams)} differ between two runs)")
    if max(t1, t2) > slow:
        problems.append(f"slow: {max(t1, t2):.2f} s")
    if problems:
        # A stale golden would keep testing a claim CPython no longer reproduces: remove it, so the
        # corpus layout test points at the case until it is fixed or deleted.
        golden_path(corpus, interp.version, case).unlink(missing_ok=True)
    else:
        write_golden(corpus, interp.version, case, Golden(first, applied, interp.label), run_settings(timeout))
    return [f"{interp.version} {case.key}: {p}" for p in problems]


def prune(corpus: Path, cases: list[Case], versions: list[str]) -> int:
    """Delete goldens whose case no longer exists; returns how many."""
    keys = {c.key for c in cases}
    removed = 0
    for version in versions:
        for path in sorted((corpus / "golden" / version).glob("*/*.json")):
            if f"{path.parent.name}/{path.stem}" not in keys:
                path.unlink()
                removed += 1
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("select", nargs="*", help="only cases whose topic/name contains one of these")
    parser.add_argument("--python", default="all")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    parser.add_argument("--slow", type=float, default=1.0, help="refuse cases slower than this (s)")
    parser.add_argument("--corpus", type=Path, default=default_corpus_dir())
    args = parser.parse_args(argv)
    try:
        versions = parse_versions(args.python)
        cases = list_cases(args.corpus)
    except ConformError as exc:
        print(f"make_goldens: error: {exc}", file=sys.stderr)
        return 2
    found = installed_interpreters()
    interps = [found[v] for v in versions if v in found]
    for v in versions:
        if v not in found:
            print(f"no interpreter for {v}: its goldens are left as they are", file=sys.stderr)
    if args.select:
        cases = [c for c in cases if any(s in c.key for s in args.select)]
    else:
        removed = prune(args.corpus, cases, [i.version for i in interps])
        if removed:
            print(f"removed {removed} goldens of deleted cases")
    jobs = [(i, c) for c in cases for i in interps]
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda job: make_one(job[0], job[1], args.corpus, args.timeout, args.slow),
                                jobs))
    problems = [p for r in results for p in r]
    for p in problems:
        print("REFUSED", p)
    print(f"{len(jobs) - sum(1 for r in results if r)}/{len(jobs)} goldens written "
          f"({len(cases)} cases x {len(interps)} versions)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
