"""The first import of a simulated module (modules/footprint.py): its generation-0 count and
sys.getallocatedblocks() deltas are the measured ones (fact first_import_footprint, probe
probes/import_footprint.py), a second import changes nothing, and where the real import loads
`types` (fact first_import_loads) Lib/types.py's class _C is left as cyclic garbage of CPython's
kinds, collected by an automatic collection only when one comes after the measured marks.
"""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source
from heapglass.interp.modules.facts import FACTS, module_facts
from heapglass.profiles import VERSIONS, get_profile

DELTAS = """import gc, sys
gc.disable()
c0 = gc.get_count()[0]; b0 = sys.getallocatedblocks()
import {name}
c1 = gc.get_count()[0]; b1 = sys.getallocatedblocks()
import {name}
c2 = gc.get_count()[0]; b2 = sys.getallocatedblocks()
print(c1 - c0, b1 - b0, c2 - c1, b2 - b1)
"""

GARBAGE = """import gc
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
import weakref
print(gc.collect(), sorted(type(o).__name__ for o in gc.garbage))
"""

TYPES_C = ["dict", "function", "getset_descriptor", "getset_descriptor", "tuple", "tuple", "type"]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", ["weakref", "atexit", "math"])
def test_first_import_moves_count_and_blocks_by_the_measured_deltas(version: str, name: str) -> None:
    """With the collector off, the first import statement moves the count by the fact's value and
    the blocks by it plus what the measuring statements allocate themselves, which is all that
    moves around the second import (the ints it stores); the second import counts nothing."""
    count, blocks = module_facts(get_profile(version)).first_import_footprint[name]
    r = run_source(DELTAS.format(name=name), "footprint.py", version)
    assert r.stderr == ""
    first_count, first_blocks, second_count, second_blocks = map(int, r.stdout.split())
    assert (first_count, second_count) == (count, 0)
    assert first_blocks - second_blocks == blocks


@pytest.mark.parametrize("version", VERSIONS)
def test_types_garbage_is_left_where_the_real_import_loads_types(version: str) -> None:
    """DEBUG_SAVEALL shows the 7 objects of types._C after `import weakref` exactly on the versions
    whose first import loads types (with no automatic collection to free them earlier)."""
    facts = module_facts(get_profile(version))
    loads_types = "types" in facts.first_import_loads.get("weakref", ())
    r = run_source(GARBAGE, "types_garbage.py", version)
    assert r.stdout == (f"7 {TYPES_C}\n" if loads_types else "0 []\n")


def test_types_marks_exist_exactly_where_types_is_loaded() -> None:
    """A version whose weakref import loads types has the two marks of types.py, in order, within
    the import's count; the others have none."""
    for version in VERSIONS:
        loads = FACTS["first_import_loads"].at(version).get("weakref", ())
        marks = FACTS["types_garbage_marks"].at(version)
        count, _ = FACTS["first_import_footprint"].at(version)["weakref"]
        if "types" in loads:
            assert marks is not None and 0 < marks[0] < marks[1] < count, version
        else:
            assert marks is None, version


def _tracker(version: str):
    """A runtime whose free lists a full collection emptied, counter at 0, collector off."""
    from heapglass.heap.heap import Heap
    from heapglass.interp.modules.footprint import _Tracker
    from heapglass.interp.runtime import Runtime
    rt = Runtime(Heap(get_profile(version)))
    rt.heap.gc.collect(2)
    rt.heap.memory.clear_freelists()
    rt.heap.gc.counts[:] = [0, 0, 0]
    rt.heap.gc.enabled = False
    return rt, _Tracker(rt)


@pytest.mark.parametrize("version", ["3.10", "3.12"])
def test_trace_replay_takes_and_gives_back_through_the_free_lists(version: str) -> None:
    """Two 3-tuples alive at once on empty lists cost two GC allocations; released, they sit on the
    list, so the next one costs nothing; a plain '+' / '-' counts and uncounts."""
    rt, tracker = _tracker(version)
    freelists = rt.heap.memory.freelists
    tracker.replay_trace("+t3 +t3 -t3 -t3 +t3 + + -")
    assert rt.heap.gc.counts[0] == 3
    assert freelists.count("tuple", 3) == 1


def test_trace_replay_frees_past_a_full_list_uncount() -> None:
    """A dict released onto a full free list is PyObject_GC_Del'd: generation 0's count drops."""
    rt, tracker = _tracker("3.13")
    memory = rt.heap.memory
    capacity = memory.freelists.capacity["dict"]
    tracker.replay_trace(" ".join(["+d"] * (capacity + 1) + ["-d"] * (capacity + 1)))
    assert memory.freelists.count("dict") == capacity
    assert rt.heap.gc.counts[0] == capacity   # capacity + 1 GC allocations, one GC free


def test_weakref_trace_marks_types_c_exactly_where_types_is_loaded() -> None:
    """The weakref trace has one 'C' (types.py's type_new of _C) before one 'D' (the del of its
    name) on the versions whose import loads types, none elsewhere."""
    for version in VERSIONS:
        facts = module_facts(get_profile(version))
        tokens = facts.first_import_trace["weakref"].split()
        if "types" in facts.first_import_loads.get("weakref", ()):
            assert tokens.count("C") == tokens.count("D") == 1, version
            assert tokens.index("C") < tokens.index("D"), version
        else:
            assert "C" not in tokens and "D" not in tokens, version


def test_trace_replay_takes_frames_from_the_frame_free_list() -> None:
    """'+f' pops the frame free list when it has one (no GC allocation) and costs a GC allocation
    when it is empty; '-f' gives the frame back to the list."""
    rt, tracker = _tracker("3.9")
    freelists = rt.heap.memory.freelists
    tracker.replay_trace("+f -f +f")
    assert rt.heap.gc.counts[0] == 1
    assert freelists.count("frame") == 0
