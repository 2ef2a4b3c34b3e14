"""References start-up's unbuilt objects hold to what a program reaches (profile fact
interp.startup_references, interp/startup_refs.py).

Expected values: [RUN 3.8.18-3.13.0] in run_real's environment, the program below as the whole
script: sys.getrefcount of len, print, getattr and sys.getrefcount, and of gc.collect after
`import gc` (single-phase gc keeps its dict's copy, m_copy, on 3.8 and 3.9)."""

from __future__ import annotations

import pytest
from modelrun import ALL, run

PROGRAM = """import sys
r = sys.getrefcount
print(r(len), r(print), r(getattr), r(sys.getrefcount))
import gc
print(r(gc.collect))
"""
MEASURED = {"3.8": "4 5 8 5\n3\n", "3.9": "4 5 8 5\n3\n", "3.10": "4 5 8 5\n2\n",
            "3.11": "10 6 8 5\n2\n", "3.12": "3 4 7 5\n2\n", "3.13": "3 4 7 5\n2\n"}


@pytest.mark.parametrize("version", ALL)
def test_builtins_and_module_functions_count_start_ups_references(version):
    """Without them the model would say 2 for every builtin (the builtins dict and the argument)."""
    assert run(PROGRAM, version) == MEASURED[version]


@pytest.mark.parametrize("version", ALL)
def test_the_references_are_never_released(version):
    """They belong to objects that live until exit: deleting the name a program sees drops only
    the program's own reference."""
    out = run("import sys\nf = len\nb = sys.getrefcount(len)\ndel f\nprint(b - sys.getrefcount(len))\n", version)
    assert out == "1\n"
