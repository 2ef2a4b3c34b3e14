"""Running programs on real CPython (oracle) and on the model (in-process, isolated)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from heapglass.conform.model import ModelUnavailable, model_available, run_model, run_model_isolated
from heapglass.conform.oracle import RUN_ENV, ConformError, installed_interpreters, interpreter_at, run_real

INTERPRETERS = installed_interpreters()


@pytest.fixture
def program(tmp_path: Path) -> Path:
    path = tmp_path / "prog.py"
    path.write_text("import os, sys\nprint(os.getcwd() == os.path.dirname(sys.argv[0]), sys.argv[0])\n"
                    "print('err', file=sys.stderr)\nsys.exit(4)\n")
    return path


@pytest.mark.skipif("3.12" not in INTERPRETERS, reason="no CPython 3.12 installed")
def test_real_run_uses_absolute_path_and_case_directory(program: Path) -> None:
    """CPython runs `python /abs/prog.py` from the program's directory; stdout, stderr, status kept."""
    outcome = run_real(INTERPRETERS["3.12"], program)
    assert outcome.stdout == f"True {program.resolve()}\n"
    assert (outcome.stderr, outcome.status) == ("err\n", 4)


@pytest.mark.skipif("3.8" not in INTERPRETERS, reason="no CPython 3.8 installed")
def test_real_run_time_limit(tmp_path: Path) -> None:
    """A program that does not stop is killed at the limit and reported, not waited for."""
    loop = tmp_path / "loop.py"
    loop.write_text("print('start')\nwhile True:\n    pass\n")
    outcome = run_real(INTERPRETERS["3.8"], loop, timeout=0.5)
    assert outcome.status == -9
    assert "did not finish within 0.5 s" in outcome.note


def test_installed_interpreters_are_supported_versions() -> None:
    """Discovery maps each supported 3.X to one patch release of it."""
    for version, interp in INTERPRETERS.items():
        assert interp.label.startswith(version + ".")


def fake_api(monkeypatch: pytest.MonkeyPatch, run_source) -> None:
    module = types.ModuleType("heapglass.interp.api")
    module.run_source = run_source
    monkeypatch.setitem(sys.modules, "heapglass.interp.api", module)


def test_model_receives_the_same_file_name_and_argv_as_cpython(monkeypatch, program: Path) -> None:
    """The model is given the absolute path as filename and argv[0], unbuffered, not a tty."""
    calls = []

    def run_source(source, filename, version, **kw):
        calls.append((source, filename, version, kw))
        return types.SimpleNamespace(stdout="out\n", stderr="", status=0)

    fake_api(monkeypatch, run_source)
    outcome = run_model(program, "3.11")
    assert (outcome.stdout, outcome.status) == ("out\n", 0)
    source, filename, version, kw = calls[0]
    assert source == program.read_text() and filename == str(program.resolve()) and version == "3.11"
    assert kw["argv"] == [filename] and kw["unbuffered"] is True and kw["stdout_isatty"] is False


@pytest.mark.parametrize("home", [None, "/root"])
def test_model_starts_up_in_the_real_runners_environment(monkeypatch, program: Path, home: str | None) -> None:
    """Start-up allocates differently when HOME is set (profiles/gc.py STARTUP_ENVIRONMENTS): the
    model is told whether the environment the real interpreter gets (RUN_ENV) has it."""
    calls = []

    def run_source(source, filename, version, **kw):
        calls.append(kw)
        return types.SimpleNamespace(stdout="", stderr="", status=0)

    fake_api(monkeypatch, run_source)
    if home is None:
        monkeypatch.delitem(RUN_ENV, "HOME", raising=False)
    else:
        monkeypatch.setitem(RUN_ENV, "HOME", home)
    run_model(program, "3.12")
    assert calls[0]["home_set"] is (home is not None)


def test_model_crash_becomes_an_outcome(monkeypatch, program: Path) -> None:
    """A host exception inside the model is reported (status -1, note) instead of aborting the run."""
    def run_source(*args, **kw):
        raise KeyError("ob_refcnt")

    fake_api(monkeypatch, run_source)
    outcome = run_model(program, "3.8")
    assert outcome.status == -1
    assert outcome.note.startswith("heapglass raised KeyError: 'ob_refcnt'")


def test_missing_interpreter_module_is_reported(monkeypatch, program: Path) -> None:
    """Before the interpreter exists, asking the model raises ModelUnavailable with the reason."""
    monkeypatch.setitem(sys.modules, "heapglass.interp.api", None)
    assert not model_available()
    with pytest.raises(ModelUnavailable, match="not available"):
        run_model(program, "3.8")


FAKE_SITECUSTOMIZE = '''
import sys, types
def run_source(source, filename, version, **kw):
    if "loop forever" in source:
        while True:
            pass
    if "crash" in source:
        raise RuntimeError("model bug")
    return types.SimpleNamespace(stdout=version + "\\n", stderr="e", status=5)
api = types.ModuleType("heapglass.interp.api")
api.run_source = run_source
sys.modules["heapglass.interp.api"] = api
'''


@pytest.fixture
def fake_model_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A child process whose `heapglass.interp.api` is a fake installed by sitecustomize."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(FAKE_SITECUSTOMIZE)
    monkeypatch.setenv("PYTHONPATH", str(site))
    return tmp_path


def test_isolated_model_run_returns_child_outcome(fake_model_env: Path) -> None:
    """The child process runs the model and hands stdout, stderr and status back as JSON."""
    prog = fake_model_env / "p.py"
    prog.write_text("print(1)\n")
    outcome = run_model_isolated(prog, "3.10", timeout=60)
    assert (outcome.stdout, outcome.stderr, outcome.status) == ("3.10\n", "e", 5)


def test_isolated_model_run_is_killed_at_the_time_limit(fake_model_env: Path) -> None:
    """A model that never finishes is stopped after the limit and reported with status -9."""
    prog = fake_model_env / "p.py"
    prog.write_text("# loop forever\n")
    outcome = run_model_isolated(prog, "3.8", timeout=2)
    assert outcome.status == -9
    assert "did not finish within 2 s" in outcome.note


def test_isolated_model_crash_is_reported(fake_model_env: Path) -> None:
    """A host exception in the child's model run comes back as status -1 with the exception named."""
    prog = fake_model_env / "p.py"
    prog.write_text("# crash\n")
    outcome = run_model_isolated(prog, "3.8", timeout=60)
    assert outcome.status == -1
    assert outcome.note.startswith("heapglass raised RuntimeError: model bug")


@pytest.mark.skipif("3.12" not in INTERPRETERS, reason="no CPython 3.12 installed")
def test_interpreter_option_is_checked_against_its_version() -> None:
    """`--interpreter 3.11=<a 3.12 binary>` is refused: the binary reports its own version."""
    path = INTERPRETERS["3.12"].path
    assert interpreter_at("3.12", path).label == INTERPRETERS["3.12"].label
    with pytest.raises(ConformError, match="not 3.11"):
        interpreter_at("3.11", path)
    with pytest.raises(ConformError, match="not an executable"):
        interpreter_at("3.12", "/nonexistent/python")


@pytest.mark.skipif("3.12" not in INTERPRETERS, reason="no CPython 3.12 installed")
def test_real_run_with_home_sets_home(tmp_path: Path) -> None:
    """run_real(home=True) gives the program a HOME, as a user's shell does; by default it has none."""
    prog = tmp_path / "home.py"
    prog.write_text("import os\nprint('HOME' in os.environ)\n")
    assert run_real(INTERPRETERS["3.12"], prog).stdout == "False\n"
    assert run_real(INTERPRETERS["3.12"], prog, home=True).stdout == "True\n"
