"""`heapglass bench --quick` end to end: every workload runs on both sides in one command, the table
and the JSON agree, and bad options are one-line errors. No timing is asserted (targets are reported
by the benchmark, never by tests)."""

from __future__ import annotations

import contextlib
import io
import json
import statistics

import pytest

from heapglass.bench.workloads import WORKLOADS
from heapglass.cli import main

STATUSES = {"ok", "unavailable", "failed"}


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    """One `heapglass bench --quick` over every workload: (exit status, printed table, JSON)."""
    path = tmp_path_factory.mktemp("bench") / "results.json"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["bench", "--quick", "--quiet", "--json", str(path)])
    return status, out.getvalue(), json.loads(path.read_text())


def test_quick_run_succeeds(quick_run):
    status, _, _ = quick_run
    assert status == 0


def test_every_workload_has_a_row_in_table_and_json(quick_run):
    """One row per workload, in the table and in the JSON, in the same order."""
    _, text, data = quick_run
    names = [w.name for w in WORKLOADS]
    assert [r["workload"] for r in data["rows"]] == names
    table_names = [line.split("|")[0].split(" [")[0].strip() for line in text.splitlines()
                   if "|" in line][2:]
    assert table_names == names


def test_native_side_always_runs(quick_run):
    """The native side needs only the real interpreter, so it is measured for every workload."""
    _, _, data = quick_run
    for row in data["rows"]:
        assert row["native"]["status"] == "ok", row
        assert row["native"]["median"] > 0


def test_model_side_is_measured_or_explained(quick_run):
    """The model side is measured, or says why not (unavailable/failed with a reason)."""
    _, _, data = quick_run
    for row in data["rows"]:
        model = row["model"]
        assert model["status"] in STATUSES
        if model["status"] == "ok":
            assert model["median"] == statistics.median(model["samples"])
        else:
            assert model["reason"]


def test_collection_rows_are_measured_on_the_model(quick_run):
    """The heap core and collector exist, so the collection is measured and finds the garbage; the
    row's value is the CPU time (the default clock) the children recorded."""
    _, _, data = quick_run
    row = next(r for r in data["rows"] if r["workload"] == "gc/full-collection")
    assert row["model"]["status"] == "ok", row
    assert row["model"]["extra"]["collected"] == row["native"]["extra"]["collected"] == 10_000 // 4 * 2
    assert row["model"]["samples"] == [row["model"]["extra"]["cpu_seconds"]]
    assert row["native"]["samples"] == [row["native"]["extra"]["cpu_seconds"]]
    assert row["ratio"] == pytest.approx(row["model"]["median"] / row["native"]["median"])


def test_json_records_machine_and_command(quick_run):
    _, _, data = quick_run
    assert data["machine"]["nproc"] >= 1
    assert data["command"].startswith("heapglass bench --quick --json ")
    assert data["settings"]["quick"] is True
    assert data["settings"]["clock"] == "cpu"


@pytest.mark.parametrize("argv,message", [
    (["bench", "--version", "2.7"], "unknown CPython version '2.7'"),
    (["bench", "--size", "interp/binary-trees=x"], "--size wants WORKLOAD=N"),
    (["bench", "--only", "nope"], "no workload 'nope'"),
    (["bench", "--repeat", "0"], "--repeat must be at least 1"),
    (["bench", "--python", "3.14"], "unknown CPython version '3.14'"),
    (["bench", "--memory-limit", "0"], "--timeout and --memory-limit must be positive"),
])
def test_bad_options_are_one_line_errors(capsys, argv, message):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
