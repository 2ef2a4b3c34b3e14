"""The library `gc` module (heap/gcmodule.py): results, errors and DEBUG output as the real module's.

Expected values: tests/heap/oracle/api_errors.py, api_errors2.py, debug_output.py, freeze_counts.py
and callbacks_info.py on the six reference interpreters (``./run_oracle.sh <probe>``).
"""

from __future__ import annotations

import pytest

from heapglass.heap.gcmodule import GCModule
from heapglass.profiles import VERSIONS

from .heapscene import Scene

OLD_ARGS = ("3.8", "3.9")     # "an integer is required" messages before 3.10


def module(version: str) -> tuple[Scene, GCModule]:
    s = Scene(version)
    gc = GCModule(s.heap)
    gc.disable()
    return s, gc


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("generation", [3, -1])
def test_collect_rejects_generations_outside_0_to_2(version, generation):
    """gc.collect(3) and gc.collect(-1): ValueError 'invalid generation' in every version."""
    _, gc = module(version)
    with pytest.raises(ValueError, match="^invalid generation$"):
        gc.collect(generation)


@pytest.mark.parametrize("version", VERSIONS)
def test_collect_type_errors_use_the_versions_message(version):
    """gc.collect('x') / gc.collect(1.0): the int-conversion TypeError of the version."""
    _, gc = module(version)
    with pytest.raises(TypeError) as s_err:
        gc.collect("x")
    with pytest.raises(TypeError) as f_err:
        gc.collect(1.0)
    if version in OLD_ARGS:
        assert str(s_err.value) == "an integer is required (got type str)"
        assert str(f_err.value) == "integer argument expected, got float"
    else:
        assert str(s_err.value) == "'str' object cannot be interpreted as an integer"
        assert str(f_err.value) == "'float' object cannot be interpreted as an integer"


def test_collect_overflow_and_bool():
    """gc.collect(2**70) -> OverflowError; gc.collect(True) collects generation 1 and returns 0 here."""
    _, gc = module("3.11")
    with pytest.raises(OverflowError, match="Python int too large to convert to C int"):
        gc.collect(2**70)
    assert gc.collect(True) == 0
    assert gc.get_stats()[1]["collections"] == 1


@pytest.mark.parametrize("version", VERSIONS)
def test_set_threshold_arity_errors(version):
    """No argument / four arguments: 3.8-3.12 PyArg_ParseTuple messages, 3.13 its own."""
    _, gc = module(version)
    with pytest.raises(TypeError) as none:
        gc.set_threshold()
    with pytest.raises(TypeError) as four:
        gc.set_threshold(1, 2, 3, 4)
    if version == "3.13":
        assert str(none.value) == str(four.value) == "gc.set_threshold requires 1 to 3 arguments"
    else:
        assert str(none.value) == "set_threshold() takes at least 1 argument (0 given)"
        assert str(four.value) == "set_threshold() takes at most 3 arguments (4 given)"


def test_set_threshold_partial_and_negative():
    """set_threshold(5) changes only threshold 0, (6, 7) the first two; -5 is accepted as is."""
    _, gc = module("3.13")
    assert gc.get_threshold() == (2000, 10, 10)
    gc.set_threshold(5)
    assert gc.get_threshold() == (5, 10, 10)
    gc.set_threshold(6, 7)
    assert gc.get_threshold() == (6, 7, 10)
    gc.set_threshold(-5)
    assert gc.get_threshold() == (-5, 7, 10)


def test_set_threshold_overflow_messages():
    """PyArg_ParseTuple 'i': 'signed integer is greater than maximum' / 'less than minimum'."""
    _, gc = module("3.10")
    with pytest.raises(OverflowError, match="greater than maximum"):
        gc.set_threshold(2**40)
    with pytest.raises(OverflowError, match="less than minimum"):
        gc.set_threshold(-(2**40))


@pytest.mark.parametrize("version", VERSIONS)
def test_default_thresholds(version):
    """(700, 10, 10) up to 3.12, (2000, 10, 10) in 3.13."""
    _, gc = module(version)
    assert gc.get_threshold() == ((2000, 10, 10) if version == "3.13" else (700, 10, 10))


def test_get_objects_argument_errors():
    """get_objects(3) / (-2) / ('x'): the real module's ValueError and TypeError messages."""
    _, gc = module("3.12")
    with pytest.raises(ValueError, match=r"^generation parameter must be less than the number of "
                                         r"available generations \(3\)$"):
        gc.get_objects(3)
    with pytest.raises(ValueError, match="^generation parameter cannot be negative$"):
        gc.get_objects(-2)
    with pytest.raises(TypeError, match="^argument should be integer or None, not 'str'$"):
        gc.get_objects("x")


def test_get_objects_lists_generations_in_order():
    """get_objects(): generation 0's list, then 1's, then 2's, each in list order; -1 means None."""
    s, gc = module("3.12")
    a = s.new_list()
    gc.collect(1)                    # a -> generation 2
    b = s.new_list()
    gc.collect(0)                    # b -> generation 1
    c = s.new_list()
    assert gc.get_objects() == [c, b, a]
    assert gc.get_objects(-1) == [c, b, a]
    assert (gc.get_objects(0), gc.get_objects(1), gc.get_objects(2)) == ([c], [b], [a])


def test_get_referrers_and_referents():
    """get_referrers lists each tracked referrer once, generation order; get_referents follows
    tp_traverse with repetitions and skips non-GC arguments ([RUN] get_referents(1, [2]) == [2])."""
    s, gc = module("3.11")
    x = s.new_list()
    holder1 = s.new_list(x, x)
    holder2 = s.new_tuple(x)
    assert gc.get_referrers(x) == [holder1, holder2]
    one = s.new_int(1)
    assert gc.get_referents(one, holder1) == [x, x]


def test_is_tracked_follows_gc_lists():
    """is_tracked: ints never, lists always, tuples until untracked by a collection."""
    s, gc = module("3.9")
    one = s.new_int(1)
    t = s.new_tuple(one)
    assert (gc.is_tracked(one), gc.is_tracked(s.new_list()), gc.is_tracked(t)) == (False, True, True)
    gc.collect(0)
    assert gc.is_tracked(t) is False


def test_is_finalized_does_not_exist_in_38():
    """gc.is_finalized was added in 3.9: AttributeError on 3.8."""
    s, gc = module("3.8")
    with pytest.raises(AttributeError, match="has no attribute 'is_finalized'"):
        gc.is_finalized(s.new_list())


def test_is_finalized_after_resurrection():
    """[RUN refcount_resurrect.py] an object resurrected by its __del__ reports is_finalized True."""
    s, gc = module("3.10")
    s.set("saved", s.new_list())
    cls = s.cls("R", del_log=lambda op: "del", resurrect_into="saved")
    r = s.instance(cls)
    s.setattr(r, "keep", s.new_int(1))
    assert gc.is_finalized(r) is False
    s.heap.decref(r)
    assert s["saved"].items == [r] and gc.is_finalized(r) is True


@pytest.mark.parametrize("version", VERSIONS)
def test_freeze_zeroes_counts_and_unfreeze_returns_objects_to_the_oldest(version):
    """[RUN freeze_counts.py] freeze() moves everything to the permanent generation and zeroes all
    three counts; unfreeze() empties it into generation 2."""
    s, gc = module(version)
    gc.collect(0)
    gc.collect(0)
    gc.collect(1)
    keep = [s.new_list() for _ in range(5)]
    assert gc.get_count()[1:] == (0, 1)
    gc.freeze()
    assert gc.get_count() == (0, 0, 0)
    assert gc.get_freeze_count() == len(keep)
    assert gc.get_objects() == []
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    assert gc.get_objects(2) == keep


def test_frozen_objects_are_roots_never_collected():
    """A frozen cycle is never examined: collect() leaves it, even though it is garbage."""
    s, gc = module("3.12")
    lst = s.new_list()
    s.append(lst, lst)
    gc.freeze()
    s.heap.decref(lst)
    assert gc.collect() == 0
    gc.unfreeze()
    assert gc.collect() == 1


@pytest.mark.parametrize("version", VERSIONS)
def test_debug_stats_and_collectable_output(version):
    """[RUN debug_output.py] DEBUG_STATS|DEBUG_COLLECTABLE on collect(1) of a two-instance cycle:
    header with list sizes (before the merge), one 'collectable' line per unreachable object in list
    order (instances, then their dicts in 3.8-3.10), footer with n+m and a 0.0000s elapsed time."""
    s, gc = module(version)
    cls = s.cls("K")
    a = s.instance(cls)
    b = s.instance(cls)
    s.setattr(a, "o", b)
    s.setattr(b, "o", a)
    s.heap.decref(a)
    s.heap.decref(b)
    garbage = [a, b] + ([a.dict, b.dict] if version in ("3.8", "3.9", "3.10") else [])
    sizes = [len(g) for g in s.heap.gc.generations]
    gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
    n = gc.collect(1)
    expected = ["gc: collecting generation 1...\n",
                (f"gc: objects in each generation: {sizes[0]} {sizes[1]} {sizes[2]}\n"
                 "gc: objects in permanent generation: 0\n")]
    expected += [f"gc: collectable <{op.ob_type.name} {op.addr:#x}>\n" for op in garbage]
    expected += [f"gc: done, {n} unreachable, 0 uncollectable, 0.0000s elapsed\n"]
    assert s.heap.runtime.stderr == expected
    assert n == len(garbage)


def test_debug_uncollectable_lists_legacy_finalizer_objects():
    """DEBUG_UNCOLLECTABLE prints 'gc: uncollectable <TYPE 0x..>' for the tp_del object and what it
    reaches, in that order."""
    s, gc = module("3.12")
    legacy = s.cls("Legacy")
    legacy.tp_del = lambda heap, op: None
    a = s.instance(legacy)
    lst = s.new_list(a)
    s.setattr(a, "l", lst)
    s.heap.decref(lst)
    s.heap.decref(a)
    gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
    assert gc.collect() == 2
    assert s.heap.runtime.stderr == [f"gc: uncollectable <Legacy {a.addr:#x}>\n",
                                     f"gc: uncollectable <list {lst.addr:#x}>\n"]


@pytest.mark.parametrize("version", VERSIONS)
def test_callbacks_get_start_and_stop_with_info(version):
    """[RUN callbacks_info.py] a callback sees ('start', {generation: 1, collected: 0,
    uncollectable: 0}) then ('stop', {... collected: 1 ...}); gc.collect() inside it returns 0."""
    s, gc = module(version)
    seen = []

    def cb(heap, phase, info):
        fields = sorted((k, v.value) for k, (_, v) in info.entries.items())
        seen.append((phase.value, fields, gc.collect()))

    fn = s.function(cb, "cb")
    s.heap.runtime.list_append(gc.callbacks, fn)
    s.heap.decref(fn)
    lst = s.new_list()
    s.append(lst, lst)
    s.heap.decref(lst)
    assert gc.collect(1) == 1
    assert seen == [("start", [("collected", 0), ("generation", 1), ("uncollectable", 0)], 0),
                    ("stop", [("collected", 1), ("generation", 1), ("uncollectable", 0)], 0)]
    assert gc.get_stats()[1] == {"collections": 1, "collected": 1, "uncollectable": 0}


def test_callback_errors_are_reported_and_collection_continues():
    """An exception in a callback goes to the unraisable hook; the next callback still runs."""
    s, gc = module("3.11")
    calls = []

    def bad(heap, phase, info):
        raise RuntimeError("boom")

    for f in (s.function(bad, "bad"), s.function(lambda heap, p, i: calls.append(p.value), "good")):
        s.heap.runtime.list_append(gc.callbacks, f)
        s.heap.decref(f)
    gc.collect()
    assert calls == ["start", "stop"]
    assert [name for name, _ in s.heap.runtime.unraisable] == ["bad", "bad"]


def test_debug_flag_values():
    """[RUN] DEBUG_STATS 1, COLLECTABLE 2, UNCOLLECTABLE 4, SAVEALL 32, LEAK 38."""
    assert (GCModule.DEBUG_STATS, GCModule.DEBUG_COLLECTABLE, GCModule.DEBUG_UNCOLLECTABLE,
            GCModule.DEBUG_SAVEALL, GCModule.DEBUG_LEAK) == (1, 2, 4, 32, 38)


def test_introspection_rejects_host_values_with_a_clear_error():
    """Passing something that is not an object of this heap is a TypeError naming the function, not a
    host traceback from deep inside."""
    _, gc = module("3.12")
    other, _ = module("3.12")
    with pytest.raises(TypeError, match=r"gc.get_referents\(\) takes objects of this heap, not int"):
        gc.get_referents(1)
    with pytest.raises(TypeError, match=r"gc.is_tracked\(\) takes objects of this heap, not HList"):
        gc.is_tracked(other.new_list())


@pytest.mark.parametrize("version", VERSIONS)
def test_dict_referents_skip_str_keys(version):
    """[RUN dict_referents.py] dict_traverse visits only the values of a str-keyed dict, and value then
    key of each entry otherwise: get_referents({'a': x}) == [x], get_referents({1: x}) == [x, 1]."""
    s, gc = module(version)
    x = s.new_list()
    str_keyed = s.new_dict(track=True)
    s.heap.incref(x)
    str_keyed.entries["a"] = (s.attr_name("a"), x)
    int_keyed = s.new_dict(track=True)
    one = s.new_int(1)
    s.heap.incref(x)
    int_keyed.entries[1] = (one, x)
    assert gc.get_referents(str_keyed) == [x]
    assert gc.get_referents(int_keyed) == [x, one]
