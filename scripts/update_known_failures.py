#!/usr/bin/env python
"""Rewrite tests/conformance/known_failures.txt from a model run over the whole corpus.

Every (version, case) with a golden is run on the model in-process (`heapglass.conform.model.run_model`)
and compared with its golden; the ones that differ become the known-failure list that test_corpus.py
marks xfail(strict=True). Prints what changed against the previous list.

    .venv/bin/python scripts/update_known_failures.py [--python 3.8,3.12|all]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from heapglass.conform.cli import parse_versions
from heapglass.conform.compare import compare
from heapglass.conform.corpus import (
    default_corpus_dir,
    format_known_failures,
    golden_path,
    list_cases,
    parse_known_failures,
    read_golden,
)
from heapglass.conform.model import ModelUnavailable, require_model, run_model
from heapglass.conform.oracle import ConformError


def main(argv: list[str] | None = None) -> int:
    try:
        return update(argv)
    except (ConformError, ModelUnavailable) as exc:
        print(f"update_known_failures: error: {exc}", file=sys.stderr)
        return 2


def update(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default="all", help="versions to re-run; others keep their entries")
    parser.add_argument("--corpus", type=Path, default=default_corpus_dir())
    args = parser.parse_args(argv)
    versions = parse_versions(args.python)
    require_model()
    path = args.corpus / "known_failures.txt"
    old = parse_known_failures(path.read_text(encoding="utf-8")) if path.exists() else set()
    new = {entry for entry in old if entry[0] not in versions}
    passed = total = 0
    for case in list_cases(args.corpus):
        for version in versions:
            if not golden_path(args.corpus, version, case).exists():
                continue
            golden = read_golden(args.corpus, version, case)
            actual = run_model(case.path, version)
            result = compare(case.key, version, golden.outcome, actual, str(case.path.resolve().parent),
                             golden.normalised)
            total += 1
            if result.matches:
                passed += 1
            else:
                new.add((version, case.key))
    path.write_text(format_known_failures(new), encoding="utf-8")
    for version, key in sorted(old - new):
        print(f"now passing: {version} {key}")
    for version, key in sorted(new - old):
        print(f"now failing: {version} {key}")
    print(f"model matches CPython on {passed}/{total} runs; {len(new)} known failures written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
