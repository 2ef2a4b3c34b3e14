"""Goldens and the known-failure list on disk."""

from pathlib import Path

import pytest

from heapglass.conform.corpus import (
    Case,
    Golden,
    format_known_failures,
    list_cases,
    parse_known_failures,
    read_golden,
    write_golden,
)
from heapglass.conform.oracle import ConformError
from heapglass.conform.outcome import Outcome


def test_golden_roundtrip_keeps_text_exactly(tmp_path: Path) -> None:
    """Stored stdout/stderr (non-ASCII, no final newline) and status come back byte for byte."""
    case = Case("caches", "x", tmp_path / "cases" / "caches" / "x.py")
    golden = Golden(Outcome("é\n€", "err\n", 3), ("address",), "3.12.1")
    path = write_golden(tmp_path, "3.12", case, golden, "python x.py")
    assert path == tmp_path / "golden" / "3.12" / "caches" / "x.json"
    assert read_golden(tmp_path, "3.12", case) == golden


def test_missing_golden_is_a_clear_error(tmp_path: Path) -> None:
    """A missing golden names the case and the script that makes goldens."""
    with pytest.raises(ConformError, match="make_goldens"):
        read_golden(tmp_path, "3.8", Case("a", "b", tmp_path / "b.py"))


def test_cases_are_listed_by_topic_then_name(tmp_path: Path) -> None:
    """Case keys are `topic/name`, sorted, so test ids and reports are stable."""
    for rel in ("weakref/a.py", "cycles/z.py", "cycles/b.py"):
        (tmp_path / "cases" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "cases" / rel).write_text("pass\n")
    assert [c.key for c in list_cases(tmp_path)] == ["cycles/b", "cycles/z", "weakref/a"]


def test_known_failures_roundtrip_sorted_by_version() -> None:
    """The file lists `<version> <topic>/<name>`, 3.8 before 3.10 (version order, not text order)."""
    entries = {("3.10", "cycles/a"), ("3.8", "weakref/b"), ("3.8", "cycles/c")}
    text = format_known_failures(entries)
    assert [line for line in text.splitlines() if not line.startswith("#")] == [
        "3.8 cycles/c", "3.8 weakref/b", "3.10 cycles/a"]
    assert parse_known_failures(text) == entries


@pytest.mark.parametrize("line", ["3.8", "3.7 cycles/a", "3.8 cycles", "3.8 a/b/c", "3.8 cycles/a extra"])
def test_malformed_known_failure_line_is_rejected(line: str) -> None:
    """A typo in the list must not silently un-xfail or hide a case."""
    with pytest.raises(ConformError, match="line 1"):
        parse_known_failures(line + "\n")
