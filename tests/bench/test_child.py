"""The model-side child: its results and how it reports what it cannot do."""

from __future__ import annotations

import pytest

from heapglass.bench import child


def test_unknown_task_is_a_failed_result():
    """A bad spec is reported in the result, not raised."""
    result = child.run({"task": "nope"})
    assert result == {"status": "failed", "reason": "unknown task 'nope'"}


def test_missing_part_of_heapglass_is_unavailable():
    """An import of a heapglass module that does not exist yet becomes `Unavailable`, naming it."""
    def load():
        import heapglass.no_such_part  # noqa: F401
    with pytest.raises(child.Unavailable, match="the widget: No module named 'heapglass.no_such_part'"):
        child._need("the widget", load)


def test_memory_task_counts_bytes_per_simulated_object():
    """50 pairs = 101 objects (12 pairs garbage, 38 kept); the host bytes of building them are
    positive and at least the size of one host object each."""
    result = child.run({"task": "memory", "version": "3.11", "pairs": 50, "every": 4})
    assert result["status"] == "ok", result
    assert (result["objects"], result["kept"], result["live"]) == (101, 38, 101)
    assert result["bytes"] >= 101 * 56


def test_collect_task_collects_the_garbage():
    """The full collection finds the 24 objects of the 12 garbage pairs and leaves the 77 others:
    what CPython finds on the same graph (`native/collect_graph.py collect 50 4` reports 24 collected,
    38 kept, on 3.11.7 and 3.13.0)."""
    result = child.run({"task": "collect", "version": "3.13", "pairs": 50, "every": 4})
    assert result["status"] == "ok", result
    assert (result["collected"], result["garbage_objects"], result["live_after"]) == (24, 24, 77)
    assert result["tracked"] == 101


def test_model_error_is_a_failed_result_with_its_place():
    """An exception inside the model is a result naming the error and where it happened."""
    result = child.run({"task": "memory", "version": "2.7", "pairs": 1, "every": 4})
    assert result["status"] == "failed"
    assert "unknown CPython version '2.7'" in result["reason"]
    assert "(at " in result["reason"]
