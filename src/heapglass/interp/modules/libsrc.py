"""CPython's pure-Python library modules run inside the model (``lib/``): loading a file, selecting
its per-version ``#@if SECTION`` / ``#@else`` / ``#@end`` parts (which sections a version has is the
fact ``weakref_lib_sections``), and executing it as a simulated module.

The markers and the unselected branch are dropped, so each version runs exactly its own CPython file
(the edits marked "heapglass:" replace one line by one line) and tracebacks through it show the real
line numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ...heap.objects import HObject
from .facts import module_facts

if TYPE_CHECKING:
    from ..runtime import Runtime

LIB = Path(__file__).parent / "lib"


class LibSourceError(ValueError):
    """A malformed '#@' marker in a library file (a heapglass bug, reported with file and line)."""


def select_sections(text: str, sections: frozenset[str] | tuple[str, ...], name: str = "<lib>") -> str:
    """`text` with each ``#@if S`` block's body kept when S is in `sections`, else its ``#@else``
    part; the markers and the other part are removed. Blocks do not nest."""
    out: list[str] = []
    state = None          # None outside a block; else (section name, in else-part)
    for lineno, line in enumerate(text.splitlines(), 1):
        mark = line.strip()
        if mark.startswith("#@if "):
            if state is not None:
                raise LibSourceError(f"{name}:{lineno}: nested #@if")
            state = (mark[5:].strip(), False)
            continue
        if mark in ("#@else", "#@end"):
            if state is None:
                raise LibSourceError(f"{name}:{lineno}: {mark} without #@if")
            state = (state[0], True) if mark == "#@else" else None
            continue
        if state is None:
            out.append(line)
        else:
            if (state[0] in sections) != state[1]:
                out.append(line)
    if state is not None:
        raise LibSourceError(f"{name}: #@if {state[0]} is not closed")
    return "\n".join(out) + "\n"


def lib_source(rt: Runtime, filename: str) -> str:
    """The text of ``lib/<filename>`` for `rt`'s version."""
    text = (LIB / filename).read_text(encoding="utf-8")
    return select_sections(text, module_facts(rt.profile).weakref_lib_sections, filename)


def lib_module(filename: str) -> Callable[[Runtime], HObject]:
    """A module factory that runs ``lib/<filename>`` as the module of that name. The simulated path is
    the version's standard library directory, as CPython's tracebacks show it."""
    name = filename[:-3]

    def factory(rt: Runtime) -> HObject:
        major, minor, _ = rt.profile.version_info
        path = f"/usr/local/lib/python{major}.{minor}/{filename}"
        # exec_module_source already stored the module in sys.modules (_load_unlocked); import_module
        # stores this new reference again, which releases the dict's first one
        return rt.exec_module_source(name, lib_source(rt, filename), path)
    return factory
