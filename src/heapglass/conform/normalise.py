"""The one normaliser applied to real-interpreter output (goldens) and to model output alike.

Only text that depends on the host rather than on CPython's memory management is rewritten:

- ``case directory``: the absolute directory of the program (3.9+ makes ``__main__.__file__`` and
  traceback paths absolute) becomes ``<dir>``;
- ``stdlib path``: an installation's ``.../lib/python3.X/`` prefix becomes ``<stdlib>/``;
- ``address``: object addresses (``0x`` and at least six hex digits) become ``0x?``;
- ``timing``: the collector's ``DEBUG_STATS`` ``%.4fs elapsed`` becomes ``?s elapsed``.

Every rewrite is reported by name so a diff can say what was normalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{6,}\b")
STDLIB_PATH = re.compile(r"/[^\s\"'<>]*/lib/python3\.\d+/")
TIMING = re.compile(r"\d+\.\d+s elapsed")

RULE_TEXT: dict[str, str] = {
    "case directory": "program directory -> <dir>",
    "stdlib path": ".../lib/python3.X/ -> <stdlib>/",
    "address": "0x<hex address> -> 0x?",
    "timing": "N.NNNNs elapsed -> ?s elapsed",
}


@dataclass(frozen=True)
class Normalised:
    """Normalised text and the names of the rules that changed something, in rule order."""

    text: str
    applied: tuple[str, ...]


def normalise(text: str, case_dir: str | None = None) -> Normalised:
    """Rewrite host-dependent text in `text`; `case_dir` is the absolute directory of the program run."""
    applied: list[str] = []
    if case_dir:
        prefix = case_dir.rstrip("/") + "/"
        if prefix in text:
            text = text.replace(prefix, "<dir>/")
            applied.append("case directory")
    for name, pattern, replacement in (
        ("stdlib path", STDLIB_PATH, "<stdlib>/"),
        ("address", ADDRESS, "0x?"),
        ("timing", TIMING, "?s elapsed"),
    ):
        text, count = pattern.subn(replacement, text)
        if count:
            applied.append(name)
    return Normalised(text, tuple(applied))


def describe(applied: tuple[str, ...] | list[str]) -> str:
    """One line saying which normalisations were applied, for diff headers and reports."""
    if not applied:
        return "normalised: nothing"
    return "normalised: " + "; ".join(RULE_TEXT[name] for name in applied)
