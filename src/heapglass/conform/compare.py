"""Judging a model run against CPython: normalise both sides the same way, compare, explain as a diff."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from heapglass.conform.normalise import describe, normalise
from heapglass.conform.outcome import Outcome


@dataclass(frozen=True)
class Comparison:
    """A normalised expected (CPython) and actual (model) outcome of one program on one version."""

    name: str
    version: str
    expected: Outcome
    actual: Outcome
    normalised: tuple[str, ...]

    @property
    def matches(self) -> bool:
        # A run that did not finish normally (time-out, model crash: `note` set) is never a match, even
        # if both sides printed the same before they were stopped.
        if self.expected.note or self.actual.note:
            return False
        return (self.expected.stdout, self.expected.stderr, self.expected.status) == (
            self.actual.stdout, self.actual.stderr, self.actual.status)

    def diff(self) -> str:
        """A unified diff per differing stream (CPython is ``---``, the model ``+++``), plus the status."""
        verdict = "match" if self.matches else "MISMATCH"
        out = [f"=== {self.name} on {self.version}: {verdict} ({describe(self.normalised)})"]
        for side, outcome in (("CPython", self.expected), ("model", self.actual)):
            if outcome.note:
                out.append(f"note ({side}): {outcome.note}")
        for stream in ("stdout", "stderr"):
            want, got = getattr(self.expected, stream), getattr(self.actual, stream)
            if want != got:
                out.extend(line.rstrip("\n") for line in difflib.unified_diff(
                    want.splitlines(keepends=True), got.splitlines(keepends=True),
                    f"CPython {self.version} {stream}", f"heapglass {self.version} {stream}"))
                if want and got and want.endswith("\n") != got.endswith("\n"):
                    out.append(f"({stream}: only one side ends with a newline)")
        if self.expected.status != self.actual.status:
            out.append(f"exit status: CPython {self.expected.status}, heapglass {self.actual.status}")
        return "\n".join(out)


def compare(name: str, version: str, expected: Outcome, actual: Outcome, case_dir: str | None,
            expected_normalised: tuple[str, ...] = ()) -> Comparison:
    """Normalise both outcomes with the shared normaliser (see `normalise`) and pair them up.

    `expected_normalised` names rules already applied to `expected` (a golden is stored normalised).
    """
    applied: list[str] = list(expected_normalised)
    sides = []
    for outcome in (expected, actual):
        out = normalise(outcome.stdout, case_dir)
        err = normalise(outcome.stderr, case_dir)
        applied.extend(out.applied + err.applied)
        sides.append(Outcome(out.text, err.text, outcome.status, outcome.note))
    order = ("case directory", "stdlib path", "address", "timing")
    return Comparison(name, version, sides[0], sides[1], tuple(r for r in order if r in applied))
