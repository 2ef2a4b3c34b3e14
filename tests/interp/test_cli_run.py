"""`heapglass run` as a command: argument handling, stdout/stderr/status pass-through."""

from __future__ import annotations

import pytest

from heapglass.interp.cli_run import main_filename, standalone


def test_run_file_prints_program_output(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """The program's stdout is written unchanged and the status is CPython's (0)."""
    prog = tmp_path / "p.py"
    prog.write_text("import sys\nprint(sys.getrefcount(object()))\n")
    assert standalone(["--python", "3.10", str(prog)]) == 0
    assert capsys.readouterr().out == "1\n"


def test_run_c_code_uncaught_exception_status_1(capsys: pytest.CaptureFixture[str]) -> None:
    """-c CODE: the traceback goes to stderr (3.11 caret line under the division), status 1."""
    assert standalone(["--python", "3.11", "-c", "x = 1\ny = x / 0"]) == 1
    err = capsys.readouterr().err
    assert err == ('Traceback (most recent call last):\n  File "<string>", line 2, in <module>\n'
                   '    y = x / 0\n        ~~^~~\nZeroDivisionError: division by zero\n')


def test_missing_file_is_one_line_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be read: one line on stderr, status 2, no host traceback."""
    assert standalone(["/nonexistent/x.py"]) == 2
    assert capsys.readouterr().err.startswith("heapglass: can't open file '/nonexistent/x.py'")


def test_main_filename_is_absolute_from_3_9() -> None:
    """Tracebacks show the script path as given in 3.8 and absolute from 3.9 ([RUN] both)."""
    assert main_filename("x.py", "3.8") == "x.py"
    assert main_filename("x.py", "3.9").endswith("/x.py") and main_filename("x.py", "3.9") != "x.py"


def test_non_utf8_file_is_cpythons_syntax_error(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """Undecodable source: CPython's one-line SyntaxError and status 1 ([RUN] python3.12 on the file)."""
    prog = tmp_path / "bad.py"
    prog.write_bytes(b"x = 1\n\xff\xfe\n")
    assert standalone(["--python", "3.12", str(prog)]) == 1
    assert capsys.readouterr().err == (
        f"SyntaxError: Non-UTF-8 code starting with '\\xff' in file {prog} on line 2, but no encoding "
        "declared; see https://peps.python.org/pep-0263/ for details\n")


def test_null_byte_source_is_a_syntax_error(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """A NUL in the source: 'SyntaxError: source code cannot contain null bytes' at its line, status 1
    ([RUN] python3.12 prints the same three lines)."""
    prog = tmp_path / "nul.py"
    prog.write_bytes(b"x = 1\x00\n")
    assert standalone(["--python", "3.12", str(prog)]) == 1
    assert capsys.readouterr().err == (f'  File "{prog}", line 1\n    x = 1\n'
                                       "SyntaxError: source code cannot contain null bytes\n")


@pytest.mark.parametrize("home, expected", [(None, "(26, 5, 0) [5, 0, 0]\n"), ("/root", "(691, 4, 0) [4, 0, 0]\n")])
def test_run_passes_whether_home_is_set(tmp_path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str], home: str | None,
                                        expected: str) -> None:
    """`heapglass run` models the start-up of an interpreter started in its own environment: with HOME
    (any user's shell) 3.12's start-up stays below threshold 0 and runs one collection fewer ([RUN
    3.12.1] env -i PATH=... PYTHONUNBUFFERED=1 LC_ALL=C.UTF-8 [HOME=/root] python prog.py)."""
    prog = tmp_path / "c0.py"
    prog.write_text('import gc\nprint(gc.get_count(), [s["collections"] for s in gc.get_stats()])\n')
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", home)
    assert standalone(["--python", "3.12", str(prog)]) == 0
    assert capsys.readouterr().out == expected


def test_pythonhashseed_keys_string_hashes(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """PYTHONHASHSEED is read as CPython reads it ([RUN 3.12.1] PYTHONHASHSEED=12 python -c
    "print(hash('a'))" → 3755857067983767937; a bad value is a fatal error with status 1)."""
    monkeypatch.setenv("PYTHONHASHSEED", "12")
    assert standalone(["--python", "3.12", "-c", "print(hash('a'))"]) == 0
    assert capsys.readouterr().out == "3755857067983767937\n"
    monkeypatch.setenv("PYTHONHASHSEED", "abc")
    assert standalone(["--python", "3.12", "-c", "print(1)"]) == 1
    assert capsys.readouterr().err.startswith("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be")
