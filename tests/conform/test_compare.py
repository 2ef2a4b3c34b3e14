"""Comparison of a model outcome with CPython's: match rules and the unified diff shown on mismatch."""

from heapglass.conform.compare import compare
from heapglass.conform.outcome import Outcome


def test_outputs_equal_after_normalisation_match() -> None:
    """Different addresses on the two sides are host noise: the runs match, and the diff header says so."""
    want = Outcome("<C object at 0x7f0000001000>\n", "", 0)
    got = Outcome("<C object at 0x0000deadbeef>\n", "", 0)
    result = compare("p.py", "3.12", want, got, None)
    assert result.matches
    assert "normalised: 0x<hex address> -> 0x?" in result.diff()


def test_stdout_difference_gives_unified_diff_cpython_first() -> None:
    """A wrong refcount shows as a -/+ pair, CPython on the --- side."""
    result = compare("p.py", "3.11", Outcome("2\n3\n", "", 0), Outcome("2\n4\n", "", 0), None)
    assert not result.matches
    diff = result.diff()
    assert "--- CPython 3.11 stdout" in diff and "+++ heapglass 3.11 stdout" in diff
    assert "-3" in diff.splitlines() and "+4" in diff.splitlines()


def test_status_difference_alone_is_a_mismatch() -> None:
    """Same text but another exit status is a mismatch reported on its own line."""
    result = compare("p.py", "3.8", Outcome("", "", 1), Outcome("", "", 0), None)
    assert not result.matches
    assert "exit status: CPython 1, heapglass 0" in result.diff()


def test_stderr_is_compared() -> None:
    """`Exception ignored in` lines go to stderr and are part of the claim."""
    result = compare("p.py", "3.9", Outcome("", "Exception ignored in: x\n", 0), Outcome("", "", 0), None)
    assert not result.matches
    assert "--- CPython 3.9 stderr" in result.diff()


def test_model_note_is_shown() -> None:
    """A model crash (status -1 with a note) explains itself in the diff."""
    result = compare("p.py", "3.8", Outcome("x\n", "", 0),
                     Outcome("", "", -1, "heapglass raised KeyError: 'x'"), None)
    assert "note (model): heapglass raised KeyError: 'x'" in result.diff()


def test_missing_final_newline_is_pointed_out() -> None:
    """difflib hides a missing trailing newline; the diff states it explicitly."""
    result = compare("p.py", "3.8", Outcome("a\n", "", 0), Outcome("a", "", 0), None)
    assert not result.matches
    assert "(stdout: only one side ends with a newline)" in result.diff()


def test_two_timed_out_runs_are_not_a_match() -> None:
    """If CPython and the model are both stopped at the time limit, nothing was shown to agree."""
    stopped = Outcome("partial\n", "", -9, "did not finish within 1 s")
    result = compare("p.py", "3.8", stopped, stopped, None)
    assert not result.matches
    assert "note (CPython): did not finish within 1 s" in result.diff()
