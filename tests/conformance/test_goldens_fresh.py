"""The goldens still describe the installed interpreters: a sample is re-run on real CPython.

The sample is the first case of every topic on every version (set HEAPGLASS_FRESH_ALL=1 to re-check
every golden). A version whose interpreter is not installed is skipped.
"""

from __future__ import annotations

import os

import pytest

from heapglass.conform.compare import compare
from heapglass.conform.corpus import default_corpus_dir, golden_path, golden_versions, list_cases, read_golden
from heapglass.conform.oracle import installed_interpreters, run_real

CORPUS = default_corpus_dir()
INTERPRETERS = installed_interpreters()


def _sample() -> list:
    cases = list_cases(CORPUS)
    if not os.environ.get("HEAPGLASS_FRESH_ALL"):
        first: dict[str, object] = {}
        for case in cases:
            first.setdefault(case.topic, case)
        cases = list(first.values())
    return [pytest.param(v, c, id=f"{v}-{c.key}") for v in golden_versions(CORPUS) for c in cases
            if golden_path(CORPUS, v, c).exists()]


@pytest.mark.parametrize(("version", "case"), _sample())
def test_golden_matches_installed_interpreter(version, case) -> None:
    """Re-running the case on the installed CPython gives the stored (normalised) golden again."""
    if version not in INTERPRETERS:
        pytest.skip(f"no CPython {version} installed")
    golden = read_golden(CORPUS, version, case)
    fresh = run_real(INTERPRETERS[version], case.path)
    result = compare(case.key, version, golden.outcome, fresh, str(case.path.resolve().parent),
                     golden.normalised)
    assert result.matches, result.diff()
