"""The report table: its columns, the notes that explain a missing value, and the verdicts."""

from __future__ import annotations

from heapglass.bench.report import HEADERS, format_value, table
from heapglass.bench.runner import Row, Side
from heapglass.bench.workloads import find


def test_headers_are_the_issue_columns():
    assert HEADERS == ("workload", "model median", "native median", "ratio", "target", "met?")


def test_values_in_their_units():
    assert format_value(0.0123, "s") == "12.3 ms"
    assert format_value(2.5, "s") == "2.5 s"
    assert format_value(406.24, "B/obj") == "406.2 B/obj"
    assert format_value(21_100_000, "objects") == "21.1 M"
    assert format_value(None, "s") == "-"


def test_unavailable_side_is_explained_in_a_note():
    """A side that cannot run yet shows n/a and a numbered note with the reason."""
    row = Row(find("interp/binary-trees"), 6, Side(status="unavailable", reason="no interpreter"),
              Side(samples=[0.002]))
    text = table([row])
    line = text.splitlines()[2]
    assert line.startswith("interp/binary-trees [1]")
    assert "n/a" in line and "2 ms" in line
    assert "[1] interp/binary-trees: model not available yet: no interpreter" in text


def test_missed_target_says_no():
    """A ratio over the target is reported as NO (targets are reported, never asserted)."""
    row = Row(find("gc/full-collection"), 10, Side(samples=[0.3]), Side(samples=[0.1]))
    line = table([row]).splitlines()[2]
    assert line.split("|")[3].strip() == "3x"
    assert line.split("|")[5].strip() == "NO"


def test_row_without_target():
    row = Row(find("gc/build-graph"), 10, Side(samples=[0.3]), Side(samples=[0.1]))
    cells = [c.strip() for c in table([row]).splitlines()[2].split("|")]
    assert cells[4:] == ["-", "-"]
