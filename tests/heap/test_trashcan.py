"""The deallocation driver and CPython's trashcan: long chains free without host recursion, in the order
each version frees them.

Expected orders come from tests/heap/oracle/trashcan_order.py run on the six reference interpreters
(``./run_oracle.sh trashcan_order.py 120``; 3.13 with 12000, since its trashcan engages only ~9945
levels deep). Node i holds ``.next`` then ``.leaf`` (a Leaf(i) with __del__); the instance drops next
before leaf, so the leaves die in post-order and show where the trashcan deferred the rest of the chain.
"""

from __future__ import annotations

import itertools
import sys

import pytest

from heapglass.heap.errors import HeapError

from .heapscene import Scene

# [RUN] runs of the __del__ log (node i logs i, leaf i logs -(i+1)), compressed to (first, last) runs.
RUNS_38_TO_310 = [(0, 24), (-24, -1), (-25, -25), (25, 49), (-49, -26), (50, 72), (-72, -50), (-73, -73),
                  (73, 97), (-97, -74), (98, 119), (-120, -98)]
RUNS_311_312 = [(0, 49), (-49, -1), (-50, -50), (50, 98), (-98, -51), (-99, -99), (99, 119), (-120, -100)]
EXPECTED_120 = {"3.8": RUNS_38_TO_310, "3.9": RUNS_38_TO_310, "3.10": RUNS_38_TO_310,
                "3.11": RUNS_311_312, "3.12": RUNS_311_312}
# [RUN 3.13.0, N=12000]: first runs, and 129 runs in all.
EXPECTED_313_HEAD = [(0, 9944), (-9944, -9895), (-9945, -9945), (9945, 9994), (-9994, -9946),
                     (-9995, -9995), (9995, 10044), (-10044, -9996)]


def runs_of(log: list[int]) -> list[tuple[int, int]]:
    runs = []
    start = log[0]
    for a, b in itertools.pairwise(log):
        if b != a + 1:
            runs.append((start, a))
            start = b
    runs.append((start, log[-1]))
    return runs


def free_node_chain(version: str, n: int) -> list[int]:
    """Build the probe's chain of n nodes, drop the head, return the __del__ log."""
    s = Scene(version)
    heap = s.heap
    leaf_cls = s.cls("Leaf", del_log=lambda op: -s.attr(op, "i").value - 1)
    node_cls = s.cls("Node", del_log=lambda op: s.attr(op, "i").value)

    def node(i: int):
        leaf = s.instance(leaf_cls)
        iv = s.new_int(i)
        s.setattr(leaf, "i", iv)
        nd = s.instance(node_cls)
        s.setattr(nd, "next", iv)            # placeholder: fixes the attribute order next, leaf, i
        s.setattr(nd, "leaf", leaf)
        s.setattr(nd, "i", iv)
        heap.decref(leaf)
        heap.decref(iv)
        return nd

    head = cur = node(0)
    for i in range(1, n):
        nxt = node(i)
        s.setattr(cur, "next", nxt)
        heap.decref(nxt)
        cur = nxt
    heap.decref(head)
    assert heap.live == len(s._attr_names), "every node, leaf and int was freed"
    return s.log


@pytest.mark.parametrize("version", sorted(EXPECTED_120))
def test_chain_of_120_instances_frees_in_the_versions_trashcan_order(version):
    """3.8-3.12 defer the chain at nesting 50 (3.8-3.10: two levels per node, instance + its dict;
    3.11+: one, the values live in the instance); deposited objects are destroyed newest first once
    the nesting unwinds. 3.8-3.10 also run each __del__ in a frame object that itself goes through
    the trashcan, which shifts the third batch by one node (72, not 73)."""
    assert runs_of(free_node_chain(version, 120)) == EXPECTED_120[version]


def test_chain_of_120_instances_is_freed_depth_first_in_313():
    """3.13's trashcan engages only when the C recursion budget is nearly spent: 120 levels free
    strictly depth-first (nodes 0..119, then leaves 119..0)."""
    assert runs_of(free_node_chain("3.13", 120)) == [(0, 119), (-120, -1)]


def test_chain_of_12000_instances_defers_at_nesting_9945_in_313():
    """3.13 deposits at nesting 9945 (module level starts with 9995 of the 10000 budget left) and
    drains once the nesting is back at 9894, then works in batches of 50 nodes."""
    runs = runs_of(free_node_chain("3.13", 12000))
    assert runs[:8] == EXPECTED_313_HEAD
    assert len(runs) == 129


@pytest.mark.parametrize("length", [1_000_000])
def test_million_nested_lists_free_without_host_recursion(length):
    """A 1,000,000-deep list nesting is freed by the explicit-stack driver: no RecursionError even
    with a tiny host recursion limit, and every object (and its GC count) is gone afterwards."""
    s = Scene("3.12")
    heap = s.heap
    cur = s.new_list()
    for _ in range(length):
        nxt = s.new_list(cur)
        heap.decref(cur)
        cur = nxt
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        heap.decref(cur)
    finally:
        sys.setrecursionlimit(old)
    assert heap.live == 0
    assert heap.trash_delete_later == []
    assert heap.trash_nesting == 0


@pytest.mark.parametrize("kind", ["tuple", "instance"])
def test_deep_tuple_and_instance_chains_free_without_host_recursion(kind):
    """Tuples and instances (with a __del__ on every node, so finalizers -- and, in 3.10, their frame
    objects -- run mid-chain) free the same way; 100,000 levels under a host recursion limit of 200."""
    s = Scene("3.10")
    heap = s.heap
    node_cls = s.cls("N", del_log=lambda op: 1)
    cur = s.new_int(0)
    for _ in range(100_000):
        nxt = s.new_tuple(cur) if kind == "tuple" else s.instance(node_cls, next=cur)
        heap.decref(cur)
        cur = nxt
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        heap.decref(cur)
    finally:
        sys.setrecursionlimit(old)
    assert heap.live == len(s._attr_names)
    assert len(s.log) == (100_000 if kind == "instance" else 0)


def test_decref_below_zero_is_a_heap_error():
    """A decref too many is reported (what a debug build's _Py_NegativeRefcount catches), naming the
    object, instead of corrupting the model."""
    s = Scene("3.12")
    lst = s.new_list()
    s.heap.decref(lst)
    with pytest.raises(HeapError, match=r"decref on <list object at 0x[0-9a-f]+>"):
        s.heap.decref(lst)


def test_incref_after_free_is_a_heap_error():
    """Using a freed object is a use after free."""
    s = Scene("3.12")
    lst = s.new_list()
    s.heap.decref(lst)
    with pytest.raises(HeapError, match="use after free"):
        s.heap.incref(lst)


def test_freeing_twice_is_a_heap_error():
    """free_object on an already freed object is refused."""
    s = Scene("3.12")
    lst = s.new_list()
    s.heap.decref(lst)
    with pytest.raises(HeapError, match="already freed"):
        s.heap.free_object(lst)


def test_foreign_object_is_a_heap_error():
    """An object of another heap cannot be tracked, decref'd into this heap's lists or collected."""
    a = Scene("3.12")
    b = Scene("3.12")
    lst = a.new_list()
    with pytest.raises(HeapError, match="another heap"):
        b.heap.gc_track(lst)


def test_list_a_keeps_every_live_object_in_creation_order():
    """List "a" (refchain) holds live objects oldest first; freed objects leave it."""
    s = Scene("3.11")
    x = s.new_list()
    y = s.new_int(7)
    z = s.new_list()
    s.heap.decref(y)
    assert list(s.heap.objects()) == [x, z]
