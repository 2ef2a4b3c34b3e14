"""Generations: what moves the counts, when automatic collections run, which generation they pick.

Expected values: tests/heap/oracle/generations_cadence.py and long_lived_rule.py run on the six
reference interpreters (``./run_oracle.sh <probe>``), and the fact sheet §3.2/§3.3 [RUN] entries.
The model's allocations go through the real allocator model, so list free-list reuse (not counted)
is part of the arithmetic exactly as in CPython.
"""

from __future__ import annotations

import pytest

from heapglass.profiles import VERSIONS

from .heapscene import Scene


def record_starts(scene: Scene) -> list[int]:
    """Append a gc.callbacks entry logging the generation of every "start"; return the log."""
    gens: list[int] = []

    def cb(heap, phase, info):
        if phase.value == "start":
            gens.append(info.entries["generation"][1].value)

    fn = scene.function(cb, "cb")
    scene.heap.runtime.list_append(scene.heap.gc.get_callbacks(), fn)
    scene.heap.decref(fn)
    return gens


def new_list_and_breaker(scene: Scene):
    """``[]`` followed by the eval-breaker check a loop's backward jump makes (3.12+ run scheduled
    collections there; earlier versions collected inside the allocation already)."""
    lst = scene.new_list()
    scene.heap.gc.run_scheduled()
    return lst


# [RUN] generations_cadence.py: first 36 collections and how many ran while 30000 lists accumulate.
CADENCE = {v: ("000000000001000000000001000000000001", 42) for v in VERSIONS}
CADENCE["3.13"] = ("00000000000100", 14)


@pytest.mark.parametrize("version", VERSIONS)
def test_automatic_collections_run_eleven_young_then_one_middle(version):
    """With thresholds (700|2000, 10, 10) and only survivors, every 12th automatic collection is a
    generation-1 one (count1 must exceed 10), and generation 2 is never chosen that early."""
    s = Scene(version)
    gens = record_starts(s)
    keep = s.set("keep", s.new_list())
    for _ in range(30000):
        lst = new_list_and_breaker(s)
        keep.items.append(lst)
    assert ("".join(map(str, gens[:36])), len(gens)) == CADENCE[version]


@pytest.mark.parametrize("version", VERSIONS)
def test_long_lived_rule_skips_full_collections(version):
    """The 25 % rule: 4000 long-lived lists, thresholds (100, 10, 10), 30000 self-cycles. count2
    reaches 13 but generation 2 is never collected, because long_lived_pending (0) stays below
    long_lived_total / 4. [RUN] 0 full, 13 gen-1, 153 gen-0 collections, count2 == 13 in every
    version (80 of every 181 lists come from the list free list and are not counted)."""
    s = Scene(version)
    keep = s.set("keep", s.new_list())
    for _ in range(4000):
        keep.items.append(s.new_list())
    s.heap.gc.collect()
    s.heap.gc.thresholds[:] = [100, 10, 10]
    gens = record_starts(s)
    for _ in range(30000):
        x = new_list_and_breaker(s)
        s.append(x, x)
        s.set("x", x)
    assert (gens.count(2), gens.count(1), gens.count(0), s.heap.gc.counts[2]) == (0, 13, 153, 13)


@pytest.mark.parametrize("version", VERSIONS)
def test_first_automatic_collection_sees_zero_older_counts(version):
    """[RUN] the first automatic collection's "start" callback sees get_count()[1:] == (0, 0)."""
    s = Scene(version)
    seen = []

    def cb(heap, phase, info):
        if not seen:
            seen.append(tuple(heap.gc.counts[1:]))

    fn = s.function(cb, "cb")
    s.heap.runtime.list_append(s.heap.gc.get_callbacks(), fn)
    keep = s.set("keep", s.new_list())
    while not seen:
        keep.items.append(new_list_and_breaker(s))
    assert seen == [(0, 0)]


@pytest.mark.parametrize("version", VERSIONS)
def test_collection_runs_in_the_allocation_until_311_and_at_the_breaker_after(version):
    """3.8-3.11 collect synchronously inside the GC allocation that crosses threshold 0; 3.12+ only
    schedule it: the count keeps growing until the interpreter's next eval-breaker check."""
    s = Scene(version)
    t0 = s.heap.gc.thresholds[0]
    keep = s.set("keep", s.new_list())
    for _ in range(t0 + 50):
        keep.items.append(s.new_list())
    deferred = s.heap.profile.gc.collect_in_allocation is False
    assert (s.heap.gc.stats[0]["collections"] == 0) is deferred
    assert s.heap.gc.scheduled is deferred
    s.heap.gc.run_scheduled()
    assert s.heap.gc.stats[0]["collections"] == 1
    assert not s.heap.gc.scheduled


def test_run_scheduled_respects_disable():
    """_Py_RunGC re-checks `enabled`: a collection scheduled before gc.disable() does not run."""
    s = Scene("3.12")
    keep = s.set("keep", s.new_list())
    for _ in range(800):
        keep.items.append(s.new_list())
    s.heap.gc.enabled = False
    s.heap.gc.run_scheduled()
    assert s.heap.gc.stats[0]["collections"] == 0


def test_disabled_gc_still_counts_allocations():
    """gc.disable() stops automatic collections only; count0 keeps counting GC allocations."""
    s = Scene("3.9")
    s.heap.gc.enabled = False
    keep = s.set("keep", s.new_list())
    for _ in range(1000):
        keep.items.append(s.new_list())
    assert s.heap.gc.counts[0] == 1001
    assert s.heap.gc.stats[0]["collections"] == 0


def test_free_list_pushes_and_pops_do_not_move_count0():
    """[RUN fact sheet §3.2] 100 lists deleted: count0 drops by only 20 (80 go to the list free list);
    100 new lists then add only 20 (80 come back from the free list)."""
    s = Scene("3.11")
    s.heap.gc.enabled = False
    keep = s.set("keep", s.new_list())
    for _ in range(100):
        keep.items.append(s.new_list())
    c = s.heap.gc.counts[0]
    items, keep.items = keep.items, []
    for it in items:
        s.heap.decref(it)
    assert s.heap.gc.counts[0] == c - 20
    for _ in range(100):
        keep.items.append(s.new_list())
    assert s.heap.gc.counts[0] == c


def test_threshold_zero_disables_automatic_collection():
    """set_threshold(0): no automatic collection however many allocations."""
    s = Scene("3.8")
    s.heap.gc.thresholds[0] = 0
    keep = s.set("keep", s.new_list())
    for _ in range(1500):
        keep.items.append(s.new_list())
    assert s.heap.gc.stats[0]["collections"] == 0


@pytest.mark.parametrize("version", VERSIONS)
def test_middle_generation_survivors_become_pending_long_lived(version):
    """long_lived_pending grows by the survivors of each generation-1 collection and is reset (with
    long_lived_total = size of generation 2) by a full collection."""
    s = Scene(version)
    s.heap.gc.enabled = False
    keep = s.set("keep", s.new_list())
    for _ in range(5):
        keep.items.append(s.new_list())
    s.heap.gc.collect(1)
    assert s.heap.gc.long_lived_pending == 6
    s.heap.gc.collect(2)
    assert (s.heap.gc.long_lived_pending, s.heap.gc.long_lived_total) == (0, 6)


def test_long_lived_total_leaves_out_untracked_tuples_and_dicts():
    """long_lived_total is gc_list_size of generation 2 *after* untrack_tuples and untrack_dicts: an
    atomic tuple (ints only) and an atomic dict are untracked by the full collection and not counted."""
    s = Scene("3.12")
    s.heap.gc.enabled = False
    s.set("lst", s.new_list())
    s.set("t", s.new_tuple(s.new_int(1000), s.new_int(1001)))
    d = s.new_dict(track=True)
    s.set("d", d)
    s.heap.gc.collect(2)
    assert not s.heap.is_tracked(s["t"]) and not s.heap.is_tracked(d)
    assert s.heap.gc.long_lived_total == len(s.heap.gc.generations[2]) == 1
