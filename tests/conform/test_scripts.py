"""scripts/make_goldens.py and scripts/update_known_failures.py on a throw-away corpus."""

from __future__ import annotations

import importlib.util
import json
import sys
import types
from pathlib import Path

import pytest

from heapglass.conform.corpus import list_cases, parse_known_failures
from heapglass.conform.oracle import installed_interpreters

ROOT = Path(__file__).resolve().parents[2]
INTERPRETERS = installed_interpreters()


def load_script(name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_corpus(tmp_path: Path, programs: dict[str, str]) -> Path:
    for key, text in programs.items():
        path = tmp_path / "cases" / f"{key}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


@pytest.mark.skipif("3.12" not in INTERPRETERS, reason="no CPython 3.12 installed")
def test_make_goldens_writes_normalised_golden_and_refuses_unreproducible(tmp_path: Path, capsys) -> None:
    """A reproducible program gets a golden with its address normalised; one printing a raw id()
    (different in each run under ASLR) is refused and the script exits 1."""
    corpus = make_corpus(tmp_path, {
        "caches/stable": "class C:\n    pass\nprint(C())\n",
        "caches/unstable": "print(id(object()))\n",
    })
    status = load_script("make_goldens").main(["--python", "3.12", "--corpus", str(corpus), "--jobs", "1"])
    assert status == 1
    golden = json.loads((corpus / "golden/3.12/caches/stable.json").read_text())
    assert golden["stdout"] == "<__main__.C object at 0x?>\n"
    assert golden["normalised"] == ["address"] and golden["interpreter"] == INTERPRETERS["3.12"].label
    assert not (corpus / "golden/3.12/caches/unstable.json").exists()
    assert "REFUSED 3.12 caches/unstable: not reproducible (stdout differ" in capsys.readouterr().out


def test_update_known_failures_lists_exactly_the_mismatching_runs(tmp_path: Path, monkeypatch) -> None:
    """With a model that gets one case wrong on one version, only that (version, case) is listed."""
    corpus = make_corpus(tmp_path, {"cycles/good": "pass\n", "cycles/bad": "pass\n"})
    for version in ("3.8", "3.13"):
        for case in list_cases(corpus):
            path = corpus / "golden" / version / case.topic / f"{case.name}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({"stdout": "ok\n", "stderr": "", "status": 0, "normalised": [],
                                        "interpreter": version}))

    def run_source(source, filename, version, **kw):
        wrong = filename.endswith("bad.py") and version == "3.13"
        return types.SimpleNamespace(stdout="no\n" if wrong else "ok\n", stderr="", status=0)

    api = types.ModuleType("heapglass.interp.api")
    api.run_source = run_source
    monkeypatch.setitem(sys.modules, "heapglass.interp.api", api)
    (corpus / "known_failures.txt").write_text("3.8 cycles/good\n")
    assert load_script("update_known_failures").main(["--corpus", str(corpus)]) == 0
    listed = parse_known_failures((corpus / "known_failures.txt").read_text())
    assert listed == {("3.13", "cycles/bad")}
