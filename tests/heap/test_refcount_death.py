"""Death by reference count (no collector): the order subtype_dealloc gives, resurrection, weakrefs.

Expected values: tests/heap/oracle/refcount_death.py and refcount_resurrect.py on the six reference
interpreters (``./run_oracle.sh <probe>``); identical in every version.
"""

from __future__ import annotations

import pytest

from heapglass.profiles import VERSIONS

from .heapscene import Scene


@pytest.fixture(params=VERSIONS)
def scene(request) -> Scene:
    return Scene(request.param)


def test_del_runs_first_with_weakrefs_alive_then_callbacks_newest_first(scene):
    """[RUN] log == [('del', True), ('cb2', True), ('cb1', True)]: __del__ sees its weakref still
    alive, then PyObject_ClearWeakRefs calls the callbacks newest first, each with a dead weakref."""
    holder = {}
    cls = scene.cls("D", del_log=lambda op: ("del", holder["w0"].wr_object is op))
    d = scene.instance(cls)
    holder["w0"] = scene.set("w0", scene.heap.new_weakref(d))
    for label in ("cb1", "cb2"):
        cb = scene.logger(label, with_arg=lambda wr: wr.wr_object is None)
        scene.set(label, scene.heap.new_weakref(d, cb))
        scene.heap.decref(cb)
    scene.heap.decref(d)
    assert scene.log == [("del", True), ("cb2", True), ("cb1", True)]
    assert not scene.alive(d)


def test_resurrecting_del_keeps_the_object_and_never_runs_again(scene):
    """[RUN] __del__ stores self in a global: the object survives; when the global lets it go it dies
    without a second __del__ (FINALIZED stays set)."""
    scene.set("saved", scene.new_list())
    cls = scene.cls("R", del_log=lambda op: "del", resurrect_into="saved")
    r = scene.instance(cls)
    scene.setattr(r, "keep", scene.attr_name("yes"))
    scene.heap.decref(r)
    assert scene.alive(r) and scene["saved"].items == [r]
    assert scene.heap.is_tracked(r)
    scene.set("saved", scene.new_list())
    assert not scene.alive(r)
    assert scene.log == ["del"]


def test_weakref_made_inside_del_is_cleared_and_its_callback_runs(scene):
    """[RUN] a weakref with a callback created inside __del__ is dead afterwards and its callback ran:
    PyObject_ClearWeakRefs comes after the finalizer in subtype_dealloc."""
    made = []

    def finalize(heap, op):
        cb = scene.logger("cb-made-in-del")
        made.append(heap.new_weakref(op, cb))
        heap.decref(cb)

    cls = scene.cls("W")
    cls.tp_finalize = finalize
    w = scene.instance(cls)
    scene.heap.decref(w)
    assert made[0].wr_object is None
    assert scene.log == ["cb-made-in-del"]


def test_basic_weakref_is_reused_and_callback_weakrefs_are_not(scene):
    """[RUN all] ref(a) is ref(a) (the canonical callback-less ref); a ref with a callback is always a
    new object, inserted after the basic ref."""
    a = scene.instance(scene.cls("A"))
    r1 = scene.heap.new_weakref(a)
    r2 = scene.heap.new_weakref(a)
    cb = scene.logger("cb")
    r3 = scene.heap.new_weakref(a, cb)
    assert r1 is r2 and r3 is not r1
    assert scene.heap.getweakrefs(a) == [r1, r3]


def test_instance_attributes_die_after_the_weakref_callbacks(scene):
    """subtype_dealloc clears weakrefs before the instance's dict/values: an attribute's own __del__
    runs after the owner's weakref callbacks."""
    inner_cls = scene.cls("Inner", del_log=lambda op: "inner del")
    owner = scene.instance(scene.cls("Owner"))
    inner = scene.instance(inner_cls)
    scene.setattr(owner, "inner", inner)
    scene.heap.decref(inner)
    cb = scene.logger("owner cb")
    scene.set("w", scene.heap.new_weakref(owner, cb))
    scene.heap.decref(cb)
    scene.heap.decref(owner)
    assert scene.log == ["owner cb", "inner del"]


def test_list_items_die_last_to_first(scene):
    """list_dealloc drops items from the end: __del__ order 2, 1, 0."""
    cls = scene.cls("I", del_log=lambda op: scene.attr(op, "i").value)
    items = [scene.instance(cls, i=scene.new_int(i)) for i in range(3)]
    lst = scene.new_list(*items)
    for it in items:
        scene.heap.decref(it)
    scene.heap.decref(lst)
    assert scene.log == [2, 1, 0]


def test_gen0_count_drops_when_gc_memory_is_released(scene):
    """PyObject_GC_Del decrements count0 (instances have no free list)."""
    scene.heap.gc.enabled = False
    a = scene.instance(scene.cls("A"))
    before = scene.heap.gc.counts[0]
    scene.heap.decref(a)
    assert scene.heap.gc.counts[0] == before - 1
