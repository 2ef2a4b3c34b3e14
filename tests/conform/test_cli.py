"""`heapglass conform` argument handling and exit statuses, with fake model and CPython runners."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from heapglass.conform.cli import add_parser, parse_interpreter_option, parse_versions
from heapglass.conform.cli import main as conform_main
from heapglass.conform.corpus import Case, Golden, write_golden
from heapglass.conform.oracle import ConformError, Interpreter
from heapglass.conform.outcome import Outcome

FAKE_INTERPRETERS = {v: Interpreter(v, f"{v}.0", f"/fake/python{v}") for v in ("3.8", "3.12")}


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="heapglass")
    add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["conform", *argv])


def run(argv: list[str], model, real=None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    real = real or (lambda interp, program, timeout: Outcome(f"{interp.version}\n", "", 0))
    status = conform_main(parse(argv), model_runner=model, real_runner=real,
                          interpreters=FAKE_INTERPRETERS, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def program(tmp_path: Path) -> Path:
    path = tmp_path / "prog.py"
    path.write_text("print(1)\n")
    return path


def test_python_all_and_lists_are_parsed_in_version_order() -> None:
    """`all` means every supported version; a list is validated and put in 3.8..3.13 order."""
    assert parse_versions("all") == ["3.8", "3.9", "3.10", "3.11", "3.12", "3.13"]
    assert parse_versions("3.12, 3.8") == ["3.8", "3.12"]


@pytest.mark.parametrize("text", ["3.7", "3.12,4.0", "", "twelve"])
def test_unsupported_python_versions_are_rejected(text: str) -> None:
    """Only 3.8-3.13 are modelled; anything else is a usage error, not a silent skip."""
    with pytest.raises(ConformError):
        parse_versions(text)


def test_interpreter_option_needs_version_and_path() -> None:
    """`--interpreter 3.12=PATH` splits at the first '='; a missing part is a usage error."""
    assert parse_interpreter_option("3.12=/opt/py=1/bin/python") == ("3.12", "/opt/py=1/bin/python")
    for bad in ("3.12", "3.12=", "2.7=/usr/bin/python"):
        with pytest.raises(ConformError):
            parse_interpreter_option(bad)


def test_all_matching_exits_0_with_table(program: Path) -> None:
    """When the model prints what CPython prints on every version the exit status is 0."""
    status, out, _ = run([str(program)], model=lambda p, v: Outcome(f"{v}\n", "", 0))
    assert status == 0
    assert f"| {program} | 1/1 | 1/1 |" in out
    assert "2/2 runs match CPython" in out


def test_any_mismatch_exits_1_with_diff(program: Path) -> None:
    """A difference on one version prints its diff, counts it in the table and exits 1."""
    status, out, _ = run([str(program)], model=lambda p, v: Outcome("3.8\n", "", 0))
    assert status == 1
    assert "MISMATCH" in out and "-3.12" in out and "+3.8" in out
    assert f"| {program} | 1/1 | 0/1 |" in out


def test_python_selects_versions(program: Path) -> None:
    """`--python 3.12` compares on 3.12 only."""
    seen: list[str] = []
    status, _out, _ = run(["--python", "3.12", str(program)],
                          model=lambda p, v: seen.append(v) or Outcome(f"{v}\n", "", 0))
    assert status == 0 and seen == ["3.12"]


def test_missing_interpreter_for_explicit_version_exits_2(program: Path) -> None:
    """Asking for a version with no interpreter is bad usage: exit 2 and a hint about --interpreter."""
    status, _, err = run(["--python", "3.9", str(program)], model=lambda p, v: Outcome("", "", 0))
    assert status == 2
    assert "no CPython interpreter for 3.9" in err and "--interpreter" in err


def test_missing_path_exits_2_without_traceback(tmp_path: Path) -> None:
    """A path that does not exist is reported in one line, exit 2."""
    status, _, err = run([str(tmp_path / "nope.py")], model=lambda p, v: Outcome("", "", 0))
    assert status == 2
    assert err.startswith("heapglass conform: error:") and "no such file" in err


def test_no_path_exits_2() -> None:
    """Without PATH and without --report there is nothing to do."""
    status, _, err = run([], model=lambda p, v: Outcome("", "", 0))
    assert status == 2 and "PATH" in err


def test_directory_expands_to_its_programs(tmp_path: Path) -> None:
    """A directory argument runs every *.py under it, sorted."""
    for name in ("b.py", "a.py"):
        (tmp_path / name).write_text("pass\n")
    seen: list[str] = []
    run(["--python", "3.8", str(tmp_path)], model=lambda p, v: seen.append(p.name) or Outcome("3.8\n", "", 0))
    assert seen == ["a.py", "b.py"]


def test_report_prints_topic_table_from_goldens(tmp_path: Path) -> None:
    """`--report` compares goldens with the model per topic and prints the Markdown table, exit 0."""
    for topic, name in (("cycles", "one"), ("cycles", "two"), ("weakref", "three")):
        path = tmp_path / "cases" / topic / f"{name}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("pass\n")
        case = Case(topic, name, path)
        for version in ("3.8", "3.12"):
            write_golden(tmp_path, version, case, Golden(Outcome(name + "\n", "", 0), (), version), "")
    model = lambda p, v: Outcome("one\n" if v == "3.8" else p.stem + "\n", "", 0)
    status, out, _ = run(["--report", "--python", "3.8,3.12", "--corpus", str(tmp_path)], model=model)
    assert status == 0
    assert "| cycles | 1/2 | 2/2 |" in out
    assert "| weakref | 0/1 | 1/1 |" in out
    assert "| **total** | **1/3** | **3/3** |" in out


def test_report_rejects_paths(program: Path) -> None:
    """`--report` reads the corpus; mixing it with PATHs is a usage error."""
    status, _, err = run(["--report", str(program)], model=lambda p, v: Outcome("", "", 0))
    assert status == 2 and "--report" in err


def test_non_positive_timeout_exits_2(program: Path) -> None:
    """A time limit of 0 s would stop every run at once: rejected as bad usage."""
    status, _, err = run(["--timeout", "0", str(program)], model=lambda p, v: Outcome("", "", 0))
    assert status == 2 and "--timeout" in err


def test_home_runs_both_sides_with_home(program: Path) -> None:
    """--home: the real runner is asked for HOME and the model starts up as with HOME (its outcome
    here says which); --report refuses it (the goldens have no HOME)."""
    asked = []

    def real(interp, prog, timeout, home=False):
        asked.append(home)
        return Outcome("home\n" if home else "none\n", "", 0)

    status, _, _ = run(["--home", "--python", "3.12", str(program)],
                         model=lambda p, v: Outcome("home\n", "", 0), real=real)
    assert (status, asked) == (0, [True])
    status, _, err = run(["--home", "--report"], model=lambda p, v: Outcome("", "", 0))
    assert status == 2 and "--report" in err
