"""Running a program on the heapglass model, in-process or in a child process under a time limit.

The interpreter lives in `heapglass.interp.api` (``run_source``); it is imported lazily so that the
conformance machinery imports, and can be tested with a fake runner, before the interpreter exists.
A model runner is any callable ``(program: Path, version: str) -> Outcome``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from heapglass.conform.oracle import RUN_ENV
from heapglass.conform.outcome import Outcome

ModelRunner = Callable[[Path, str], Outcome]

MODEL_MAX_STEPS = 20_000_000
INTERNAL_ERROR_STATUS = -1
TIMEOUT_STATUS = -9


class ModelUnavailable(Exception):
    """`heapglass.interp.api` cannot be imported (the interpreter is not there yet)."""


def _run_source():  # the return type lives in the lazily imported module
    try:
        from heapglass.interp.api import run_source
    except ImportError as exc:
        raise ModelUnavailable(f"the heapglass interpreter is not available: {exc}") from None
    return run_source


def require_model() -> None:
    """Raise `ModelUnavailable` (with the import error) unless the interpreter can be imported."""
    _run_source()


def model_available() -> bool:
    try:
        require_model()
    except ModelUnavailable:
        return False
    return True


def run_model(program: Path, version: str, home: bool = False) -> Outcome:
    """Run `program` on the model in this process, as ``python /abs/program`` would see it in the real
    runner's environment (`RUN_ENV`, or with HOME for `home`: whether HOME is set changes the
    start-up state).

    A host exception raised by the model becomes an outcome with status -1 and the exception in `note`,
    so one broken case never stops a whole comparison.
    """
    run_source = _run_source()
    from heapglass.interp.cli_run import parse_hash_seed
    program = program.resolve()
    try:
        source = program.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return Outcome("", "", INTERNAL_ERROR_STATUS, f"cannot read {program}: {exc}")
    try:
        result = run_source(source, str(program), version, unbuffered=True, stdout_isatty=False,
                            argv=[str(program)], max_steps=MODEL_MAX_STEPS, home_set=home or "HOME" in RUN_ENV,
                            hash_seed=parse_hash_seed(RUN_ENV.get("PYTHONHASHSEED")))
    except Exception as exc:  # noqa: BLE001 - a model bug is reported in the comparison, not raised
        last = traceback.extract_tb(exc.__traceback__)[-1:]
        where = f" at {Path(last[0].filename).name}:{last[0].lineno}" if last else ""
        return Outcome("", "", INTERNAL_ERROR_STATUS,
                       f"heapglass raised {type(exc).__name__}: {exc}{where}")
    return Outcome(result.stdout, result.stderr, result.status)


def run_model_isolated(program: Path, version: str, timeout: float, home: bool = False) -> Outcome:
    """Run `program` on the model in a child process (``python -m heapglass.conform.child``), killed
    after `timeout` seconds, so a model that loops or crashes cannot take the caller down."""
    cmd = [sys.executable, "-m", "heapglass.conform.child", version, str(program.resolve()),
           *(["--home"] if home else [])]
    try:
        proc = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return Outcome("", "", TIMEOUT_STATUS, f"the model did not finish within {timeout:g} s")
    lines = proc.stdout.strip().splitlines()
    try:
        data = json.loads(lines[-1])
    except (IndexError, ValueError):
        tail = proc.stderr.strip().splitlines()[-1:] or ["no output"]
        return Outcome("", "", INTERNAL_ERROR_STATUS, f"the model child process failed: {tail[0]}")
    if "unavailable" in data:
        raise ModelUnavailable(data["unavailable"])
    return Outcome(data["stdout"], data["stderr"], data["status"], data.get("note", ""))
