"""Running a program on the model with a view attached (for `graph` and `tour`).

The interpreter (`heapglass.interp.api.run_source`) takes ``session=``: an object with
``attach(runtime)`` (called before the program runs) and ``finish(runtime, result)`` (after) — the
`ViewSession` protocol. This module is the one place that calls it, so the commands built on views
report a missing or incompatible interpreter in one clear sentence.
"""

from __future__ import annotations

from typing import Any

from ..profiles import VERSIONS

MAX_STEPS = 20_000_000


class ModelUnavailable(RuntimeError):
    """The interpreter cannot run programs yet (or does not accept views)."""


def check_version(version: str) -> str:
    if version not in VERSIONS:
        raise ValueError(f"unknown CPython version {version!r}; supported: {', '.join(VERSIONS)}")
    return version


def run_with_views(source: str, filename: str, version: str, views: Any) -> Any:
    """Run `source` on the model of CPython `version` with `views` attached; returns the run's
    result (stdout, stderr, status)."""
    try:
        from ..interp.api import run_source
    except ImportError as exc:
        raise ModelUnavailable(f"the heapglass interpreter is not available: {exc}") from None
    try:
        return run_source(source, filename, check_version(version), unbuffered=True, stdout_isatty=False,
                          argv=[filename], max_steps=MAX_STEPS, session=views)
    except TypeError as exc:
        if "session" in str(exc):
            raise ModelUnavailable("this interpreter's run_source does not accept session= yet") from None
        raise
