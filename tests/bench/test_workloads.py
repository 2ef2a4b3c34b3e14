"""Workload table and targets: what "met?" means for each kind of target."""

from __future__ import annotations

import pytest

from heapglass.bench.workloads import WORKLOADS, Target, find


def test_ratio_target_reads_the_ratio():
    """'ratio <= 20x' is met by a ratio of 20 and missed by 21, whatever the model's own value."""
    t = Target("ratio <= 20x", "ratio", 20.0)
    assert t.met(model=1000.0, ratio=20.0) is True
    assert t.met(model=0.001, ratio=21.0) is False


def test_model_target_reads_the_model_value():
    """'<= 100 B/obj' looks at the model's bytes per object, not at the ratio to native."""
    t = Target("<= 100 B/obj", "model", 100.0)
    assert t.met(model=99.0, ratio=50.0) is True
    assert t.met(model=101.0, ratio=0.5) is False


def test_floor_target():
    """'>= 20,000,000' objects is a floor."""
    t = Target(">= 20,000,000", "model", 20e6, at_least=True)
    assert t.met(model=20e6, ratio=None) is True
    assert t.met(model=19e6, ratio=None) is False


def test_missing_value_is_not_judged():
    """No measurement means no verdict (None), never a pass."""
    assert Target("ratio <= 20x", "ratio", 20.0).met(model=1.0, ratio=None) is None


def test_issue_7_workloads_and_targets_are_all_there():
    """Every workload and target issue 7 lists has its row."""
    targets = {w.name: w.target.text for w in WORKLOADS if w.target}
    assert targets == {
        "interp/binary-trees": "ratio <= 20x",
        "interp/cyclic-churn": "ratio <= 20x",
        "interp/refcount-lists-dicts": "ratio <= 20x",
        "gc/full-collection": "ratio <= 1.5x",
        "memory/bytes-per-object": "<= 100 B/obj",
        "latency/heapglass-run": "<= 0.25 s",
        "latency/heapglass-run-bytecode": "<= 0.25 s",
        "scale/objects-in-8GiB": ">= 20,000,000",
    }


def test_full_sizes_are_the_issue_sizes():
    """binary-trees depth within 12-14; 1,000,001 tracked objects for the collector and memory rows."""
    assert 12 <= find("interp/binary-trees").full_size <= 14
    assert 2 * find("gc/full-collection").full_size + 1 == 1_000_001
    assert 2 * find("memory/bytes-per-object").full_size + 1 == 1_000_001


def test_unknown_workload():
    with pytest.raises(KeyError, match="no workload 'x'"):
        find("x")
