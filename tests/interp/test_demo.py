"""examples/demo.py (the README's demo) prints on the model exactly what each real interpreter printed.

Expected outputs: expected/<version>/examples-demo.json, captured by capture_expected.py from
``PYENV_VERSION=<patch> python demo.py`` (run from examples/).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from heapglass.interp.api import run_source
from heapglass.interp.cli_run import main_filename

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent.parent / "examples" / "demo.py"


@pytest.mark.parametrize("version", ["3.8", "3.9", "3.10", "3.11", "3.12", "3.13"])
def test_demo_matches_cpython(version: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's refcounts, cycle collection with __del__, weakref callback and small-int cache lines
    equal CPython's for every version, with exit status 0 and nothing on stderr."""
    monkeypatch.chdir(DEMO.parent)
    expected = json.loads((HERE / "expected" / version / "examples-demo.json").read_text())
    result = run_source(DEMO.read_text(), main_filename(DEMO.name, version), version, argv=[DEMO.name])
    assert (result.stdout, result.stderr, result.status) == (expected["stdout"], expected["stderr"],
                                                             expected["status"])
