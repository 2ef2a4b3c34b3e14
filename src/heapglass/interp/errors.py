"""Host-side signals of the interpreter: a simulated exception in flight, unsupported constructs,
and the run-ending conditions (step limit, internal error)."""

from __future__ import annotations

from typing import Any


class PyErr(Exception):
    """A simulated exception propagating on the host stack. ``exc`` is the exception object (a new
    reference owned by this signal); ``tb_frame`` is the host frame that last added a traceback entry
    (so each frame adds exactly one, as PyTraceBack_Here does when the exception enters it)."""

    def __init__(self, exc: Any) -> None:
        super().__init__()
        self.exc = exc
        self.tb_frame: Any = None
        self.pos_frame: Any = None

    def __str__(self) -> str:
        tp = getattr(self.exc, "ob_type", None)
        return f"simulated {getattr(tp, 'name', '?')}"


class Unsupported(Exception):
    """A construct or builtin the model does not implement: reported as
    ``heapglass: unsupported: <construct> at FILE:LINE`` with exit status 2."""

    def __init__(self, construct: str, filename: str = "?", lineno: int = 0) -> None:
        super().__init__(construct)
        self.construct = construct
        self.filename = filename
        self.lineno = lineno

    def message(self) -> str:
        return f"heapglass: unsupported: {self.construct} at {self.filename}:{self.lineno}"


class StepLimit(Exception):
    """--max-steps reached: the run stops with a one-line message."""


class ExitProgram(Exception):
    """SystemExit escaped the program: the status CPython would exit with."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status
