"""The runner: child processes, their failures, the memory bound, and which workloads run."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from heapglass.bench.runner import Row, Run, Settings, Side, _first_difference, run_child, selected
from heapglass.bench.workloads import GIB, find


def _settings(**kw) -> Settings:
    return Settings(version="3.11", native_python=sys.executable, **kw)


def test_child_that_fails_is_reported_with_its_last_stderr_line(tmp_path):
    """A crashing child gives a 'failed' result carrying its exit status and last stderr line."""
    code = "import sys; sys.stderr.write('first\\nboom: it broke\\n'); sys.exit(3)"
    result = run_child([sys.executable, "-c", code], tmp_path / "out.json", _settings())
    assert result == {"status": "failed", "reason": "exit status 3: boom: it broke"}


def test_child_result_is_read_from_its_file(tmp_path):
    """A child that writes its JSON result is 'ok' unless it says otherwise."""
    out = tmp_path / "out.json"
    code = f"import json; json.dump({{'seconds': 1.5}}, open({str(out)!r}, 'w'))"
    assert run_child([sys.executable, "-c", code], out, _settings()) == {"seconds": 1.5, "status": "ok"}


def test_child_memory_is_bounded(tmp_path):
    """The address-space limit stops a child that asks for more (here 2 GiB under a 1 GiB limit)."""
    code = "x = bytearray(2 << 30)"
    result = run_child([sys.executable, "-c", code], tmp_path / "out.json", _settings(memory_limit=GIB))
    assert result["status"] == "failed"
    assert result["reason"].endswith("MemoryError")


def test_side_stops_at_first_failure():
    """A failure replaces the samples taken so far: a median of a partial set would mislead."""
    side = Side()
    side.add({"status": "ok", "seconds": 1.0}, lambda r: r["seconds"])
    side.add({"status": "failed", "reason": "boom"}, lambda r: r["seconds"])
    assert (side.status, side.reason, side.samples, side.median) == ("failed", "boom", [], None)


def test_median_and_ratio():
    """The median of each side; the ratio is model / native."""
    model = Side(samples=[3.0, 1.0, 2.0])
    native = Side(samples=[0.5, 0.1, 0.2])
    row = Row(find("interp/binary-trees"), 6, model, native)
    assert row.model.median == 2.0
    assert row.ratio == pytest.approx(10.0)
    assert row.met is True


def test_selection_brings_what_a_row_is_derived_from():
    """The scale row needs the memory row; the build row comes from the collection."""
    assert selected(("scale/objects-in-8GiB",)) == {"scale/objects-in-8GiB", "memory/bytes-per-object"}
    assert selected(("gc/build-graph",)) == {"gc/build-graph", "gc/full-collection"}
    with pytest.raises(KeyError, match="no workload 'gc'"):
        selected(("gc",))


def test_first_difference_names_the_line():
    assert _first_difference("a\nb\n", "a\nc\n") == "line 2: model 'b', native 'c'"
    assert _first_difference("a\n", "a\nb\n") == "model has 1 lines, native 2"


def test_bytecode_copy_is_imported_instead_of_the_sources():
    """The bytecode latency row runs heapglass from a compiled copy: the copy has .pyc files and a
    process given it on PYTHONPATH imports heapglass from there."""
    run = Run(_settings())
    try:
        root = run.bytecode_copy()
        assert any((root / "heapglass").rglob("__pycache__/cli.*.pyc"))
        proc = subprocess.run([sys.executable, "-c", "import heapglass; print(heapglass.__file__)"],
                              capture_output=True, text=True, check=True, timeout=120,
                              env={**os.environ, "PYTHONPATH": str(root)})
        assert proc.stdout.strip() == str(root / "heapglass" / "__init__.py")
    finally:
        run.close()
    assert not run.tmp.exists()


def test_clock_picks_the_recorded_time():
    """Children record wall and CPU times; the settings' clock decides which one a row uses."""
    result = {"seconds": 2.0, "cpu_seconds": 1.5, "build_seconds": 4.0, "build_cpu_seconds": 3.0}
    assert _settings().timed("seconds")(result) == 1.5
    assert _settings().timed("build_seconds")(result) == 3.0
    assert _settings(clock="wall").timed("seconds")(result) == 2.0
