"""Running a program on a real CPython: finding the installed interpreters and the run settings.

A program is run as ``python /abs/path/prog.py`` with the program's directory as cwd, stdin from
/dev/null, stdout/stderr on pipes, a small fixed environment (``PYTHONUNBUFFERED=1`` among it: it
changes what ``print`` allocates) and a time limit. The model is run with the same file name and argv,
so both sides see the same ``__file__`` and traceback paths.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from heapglass.conform.outcome import Outcome
from heapglass.profiles.base import VERSIONS

DEFAULT_TIMEOUT = 10.0
TIMEOUT_STATUS = -9

# Environment variables passed to the real interpreter; everything else from the host is dropped so
# PYTHON* settings of the host (PYTHONDONTWRITEBYTECODE, PYTHONMALLOC, ...) cannot leak into goldens.
# PYTHONHASHSEED=0 fixes str/bytes hashes, so set orders of strings and what depends on the hash
# key (the interned dict's layout, hence e.g. sys.getrefcount(None)) are reproducible; the model is
# given the same seed (conform/model.py).
RUN_ENV: dict[str, str] = {"PYTHONUNBUFFERED": "1", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0"}


@dataclass(frozen=True)
class Interpreter:
    """A real CPython for one supported version: `version` "3.12", `label` "3.12.1", `path` to run."""

    version: str
    label: str
    path: str


class ConformError(Exception):
    """Bad usage or an unusable setup; the message is shown to the user as is."""


def run_settings(timeout: float) -> str:
    """How CPython was run, recorded in every golden (one line: goldens stay small)."""
    env = " ".join(f"{k}={v}" for k, v in RUN_ENV.items())
    return (f"python <dir>/<name>.py, cwd <dir>, env {env} PATH, stdin /dev/null, "
            f"stdout/stderr pipes, timeout {timeout:g} s")


def installed_interpreters() -> dict[str, Interpreter]:
    """The newest pyenv-installed patch release of each supported version (`pyenv versions --bare`)."""
    pyenv = shutil.which("pyenv")
    if pyenv is None:
        return {}
    try:
        listed = subprocess.run([pyenv, "versions", "--bare"], check=False, capture_output=True, text=True, timeout=30)
        root = subprocess.run([pyenv, "root"], check=False, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return {}
    found: dict[str, tuple[tuple[int, ...], Interpreter]] = {}
    for label in listed.stdout.split():
        parts = label.split(".")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            continue  # skips "system", dev builds, virtualenvs
        version = f"{parts[0]}.{parts[1]}"
        if version not in VERSIONS:
            continue
        path = Path(root, "versions", label, "bin", f"python{version}")
        if not path.exists():
            continue
        key = tuple(int(p) for p in parts)
        if version not in found or key > found[version][0]:
            found[version] = (key, Interpreter(version, label, str(path)))
    return {v: found[v][1] for v in VERSIONS if v in found}


def interpreter_at(version: str, path: str) -> Interpreter:
    """An interpreter given by the user (`--interpreter 3.12=PATH`), checked to be that version."""
    exe = shutil.which(path) or path
    if not os.path.isfile(exe) or not os.access(exe, os.X_OK):
        raise ConformError(f"--interpreter {version}={path}: not an executable file")
    try:
        probe = subprocess.run(
            [exe, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
            check=False, capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise ConformError(f"--interpreter {version}={path}: cannot run it ({exc})") from None
    label = probe.stdout.strip()
    if probe.returncode != 0 or not label.startswith(version + "."):
        raise ConformError(f"--interpreter {version}={path}: it reports version {label or '?'}, not {version}")
    return Interpreter(version, label, exe)


def run_real(interpreter: Interpreter, program: Path, timeout: float = DEFAULT_TIMEOUT, *,
             home: bool = False) -> Outcome:
    """Run `program` on `interpreter` the way goldens are made; a time-out gives status -9 and a note.
    `home`: with HOME in the environment too, as in a user's shell (start-up allocates differently
    without it; its value does not matter: profiles/gc.py STARTUP_ENVIRONMENTS)."""
    program = program.resolve()
    env = dict(RUN_ENV)
    env["PATH"] = os.environ.get("PATH", "/usr/bin:/bin")
    if home:
        env["HOME"] = os.environ.get("HOME") or "/root"
    try:
        proc = subprocess.run(
            [interpreter.path, str(program)], cwd=program.parent, env=env, stdin=subprocess.DEVNULL,
            check=False, capture_output=True, timeout=timeout,
        )
    except subprocess.TimeoutExpired as exc:
        return Outcome(_text(exc.stdout), _text(exc.stderr), TIMEOUT_STATUS,
                       f"CPython {interpreter.label} did not finish within {timeout:g} s")
    return Outcome(_text(proc.stdout), _text(proc.stderr), proc.returncode)


def _text(data: bytes | str | None) -> str:
    if data is None:
        return ""
    if isinstance(data, str):
        return data
    return data.decode("utf-8", errors="backslashreplace")
