"""Snapshots: refcounts, generations, roots and "why is X alive" paths on hand-built heaps."""

from __future__ import annotations

from viewscene import Scene, play_cycle

from heapglass.views.snapshot import path_from_root, take_snapshot


def test_cycle_refcounts_match_cpython():
    """After ``a = []; b = [a]; a.append(b); del b`` CPython reports sys.getrefcount(a) - 1 == 2 and
    sys.getrefcount(a[0]) - 1 == 1 (3.8.18, 3.12.1, 3.13.0: `python -c` run while writing this test);
    the snapshot shows the same refcounts, both lists tracked in generation 0."""
    sc = Scene()
    objs = play_cycle(sc)
    snap = take_snapshot(sc.heap)
    by = snap.by_addr()
    assert (by[objs["a"].addr].refcnt, by[objs["b"].addr].refcnt) == (2, 1)
    assert by[objs["a"].addr].gen == by[objs["b"].addr].gen == "0"


def test_external_references_find_the_root():
    """The module dict's one reference comes from outside the heap objects (the module), so it is the
    root; ``a`` and ``b`` are held only by heap objects (external 0)."""
    sc = Scene()
    objs = play_cycle(sc)
    by = take_snapshot(sc.heap).by_addr()
    assert by[sc.glob.addr].external == 1
    assert by[objs["a"].addr].external == 0
    assert by[objs["b"].addr].external == 0


def test_why_path_goes_through_the_name():
    """``b`` is alive because module dict -> a -> b; the path starts at the root."""
    sc = Scene()
    objs = play_cycle(sc)
    snap = take_snapshot(sc.heap)
    assert path_from_root(snap, objs["b"].addr) == [sc.glob.addr, objs["a"].addr, objs["b"].addr]
    assert snap.names["a"] == objs["a"].addr


def test_unreachable_cycle_has_no_path():
    """After ``del a`` the two lists keep each other alive (refcount 1 each) but no root reaches
    them: exactly the garbage the cycle collector is for."""
    sc = Scene()
    objs = play_cycle(sc)
    sc.unbind("a")
    snap = take_snapshot(sc.heap)
    assert path_from_root(snap, objs["a"].addr) == []
    assert snap.by_addr()[objs["a"].addr].refcnt == 1


def test_weakref_is_a_weak_edge_and_untracked_objects_are_marked():
    """A weakref's referent is drawn as a weak edge (it adds no refcount); a str has no GC header."""
    sc = Scene()
    target = sc.new_list()
    wr = sc.weakref(target)
    snap = take_snapshot(sc.heap)
    by = snap.by_addr()
    assert [(e.target, e.kind) for e in by[wr.addr].edges] == [(target.addr, "weak")]
    assert by[target.addr].refcnt == 1
    s = sc.new_str("x")
    assert take_snapshot(sc.heap).by_addr()[s.addr].gen == "-"


def test_only_keeps_new_objects_and_their_holders():
    """``only`` limits a snapshot to the given objects plus the objects referring to them (so the
    holder that roots them is there)."""
    sc = Scene()
    objs = play_cycle(sc)
    snap = take_snapshot(sc.heap, only={objs["b"].addr})
    assert [o.addr for o in snap.objects] == [objs["a"].addr, objs["b"].addr]


def test_limit_keeps_the_holders_and_the_newest_objects():
    """Over the limit, a snapshot keeps the objects holding the program's objects (here the module
    dict, created before) and the newest of the program's objects, dropping the oldest."""
    sc = Scene()
    lists = []
    for i in range(5):
        lst = sc.new_list()
        sc.bind(f"x{i}", lst)
        sc.heap.decref(lst)
        lists.append(lst)
    born = {lst.addr for lst in lists}
    snap = take_snapshot(sc.heap, only=born, limit=3)
    assert [o.addr for o in snap.objects] == [sc.glob.addr, lists[3].addr, lists[4].addr]
