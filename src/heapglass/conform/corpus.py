"""The conformance corpus on disk: case programs, their per-version goldens, and the known-failure list.

Layout (under ``tests/conformance``): ``cases/<topic>/<name>.py``; ``golden/<3.X>/<topic>/<name>.json``
holding the normalised stdout, stderr, status of CPython 3.X and how it was run; ``known_failures.txt``
with one ``<3.X> <topic>/<name>`` per line for cases the model does not pass yet.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from heapglass.conform.oracle import ConformError
from heapglass.conform.outcome import Outcome
from heapglass.profiles.base import VERSIONS


@dataclass(frozen=True)
class Case:
    """One corpus program: `key` is ``topic/name``."""

    topic: str
    name: str
    path: Path

    @property
    def key(self) -> str:
        return f"{self.topic}/{self.name}"


@dataclass(frozen=True)
class Golden:
    """CPython's normalised outcome for one case on one version, and the normalisations applied."""

    outcome: Outcome
    normalised: tuple[str, ...]
    interpreter: str


def default_corpus_dir() -> Path:
    """``tests/conformance`` of the source checkout this package was loaded from."""
    return Path(__file__).resolve().parents[3] / "tests" / "conformance"


def list_cases(corpus: Path) -> list[Case]:
    """Every ``cases/<topic>/<name>.py``, sorted by topic then name."""
    cases_dir = corpus / "cases"
    if not cases_dir.is_dir():
        raise ConformError(f"no conformance corpus at {cases_dir}")
    return [Case(p.parent.name, p.stem, p) for p in sorted(cases_dir.glob("*/*.py"))]


def golden_path(corpus: Path, version: str, case: Case) -> Path:
    return corpus / "golden" / version / case.topic / f"{case.name}.json"


def write_golden(corpus: Path, version: str, case: Case, golden: Golden, settings: str) -> Path:
    path = golden_path(corpus, version, case)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "case": case.key,
        "version": version,
        "interpreter": golden.interpreter,
        **golden.outcome.as_dict(),
        "normalised": list(golden.normalised),
        "settings": settings,
    }
    # One key per line, values compact: small files that still diff line by line in a review.
    body = ",\n".join(f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items())
    path.write_text("{\n" + body + "\n}\n", encoding="utf-8")
    return path


def read_golden(corpus: Path, version: str, case: Case) -> Golden:
    path = golden_path(corpus, version, case)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Golden(Outcome(data["stdout"], data["stderr"], data["status"]),
                      tuple(data["normalised"]), data["interpreter"])
    except FileNotFoundError:
        raise ConformError(f"no golden for {case.key} on {version} ({path}); run scripts/make_goldens.py") \
            from None
    except (ValueError, KeyError, TypeError) as exc:
        raise ConformError(f"unreadable golden {path}: {exc}") from None


def golden_versions(corpus: Path) -> list[str]:
    """Versions that have a golden directory, in `VERSIONS` order."""
    return [v for v in VERSIONS if (corpus / "golden" / v).is_dir()]


def parse_known_failures(text: str) -> set[tuple[str, str]]:
    """``{(version, "topic/name")}`` from the known-failures file; ``#`` starts a comment."""
    entries: set[tuple[str, str]] = set()
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2 or parts[0] not in VERSIONS or parts[1].count("/") != 1:
            raise ConformError(f"known_failures.txt line {number}: expected '<3.X> <topic>/<name>', "
                               f"got {raw.strip()!r}")
        entries.add((parts[0], parts[1]))
    return entries


def format_known_failures(entries: set[tuple[str, str]]) -> str:
    header = ("# Conformance cases the model does not pass yet: '<version> <topic>/<name>' per line.\n"
              "# Written by scripts/update_known_failures.py; test_corpus.py marks them xfail(strict=True).\n")
    ordered = sorted(entries, key=lambda e: (VERSIONS.index(e[0]), e[1]))
    return header + "".join(f"{v} {k}\n" for v, k in ordered)
