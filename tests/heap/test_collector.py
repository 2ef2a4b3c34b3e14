"""The cycle collector against the real interpreters: scenarios of CPython's Lib/test/test_gc.py,
test_finalization.py and test_weakref.py (GC parts), replayed by direct library calls.

Every expected value was printed by tests/heap/oracle/collector_scenarios.py on 3.8.18, 3.9.18,
3.10.13, 3.11.7, 3.12.1 and 3.13.0 (``./run_oracle.sh collector_scenarios.py``); the scenario of the
same name there is the Python program each test replays. Versions differ mostly because 3.8-3.10 give
every instance a separate dict object (counted as garbage too) and because 3.8 keeps a whole batch
alive when one finalizer resurrects anything.
"""

from __future__ import annotations

import pytest

from heapglass.profiles import VERSIONS

from .heapscene import Scene

OLD = ("3.8", "3.9", "3.10")        # instances have a dict object
NEW = ("3.11", "3.12", "3.13")      # instance values live in the object


def by_era(old, new):
    return {**{v: old for v in OLD}, **{v: new for v in NEW}}


@pytest.fixture(params=VERSIONS)
def scene(request) -> Scene:
    s = Scene(request.param)
    s.heap.gc.enabled = False       # gc.disable(): only explicit collections, as in the probes
    return s


def test_list_self_cycle_is_one_object(scene):
    """test_gc.test_list: ``l = []; l.append(l); del l`` -> collect() == 1 in every version."""
    lst = scene.new_list()
    scene.append(lst, lst)
    scene.heap.decref(lst)
    assert scene.heap.gc.collect() == 1


def test_dict_self_cycle_is_one_object(scene):
    """test_gc.test_dict: ``d = {}; d[1] = d; del d`` -> 1."""
    d = scene.new_dict(track=True)
    key = scene.new_int(1)
    scene.heap.incref(d)
    d.entries[1] = (key, d)
    scene.heap.decref(d)
    assert scene.heap.gc.collect() == 1


def test_tuple_list_cycle_is_two_objects(scene):
    """test_gc.test_tuple: a list holding a tuple holding the list -> 2."""
    lst = scene.new_list()
    t = scene.new_tuple(lst)
    scene.append(lst, t)
    scene.heap.decref(t)
    scene.heap.decref(lst)
    assert scene.heap.gc.collect() == 2


def test_instance_self_cycle_counts_its_dict_before_311(scene):
    """test_gc.test_instance: ``a.a = a`` -> 2 (instance + dict) in 3.8-3.10, 1 from 3.11."""
    a = scene.instance(scene.cls("A"))
    scene.setattr(a, "a", a)
    scene.heap.decref(a)
    assert scene.heap.gc.collect() == by_era(2, 1)[scene.version]


def test_two_instance_cycle(scene):
    """test_gc.test_newinstance shape: a.b = b, b.a = a -> 4 (3.8-3.10) / 2."""
    cls = scene.cls("A")
    a = scene.instance(cls)
    b = scene.instance(cls)
    scene.setattr(a, "b", b)
    scene.setattr(b, "a", a)
    scene.heap.decref(a)
    scene.heap.decref(b)
    assert scene.heap.gc.collect() == by_era(4, 2)[scene.version]


def _named(scene, cls, n):
    return scene.instance(cls, n=scene.attr_name(n))


def test_finalizers_run_in_creation_order_whatever_the_links(scene):
    """test_finalization: a cycle a -> c -> b -> a made 'backwards' still finalizes a, b, c: the
    unreachable list keeps creation (tracking) order."""
    cls = scene.cls("D", del_log=lambda op: scene.attr(op, "n").value)
    a, b, c = (_named(scene, cls, n) for n in "abc")
    scene.setattr(c, "x", b)
    scene.setattr(b, "x", a)
    scene.setattr(a, "x", c)
    for op in (a, b, c):
        scene.heap.decref(op)
    assert scene.heap.gc.collect() == by_era(6, 3)[scene.version]
    assert scene.log == ["a", "b", "c"]


def test_self_cycle_finalizer_runs_once(scene):
    """test_finalization.SelfCycleBase: the first collection runs __del__ and frees the object; the
    next finds nothing and runs nothing."""
    a = _named(scene, scene.cls("D", del_log=lambda op: scene.attr(op, "n").value), "a")
    scene.setattr(a, "me", a)
    scene.heap.decref(a)
    assert scene.heap.gc.collect() == by_era(2, 1)[scene.version]
    assert scene.heap.gc.collect() == 0
    assert scene.log == ["a"]


def test_resurrected_cycle_survives_and_is_not_finalized_again(scene):
    """test_finalization.test_simple_resurrect (cycle form): __del__ stores self in a global; the
    collection returns 0 and frees nothing; once the global drops it, it is collected without a
    second __del__ (FINALIZED stays set)."""
    scene.set("saved", scene.new_list())
    cls = scene.cls("Resurrector", del_log=lambda op: scene.attr(op, "n").value, resurrect_into="saved")
    a = _named(scene, cls, "a")
    scene.setattr(a, "keep", a)
    scene.heap.decref(a)
    assert scene.heap.gc.collect() == 0
    assert len(scene["saved"].items) == 1
    scene.set("saved", scene.new_list())
    assert scene.heap.gc.collect() == by_era(2, 1)[scene.version]
    assert scene.log == ["a"]


# [RUN] (first collect, second collect after the global is cleared)
RESURRECTION_BATCH = {"3.8": (0, 12), "3.9": (8, 4), "3.10": (8, 4), "3.11": (4, 2), "3.12": (4, 2),
                      "3.13": (4, 2)}


def test_resurrection_blocks_the_batch_only_in_38(scene):
    """bpo-38379: three 2-cycles, one member of the middle one resurrects itself. 3.8's check_garbage
    keeps all six objects (collect() -> 0, then 12 with no __del__); 3.9+ free the other two cycles at
    once and the resurrected one later."""
    scene.set("saved", scene.new_list())
    cls = scene.cls("R", del_log=lambda op: scene.attr(op, "n").value, resurrect_into="saved")
    for n, keep in (("x", False), ("y", True), ("z", False)):
        a = _named(scene, cls, n + "1")
        b = _named(scene, cls, n + "2")
        if keep:
            scene.setattr(a, "keep", a)
        scene.setattr(a, "o", b)
        scene.setattr(b, "o", a)
        scene.heap.decref(a)
        scene.heap.decref(b)
    first = scene.heap.gc.collect()
    assert scene.log == ["x1", "x2", "y1", "y2", "z1", "z2"]
    scene.set("saved", scene.new_list())
    scene.log.clear()
    assert (first, scene.heap.gc.collect()) == RESURRECTION_BATCH[scene.version]
    assert scene.log == []


def test_resurrection_is_transitive(scene):
    """test_gc.test_resurrection_is_transitive: what a resurrected object reaches survives too, but
    the weakref to it was already cleared by handle_weakrefs."""
    scene.set("saved", scene.new_list())
    rcls = scene.cls("R", del_log=lambda op: "r", resurrect_into="saved")
    r = scene.instance(rcls)
    scene.setattr(r, "keep", r)
    other = scene.instance(scene.cls("A"))
    scene.setattr(r, "other", other)
    scene.setattr(other, "r", r)
    wr = scene.heap.new_weakref(other)
    scene.heap.decref(r)
    scene.heap.decref(other)
    assert scene.heap.gc.collect() == 0
    assert wr.wr_object is None
    assert scene.alive(other)
    scene.set("saved", scene.new_list())
    # r, other (+ their dicts before 3.11); r's self-reference keeps it a cycle
    assert scene.heap.gc.collect() == by_era(4, 2)[scene.version]


def test_weakref_callbacks_run_before_finalizers_and_only_outside_the_garbage(scene):
    """test_weakref/test_gc (bug1055820c shape): an external weakref's callback runs first, then the
    __del__s; the weakref inside the garbage never fires. Counted: b, c, the inner weakref and its
    callback function (+ 2 dicts before 3.11)."""
    cls = scene.cls("D", del_log=lambda op: scene.attr(op, "n").value)
    b = _named(scene, cls, "b")
    c = _named(scene, cls, "c")
    scene.setattr(b, "o", c)
    scene.setattr(c, "o", b)
    cb_ext = scene.logger("cb-ext")
    ext = scene.heap.new_weakref(b, cb_ext)
    scene.heap.decref(cb_ext)
    cb_inner = scene.logger("cb-inner")
    inner = scene.heap.new_weakref(b, cb_inner)
    scene.heap.decref(cb_inner)
    scene.setattr(c, "inner", inner)
    scene.heap.decref(inner)
    scene.heap.decref(b)
    scene.heap.decref(c)
    assert scene.heap.gc.collect() == by_era(6, 4)[scene.version]
    assert scene.log == ["cb-ext", "b", "c"]
    assert ext.wr_object is None


def test_weakref_to_garbage_is_dead_inside_del(scene):
    """During a collection, __del__ already sees weakrefs to the garbage cleared."""
    holder: dict = {}
    cls = scene.cls("W", del_log=lambda op: holder["wr"].wr_object is None)
    w = scene.instance(cls)
    scene.setattr(w, "me", w)
    holder["wr"] = scene.heap.new_weakref(w)
    scene.heap.decref(w)
    assert scene.heap.gc.collect() == by_era(2, 1)[scene.version]
    assert scene.log == [True]


def test_weakref_callbacks_follow_unreachable_list_order(scene):
    """Callbacks of weakrefs to different garbage objects run in unreachable-list order (a, b)."""
    cls = scene.cls("A")
    a = scene.instance(cls)
    b = scene.instance(cls)
    scene.setattr(a, "b", b)
    scene.setattr(b, "a", a)
    for obj, label in ((a, "a"), (b, "b")):
        cb = scene.logger(label)
        scene.set("w" + label, scene.heap.new_weakref(obj, cb))
        scene.heap.decref(cb)
    scene.heap.decref(a)
    scene.heap.decref(b)
    assert scene.heap.gc.collect() == by_era(4, 2)[scene.version]
    assert scene.log == ["a", "b"]


def test_weakref_callbacks_on_one_garbage_object_run_newest_first(scene):
    """Two callback weakrefs to one garbage object: the weakref list is newest-first, so w2 fires
    before w1 (handle_weakrefs walks the list head to tail)."""
    a = scene.instance(scene.cls("A"))
    scene.setattr(a, "me", a)
    for label in ("w1", "w2"):
        cb = scene.logger(label)
        scene.set(label, scene.heap.new_weakref(a, cb))
        scene.heap.decref(cb)
    scene.heap.decref(a)
    assert scene.heap.gc.collect() == by_era(2, 1)[scene.version]
    assert scene.log == ["w2", "w1"]


def test_weakref_freed_by_its_own_callback_is_counted(scene):
    """handle_weakrefs' num_freed: the callback drops the last reference to its weakref, which then
    counts as collected (3 = a, its dict, the weakref in 3.8-3.10; 2 from 3.11)."""
    a = scene.instance(scene.cls("A"))
    scene.setattr(a, "me", a)
    holder = scene.set("holder", scene.new_list())

    def clear_holder(heap, wr):
        items, holder.items = holder.items, []
        for it in items:
            heap.decref(it)

    cb = scene.function(clear_holder, "clear", closure=[holder])
    wr = scene.heap.new_weakref(a, cb)
    scene.heap.decref(cb)
    holder.items.append(wr)           # the list takes over the new reference
    scene.heap.decref(a)
    assert scene.heap.gc.collect() == by_era(3, 2)[scene.version]
    assert holder.items == []


def test_atomic_tuples_are_untracked_by_any_collection(scene):
    """untrack_tuples runs on every generation: tuple([1, 2]) is tracked, then untracked by
    collect(0)."""
    one, two = scene.new_int(1), scene.new_int(2)
    t = scene.new_tuple(one, two)
    assert scene.heap.is_tracked(t)
    scene.heap.gc.collect(0)
    assert not scene.heap.is_tracked(t)


def test_nested_atomic_tuples_are_untracked_in_one_pass(scene):
    """[RUN] ``t = tuple([tuple([1, 2]), 3]); gc.collect(0)`` leaves the outer tuple tracked and the
    inner one untracked: the inner tuple, referenced only from inside, is moved to `unreachable` and
    rescued to young's *tail* when the outer one is scanned, so untrack_tuples sees the outer tuple
    first, while its item is still tracked."""
    inner = scene.new_tuple(scene.new_int(1), scene.new_int(2))
    outer = scene.new_tuple(inner, scene.new_int(3))
    scene.heap.decref(inner)
    scene.heap.gc.collect(0)
    assert (scene.heap.is_tracked(outer), scene.heap.is_tracked(inner)) == (True, False)


def test_atomic_dicts_are_untracked_only_by_full_collections(scene):
    """untrack_dicts runs only on generation 2: a dict whose list value was replaced by an int stays
    tracked through collect(0) and collect(1) and is untracked by collect()."""
    d = scene.new_dict(track=False)
    key = scene.attr_name("a")
    lst = scene.new_list()
    scene.heap.incref(key)
    d.entries["a"] = (key, lst)
    scene.heap.gc_track(d)
    one = scene.new_int(1)
    d.entries["a"] = (key, one)
    scene.heap.decref(lst)
    seen = [scene.heap.is_tracked(d)]
    for g in (0, 1, 2):
        scene.heap.gc.collect(g)
        seen.append(scene.heap.is_tracked(d))
    assert seen == [True, True, True, False]


def test_survivors_are_promoted_one_generation_per_collection(scene):
    """A live cycle is in generation 0, then 1 after collect(0), then 2 after collect(1)."""
    a = scene.instance(scene.cls("A"))
    scene.setattr(a, "me", a)
    where = [scene.gen_of(a)]
    for g in (0, 1):
        scene.heap.gc.collect(g)
        where.append(scene.gen_of(a))
    assert where == [0, 1, 2]


def test_saveall_puts_garbage_in_gc_garbage_uncleared(scene):
    """test_gc.test_saveall: with DEBUG_SAVEALL the self-referencing list is counted (1) and kept in
    gc.garbage, still referring to itself."""
    scene.heap.gc.debug = 32
    lst = scene.new_list()
    scene.append(lst, lst)
    scene.heap.decref(lst)
    assert scene.heap.gc.collect() == 1
    garbage = scene.heap.gc.get_garbage().items
    assert garbage == [lst] and lst.items == [lst]


def test_collection_zeroes_counts_and_updates_only_its_own_stats(scene):
    """collect(1) counts one collection and the collected objects in stats[1] only; after collect()
    the counts are (0, 0, 0)."""
    lst = scene.new_list()
    scene.append(lst, lst)
    scene.heap.decref(lst)
    scene.heap.gc.collect(1)
    stats = scene.heap.gc.stats
    assert [s["collections"] for s in stats] == [0, 1, 0]
    assert stats[1]["collected"] == 1
    scene.heap.gc.collect()
    assert scene.heap.gc.counts == [0, 0, 0]


def test_collect_during_a_collection_returns_zero(scene):
    """gc.collect() from a finalizer while collecting does nothing and returns 0 (the collecting
    guard)."""
    results = []
    cls = scene.cls("D", del_log=lambda op: results.append(scene.heap.gc.collect()))
    a = scene.instance(cls)
    scene.setattr(a, "me", a)
    scene.heap.decref(a)
    scene.heap.gc.collect()
    assert results == [0]


def test_legacy_finalizer_cycle_is_uncollectable_and_saved_in_gc_garbage(scene):
    """A cycle through an object whose type has tp_del (test_gc.test_legacy_finalizer with
    _testcapi.with_tp_del): nothing is freed, collect() counts the tp_del object and everything it
    reaches as uncollectable, and only the tp_del object goes to gc.garbage."""
    legacy = scene.cls("Legacy")
    legacy.tp_del = lambda heap, op: None
    a = scene.instance(legacy)
    b = scene.instance(scene.cls("B"))
    scene.setattr(a, "b", b)
    scene.setattr(b, "a", a)
    scene.heap.decref(a)
    scene.heap.decref(b)
    n = scene.heap.gc.collect()
    assert n == by_era(4, 2)[scene.version]
    assert scene.heap.gc.get_garbage().items == [a]
    assert scene.heap.gc.stats[2]["uncollectable"] == n
    assert scene.alive(b)


@pytest.mark.parametrize("version", VERSIONS)
def test_tracked_immortal_objects_move_to_the_permanent_generation_from_312(version):
    """3.12/3.13 update_refs moves a tracked immortal object to the permanent generation instead of
    examining it ([RUN 3.12.1] get_freeze_count() == 375 right after start-up: the immortal tuples);
    versions without immortality have nothing to move."""
    s = Scene(version)
    t = s.new_tuple(s.new_list())
    if s.heap.immortal_refcnt is not None:
        s.heap.make_immortal(t)
    s.heap.gc.collect(0)
    moved = s.heap.profile.gc.immortal_to_permanent
    assert (len(s.heap.gc.permanent) == 1) is moved
    assert (s.gen_of(t) is None) is moved
