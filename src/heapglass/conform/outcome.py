"""What one run of a program produced: the `Outcome` both the model and a real interpreter are judged by."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    """stdout, stderr and exit status of one run; `note` explains a run that did not finish normally."""

    stdout: str
    stderr: str
    status: int
    note: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"stdout": self.stdout, "stderr": self.stderr, "status": self.status}
