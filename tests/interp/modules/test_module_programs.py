"""The simulated gc, sys, weakref and atexit modules against the real interpreters.

Each program in ``programs/`` states one behaviour in its first comment line and prints what shows it;
``expected/<program>.json`` holds what CPython 3.8.18 ... 3.13.0 printed (captured with
``python tests/interp/modules/oracle.py``, normalised like the conformance corpus: program directory,
addresses, timings). The model must print exactly that, version by version.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from heapglass.interp.api import run_source

from .oracle import INTERPRETERS, PROGRAMS, load_expected, normalised, pyenv_available, run_real

PROGRAM_FILES = sorted(PROGRAMS.glob("*.py"))
CASES = [pytest.param(p, v, id=f"{p.stem}-{v}") for p in PROGRAM_FILES for v in INTERPRETERS]


def run_model(program: Path, version: str) -> dict[str, object]:
    path = str(program.resolve())
    result = run_source(program.read_text(encoding="utf-8"), path, version, argv=[path],
                        max_steps=5_000_000)
    return {"stdout": normalised(result.stdout), "stderr": normalised(result.stderr), "status": result.status}


@pytest.mark.parametrize(("program", "version"), CASES)
def test_model_prints_what_cpython_prints(program: Path, version: str) -> None:
    """The model's stdout, stderr and exit status for the program equal the real interpreter's: the
    behaviour named in the program's first line holds on the model as it does on CPython."""
    assert run_model(program, version) == load_expected(program)[version]


@pytest.mark.skipif(not pyenv_available(), reason="the pyenv interpreters are not installed")
@pytest.mark.parametrize(("program", "version"), CASES)
def test_expected_output_is_what_cpython_prints_today(program: Path, version: str) -> None:
    """The committed expected output is still what the installed interpreter prints (so the model is
    compared with CPython, not with a stale file)."""
    assert run_real(program, version) == load_expected(program)[version]


def test_every_program_has_expected_output_for_every_version() -> None:
    """No program is left without its recorded CPython output (a new program needs oracle.py)."""
    for program in PROGRAM_FILES:
        assert sorted(load_expected(program)) == sorted(INTERPRETERS), program.name
