"""The gc counters a program starts with are the ones the real start-up leaves (profile gc.startup_counts).

Expected values: `PYENV_VERSION=<patch> python c0.py` with PYTHONUNBUFFERED=1, stdout a pipe, c0.py being
the program below; each printed the same line on every run.
"""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source

PROGRAM = "import gc\nprint(gc.get_count())\n"
REAL = {"3.8": "(419, 9, 0)", "3.9": "(568, 9, 0)", "3.10": "(41, 10, 0)", "3.11": "(249, 0, 2)",
        "3.12": "(692, 4, 0)", "3.13": "(29, 3, 0)"}


@pytest.mark.parametrize("version", sorted(REAL))
def test_first_statement_sees_the_real_start_up_counts(version: str) -> None:
    """A program's first gc.get_count() equals CPython's: generation 0 holds what start-up allocated
    since its last collection, generations 1 and 2 how many younger collections start-up ran."""
    assert run_source(PROGRAM, "/tmp/c0.py", version).stdout == REAL[version] + "\n"


def test_start_up_counts_decide_when_the_first_automatic_collection_runs() -> None:
    """3.12 starts 8 allocations below threshold 0 (692 of 700): the first loop that allocates a few
    containers schedules a collection almost at once, so generation 1's count moves from 4 to 5
    ([RUN 3.12.1]: (…, 5, 0) after allocating 20 lists)."""
    out = run_source("import gc\nx = [[] for i in range(20)]\nprint(gc.get_count()[1])\n", "/tmp/c.py", "3.12")
    assert out.stdout == "5\n"
