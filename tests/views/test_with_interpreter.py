"""The views on real runs of the model's interpreter (skipped until `heapglass.interp.api` exists)."""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess

import pytest
from chromium import Browser, chromium_path

from heapglass.conform.model import model_available
from heapglass.views import graph_cli
from heapglass.views.runner import run_with_views
from heapglass.views.session import ViewSession

pytestmark = pytest.mark.skipif(not model_available(), reason="the heapglass interpreter is not available")

CYCLE = "import gc\na = []\nb = [a]\na.append(b)\ndel a, b\nprint(gc.collect())\n"


def run(options: dict, source: str = CYCLE, version: str = "3.12") -> io.StringIO:
    out = io.StringIO()
    run_with_views(source, "/tmp/cycle.py", version, ViewSession(options, out=out))
    return out


def real_collect_count(version: str) -> str:
    env = dict(os.environ, PYENV_VERSION={"3.8": "3.8.18", "3.12": "3.12.1"}[version])
    return subprocess.run(["python", "-c", CYCLE], capture_output=True, text=True, env=env,
                          check=True).stdout.strip()


def test_trace_of_a_real_run_is_deterministic(tmp_path):
    """Two runs of the same program write byte-identical JSONL traces."""
    texts = []
    for i in range(2):
        p = tmp_path / f"t{i}.jsonl"
        run({"trace": str(p)})
        texts.append(p.read_bytes())
    assert texts[0] == texts[1]
    kinds = {json.loads(line)["kind"] for line in texts[0].splitlines()[1:]}
    assert {"alloc", "free", "gc_start", "gc_phase", "gc_stop"} <= kinds


@pytest.mark.parametrize("version", ["3.8", "3.12"])
def test_explain_counts_the_unreachable_cycle_like_cpython(version):
    """The story's gc.collect() sentence finds as many unreachable objects as CPython's
    gc.collect() returns for the same program (2 on 3.8.18 and 3.12.1: the two lists)."""
    expected = real_collect_count(version)
    text = run({"explain": True}, version=version).getvalue()
    line = next(x for x in text.splitlines() if x.strip().startswith("collection gen 2 (gc.collect())"))
    assert f"{expected} unreachable" in line


GRAPH_PROGRAM = "a = []\nb = [a]\na.append([b])\nc = []\ndel b\n"


def test_graph_command_on_a_real_program(tmp_path, capsys):
    """`heapglass graph prog.py --line 3 --why b -o g.dot`: after ``a.append([b])`` a holds a new
    list holding b; b is alive through its name (the highlighted path: module dict -> b). Each
    line of this program allocates, so the moment is exact even without incref/decref events."""
    prog = tmp_path / "prog.py"
    prog.write_text(GRAPH_PROGRAM)
    out = tmp_path / "g.dot"
    args = argparse.Namespace(file=str(prog), python="3.12", line=3, event=None, why="b", all=False,
                              output=str(out))
    assert graph_cli.main(args) == 0, capsys.readouterr().err
    dot = out.read_text()
    assert "a = list" in dot and "b = list" in dot and "penwidth=2.5" in dot
    assert "len 1" in dot.split("a = list")[1].split("]")[0]      # a.append ran
    assert "c = list" not in dot                                    # line 4 had not bound c


@pytest.mark.skipif(chromium_path() is None, reason="Chromium is not installed: run scripts/install_browser.sh")
def test_html_of_a_real_run_loads_without_errors(tmp_path):
    """The page of a real run loads in Chromium with no script error and can be stepped to its end."""
    page = tmp_path / "run.html"
    run({"html": str(page)})
    with Browser(chromium_path()) as b:
        b.open(page.as_uri())
        n = b.evaluate("heapglass.events")
        b.evaluate(f"heapglass.go({n})")
        assert b.evaluate("heapglass.position()") == n > 0
        assert b.errors == []


def test_perfetto_export_of_a_real_run_has_balanced_slices(tmp_path):
    """Every collection and phase slice that begins ends, on the collector track; timestamps are
    the event sequence numbers, never decreasing."""
    p = tmp_path / "run.json"
    run({"perfetto": str(p)})
    events = json.loads(p.read_text())["traceEvents"]
    depth = 0
    for ev in events:
        if ev.get("tid") == 2 and ev["ph"] in "BE":
            depth += 1 if ev["ph"] == "B" else -1
            assert depth >= 0
    assert depth == 0
    stamps = [ev["ts"] for ev in events if "ts" in ev]
    assert stamps == sorted(stamps) and stamps
