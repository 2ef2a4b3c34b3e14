"""Each program in programs/ run on the model equals what the real interpreter printed.

Expected outputs (expected/<version>/<name>.json) were captured from the installed CPython
3.8.18 ... 3.13.0 by capture_expected.py (PYTHONUNBUFFERED=1, run from the programs directory);
addresses are compared as 0x?. The model gets the file name the way the real interpreter reports
it (relative in 3.8, absolute from 3.9: the main module's __file__ and code filename).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from heapglass.interp.api import run_source
from heapglass.interp.cli_run import main_filename

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted((HERE / "programs").glob("*.py"))
VERSIONS = ("3.8", "3.9", "3.10", "3.11", "3.12", "3.13")


def _normalise(text: str) -> str:
    from capture_expected import normalise  # type: ignore[import-not-found]
    return normalise(text)


def _cases() -> list:
    out = []
    for version in VERSIONS:
        for program in PROGRAMS:
            out.append(pytest.param(version, program, id=f"{version}-{program.stem}"))
    return out


@pytest.mark.parametrize(("version", "program"), _cases())
def test_program_matches_cpython(version: str, program: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """stdout, stderr and exit status of the model equal the captured CPython run."""
    monkeypatch.syspath_prepend(str(HERE))
    monkeypatch.chdir(program.parent)
    expected = json.loads((HERE / "expected" / version / f"{program.stem}.json").read_text())
    filename = main_filename(program.name, version)
    unbuffered = not program.name.startswith("buffered_")   # see capture_expected.run_real
    result = run_source(program.read_text(), filename, version, argv=[program.name], unbuffered=unbuffered)
    assert result.stdout == expected["stdout"]
    assert _normalise(result.stderr) == expected["stderr"]
    assert result.status == expected["status"]
