"""The corpus judged by the goldens: one test per (program, version), the model run in-process.

Expected outputs are the goldens made by scripts/make_goldens.py from the real interpreters; a failure
shows the unified diff (CPython ``---``, heapglass ``+++``). Cases listed in known_failures.txt are
xfail(strict=True): when the model starts passing one, the test fails until the entry is removed
(scripts/update_known_failures.py rewrites the list). ``HEAPGLASS_CONFORM_PYTHON=3.12`` (or
``3.8,3.13``) limits the run to some versions.
"""

from __future__ import annotations

import os

import pytest

from heapglass.conform.cli import parse_versions
from heapglass.conform.compare import compare
from heapglass.conform.corpus import (
    default_corpus_dir,
    golden_path,
    golden_versions,
    list_cases,
    parse_known_failures,
    read_golden,
)

CORPUS = default_corpus_dir()
CASES = list_cases(CORPUS)
KNOWN = parse_known_failures((CORPUS / "known_failures.txt").read_text(encoding="utf-8"))
SELECTED = parse_versions(os.environ.get("HEAPGLASS_CONFORM_PYTHON", "all"))


def _params() -> list:
    params = []
    for version in golden_versions(CORPUS):
        if version not in SELECTED:
            continue
        for case in CASES:
            if not golden_path(CORPUS, version, case).exists():
                continue
            marks = [pytest.mark.xfail(strict=True, reason="listed in known_failures.txt")] \
                if (version, case.key) in KNOWN else []
            params.append(pytest.param(version, case, id=f"{version}-{case.key}", marks=marks))
    return params


@pytest.mark.parametrize(("version", "case"), _params())
def test_model_matches_cpython(version, case) -> None:
    """The model's stdout, stderr and exit status equal CPython's golden after the shared normaliser."""
    pytest.importorskip("heapglass.interp.api", reason="the heapglass interpreter is not built yet")
    from heapglass.conform.model import run_model

    golden = read_golden(CORPUS, version, case)
    result = compare(case.key, version, golden.outcome, run_model(case.path, version),
                     str(case.path.resolve().parent), golden.normalised)
    if not result.matches:
        pytest.fail(result.diff(), pytrace=False)


def test_known_failures_name_existing_goldens() -> None:
    """Every known-failure entry names a case with a golden for that version, so the list cannot rot."""
    keys = {c.key for c in CASES}
    stale = sorted(f"{v} {k}" for v, k in KNOWN if k not in keys
                   or not (CORPUS / "golden" / v / f"{k}.json").exists())
    assert not stale, f"known_failures.txt names cases without a golden: {stale}"
