"""Host-side signals of the interpreter: a simulated exception in flight, unsupported constructs,
and the run-ending conditions (step limit, internal error)."""

from __future__ import annotations

from typing import Any


class Unnormalized:
    """An error as 3.8-3.11 keep it in the thread state (curexc_type / curexc_value /
    curexc_traceback). ``value`` (a new reference) is the instance, or what PyErr_SetString,
    PyErr_Format and PyErr_SetObject left to make it from: the message str, an args tuple, a
    StopIteration value, or None. ``traceback`` is the chain PyTraceBack_Here builds meanwhile, stored
    on the instance only when the error is fetched normalized (`Runtime.normalize_error`)."""

    __slots__ = ("traceback", "type", "value")

    def __init__(self, tp: Any, value: Any) -> None:
        self.type = tp
        self.value = value
        self.traceback: Any = None


class ExcInfo:
    """One entry of the exc_info stack (_PyErr_StackItem) for an exception a handler is handling:
    ``value`` the exception (its reference is the one the handler's unwind took over: the PyErr's
    for an except clause, which the entry then owns; the PyErr keeps its own for finally and with),
    ``type`` and ``traceback`` what exc_info read at the handler's entry where it holds them
    (profile `exc_info_fields`; else None: read from the value), and ``held`` the other references
    exc_info and the handler's value stack hold meanwhile (`exc_info_fields`,
    `handler_stack_fields`), released when the handler ends (`Runtime.leave_handler`)."""

    __slots__ = ("held", "traceback", "type", "value")

    def __init__(self, value: Any, tp: Any, traceback: Any, held: list[Any]) -> None:
        self.value = value
        self.type = tp
        self.traceback = traceback
        self.held = held

    def refs(self) -> list[Any]:
        """Every reference the entry stands for (gen_traverse / _PyErr_ClearExcState of a suspended
        generator's exc_state and frame stack): exc_info's own fields in _PyErr_StackItem order
        (3.8-3.10 type, value, traceback: `held` starts with the type and the traceback where it
        holds them), then what the handler's value stack holds."""
        held = self.held
        n = (self.type is not None) + (self.traceback is not None)
        own = [held[0], self.value, *held[1:n]] if self.type is not None else [self.value, *held[:n]]
        return own + held[n:]


class PyErr(Exception):
    """A simulated exception propagating on the host stack. ``exc`` is the exception object (a new
    reference owned by this signal); ``tb_frame`` is the host frame that last added a traceback entry
    (so each frame adds exactly one, as PyTraceBack_Here does when the exception enters it).

    An error raised unnormalized (``raw``, an `Unnormalized`, with the runtime ``rt`` that will
    normalize it) has no exception object until something asks for ``exc``: reading it normalizes,
    as every CPython consumer of the instance does (the handler's unwind, PyErr_Print,
    PyErr_WriteUnraisable); ``type`` and `Runtime.clear_error` do not."""

    def __init__(self, exc: Any, raw: Unnormalized | None = None, rt: Any = None) -> None:
        super().__init__()
        self._exc = exc
        self.raw = raw
        self.rt = rt
        self.tb_frame: Any = None
        self.pos_frame: Any = None

    @property
    def exc(self) -> Any:
        if self.raw is not None:
            raw, self.raw = self.raw, None
            self._exc = self.rt.normalize_error(raw)
        return self._exc

    def normalize(self) -> Any:
        """PyErr_NormalizeException without the fetch: the exception object (borrowed: still owned
        by this signal), the traceback chain still beside it."""
        return self.rt.normalize_value(self.raw) if self.raw is not None else self._exc

    @property
    def type(self) -> Any:
        """The exception's type without normalizing (PyErr_ExceptionMatches reads curexc_type)."""
        return self.raw.type if self.raw is not None else self._exc.ob_type

    def __str__(self) -> str:
        tp = self.raw.type if self.raw is not None else getattr(self._exc, "ob_type", None)
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
