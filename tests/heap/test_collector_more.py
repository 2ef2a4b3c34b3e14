"""More of CPython's Lib/test/test_gc.py, replayed by direct library calls.

Expected values: tests/heap/oracle/collector_scenarios2.py on the six reference interpreters
(``./run_oracle.sh collector_scenarios2.py``); the scenario of the same name is the program replayed.
"""

from __future__ import annotations

import pytest

from heapglass.profiles import VERSIONS

from .heapscene import Scene

OLD = ("3.8", "3.9", "3.10")


@pytest.fixture(params=VERSIONS)
def scene(request) -> Scene:
    s = Scene(request.param)
    s.heap.gc.enabled = False
    return s


def test_collect_generations_moves_the_older_counts(scene):
    """test_gc.test_collect_generations: after collect(0) the counts of generations 1, 2 are (1, 0),
    after collect(1) (0, 1), after collect(2) (0, 0) -- in every version."""
    scene.set("x", scene.new_list())
    seen = []
    for g in (0, 1, 2):
        scene.heap.gc.collect(g)
        seen.append(tuple(scene.heap.gc.counts[1:]))
    assert seen == [(1, 0), (0, 1), (0, 0)]


def test_get_count_grows_with_a_new_list(scene):
    """test_gc.test_get_count: right after a full collection the older counts are 0 and a new list
    makes count0 grow (the full collection emptied the list free list, so it is a real GC
    allocation)."""
    scene.heap.gc.collect()
    before = tuple(scene.heap.gc.counts)
    scene.set("x", scene.new_list())
    after = tuple(scene.heap.gc.counts)
    assert before == (0, 0, 0)
    assert after == (1, 0, 0)


def test_bug1055820b_callbacks_see_every_weakref_already_dead(scene):
    """test_gc.test_bug1055820b: two self-referencing instances, each with an external weakref whose
    callback reads *both* weakrefs. All weakrefs to the garbage are cleared before any callback
    runs, so each callback sees [None, None]; nothing is damaged. [RUN] first collect() 0 (Cs still
    alive), then 4 (3.8-3.10: instances + dicts) / 2."""
    cls = scene.cls("C1055820")
    ouch: list = []
    wrs: list = []

    def callback(heap, ignored):
        ouch[:] = [wr.wr_object for wr in wrs]

    cb = scene.function(callback, "callback")
    cs = scene.set("Cs", scene.new_list())
    for i in range(2):
        c = scene.instance(cls, i=scene.new_int(i))
        scene.setattr(c, "loop", c)
        scene.append(cs, c)
        scene.heap.decref(c)
        wrs.append(scene.heap.new_weakref(c, cb))
    assert (scene.heap.gc.collect(), len(ouch)) == (0, 0)
    scene.delete("Cs")
    assert scene.heap.gc.collect() == (4 if scene.version in OLD else 2)
    assert ouch == [None, None]


def test_bug21435_finalizer_frees_its_cycle_during_finalize_garbage(scene):
    """test_gc.test_bug21435: b.__del__ sets b.attr = None, freeing a (and then b) while
    finalize_garbage is still walking the list. Nothing is left for delete_garbage, so [RUN]
    collect() returns 0 (objects freed by refcount during finalization are not counted)."""
    a_cls = scene.cls("A")

    def b_del(heap, op):
        scene.setattr(op, "attr", None)

    b_cls = scene.cls("B")
    b_cls.tp_finalize = b_del
    a = scene.instance(a_cls)
    x = scene.instance(a_cls)
    b = scene.instance(b_cls, x=x)
    scene.heap.decref(x)
    scene.setattr(a, "attr", b)
    scene.setattr(b, "attr", a)
    scene.heap.decref(a)
    scene.heap.decref(b)
    live = scene.heap.live
    assert scene.heap.gc.collect() == 0
    assert not scene.alive(a) and not scene.alive(b) and not scene.alive(x)
    assert scene.heap.live < live
    assert scene.heap.gc.collect() == 0


def test_finalizers_that_break_the_cycle_free_it_by_refcount(scene):
    """Both __del__ run (list order a, b), each dropping its link: the objects die by refcount inside
    finalize_garbage, so collect() reports 0."""
    def p_del(heap, op):
        scene.log.append(scene.attr(op, "n").value)
        scene.setattr(op, "other", None)

    cls = scene.cls("P")
    cls.tp_finalize = p_del
    a = scene.instance(cls, n=scene.attr_name("a"))
    b = scene.instance(cls, n=scene.attr_name("b"))
    scene.setattr(a, "other", b)
    scene.setattr(b, "other", a)
    scene.heap.decref(a)
    scene.heap.decref(b)
    assert scene.heap.gc.collect() == 0
    assert scene.log == ["a", "b"]


def test_saveall_keeps_a_two_list_cycle_and_counts_it(scene):
    """DEBUG_SAVEALL on a two-list cycle: collect() == 2, gc.garbage holds both lists (alive, links
    intact), generation 2's collected stat counts them."""
    scene.heap.gc.debug = 32
    a = scene.new_list()
    b = scene.new_list(a)
    scene.append(a, b)
    scene.heap.decref(a)
    scene.heap.decref(b)
    assert scene.heap.gc.collect() == 2
    assert scene.heap.gc.get_garbage().items == [a, b]
    assert a.items == [b] and b.items == [a]
    assert scene.heap.gc.stats[2]["collected"] == 2


def test_weakref_that_survives_its_callback_moves_to_the_collected_generations_old(scene):
    """[RUN weakref_moves_to_old.py] a weakref in generation 2 whose referent dies in collect(0):
    handle_weakrefs moves it onto wrcb_to_call and, still alive after its callback, to `old` --
    generation 1, one *younger* than where it came from. (The referent reaches generation 0 by
    being resurrected by its __del__: subtype_dealloc re-tracks it at generation 0's tail.)"""
    scene.set("saved", scene.new_list())
    cls = scene.cls("B", del_log=lambda op: "del", resurrect_into="saved")
    b = scene.instance(cls)
    scene.setattr(b, "keep", scene.attr_name("yes"))
    cb = scene.logger("cb")
    w = scene.set("w", scene.heap.new_weakref(b, cb))
    scene.heap.decref(cb)
    scene.heap.gc.collect(1)
    scene.heap.gc.collect(1)
    assert (scene.gen_of(w), scene.gen_of(b)) == (2, 2)
    scene.heap.decref(b)                       # __del__ resurrects it into `saved`, in generation 0
    assert scene.gen_of(b) == 0
    scene.setattr(b, "me", b)
    scene.set("saved", scene.new_list())       # now only its self-reference keeps it
    scene.heap.gc.collect(0)
    assert scene.gen_of(w) == 1
    assert scene.log == ["del", "cb"] and w.wr_object is None


def test_collector_strategy_comes_from_the_profile():
    """GCState builds the collector the profile names (every supported version: 'generational');
    an unknown strategy name is a clear HeapError, not a KeyError."""
    from heapglass.heap.collector import GenerationalCollector, make_collector
    from heapglass.heap.errors import HeapError

    s = Scene("3.13")
    assert isinstance(s.heap.gc.collector, GenerationalCollector)

    class FakeState:
        heap = type("H", (), {"profile": type("P", (), {"gc": type("G", (), {"collector": "x"})})})

    with pytest.raises(HeapError, match="no collector strategy named 'x'"):
        make_collector(FakeState())


def test_invalid_generation_at_the_state_level_is_a_heap_error():
    """GCState.collect(7) (no gc-module argument checking in between) says what is wrong."""
    from heapglass.heap.errors import HeapError

    s = Scene("3.9")
    with pytest.raises(HeapError, match="^gc.collect: invalid generation 7$"):
        s.heap.gc.collect(7)
