"""Errors raised when the heap is misused: the checks a CPython debug build makes, as exceptions."""

from __future__ import annotations


class HeapError(Exception):
    """Misuse of the simulated heap: decref below zero, use after free, a foreign object.

    The message names the object (its type and model address) and the operation, so a failing
    scenario says exactly what went wrong instead of corrupting the model silently.
    """

    def __init__(self, operation: str, obj: object, detail: str = "") -> None:
        self.operation = operation
        self.obj = obj
        where = operation if obj is None else f"{operation} on {describe(obj)}"
        super().__init__(where + (f": {detail}" if detail else ""))


def describe(obj: object) -> str:
    tp = getattr(obj, "ob_type", None)
    name = getattr(tp, "name", None) or type(obj).__name__
    addr = getattr(obj, "addr", None)
    return f"<{name} object at {addr:#x}>" if isinstance(addr, int) else f"<{name} object>"
