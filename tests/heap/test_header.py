"""The GC header's packed field: gc_refs lives in gc_flags above the flag bits (as CPython packs it
into _gc_prev above _PyGC_PREV_SHIFT), and is zero again once a collection is over."""

from __future__ import annotations

import pytest

from heapglass.heap.header import COLLECTING, FINALIZED, GC_FLAGS_MASK, UNREACHABLE
from heapglass.profiles import VERSIONS

from .heapscene import Scene


def test_gc_refs_and_flags_share_one_field_without_disturbing_each_other():
    """Setting gc_refs keeps the flags; setting a flag keeps gc_refs; negative counts stay exact."""
    s = Scene("3.12")
    op = s.new_list()
    op.gc_flags |= FINALIZED | COLLECTING
    op.gc_refs = 5
    assert (op.gc_refs, op.gc_flags & GC_FLAGS_MASK) == (5, FINALIZED | COLLECTING)
    op.gc_flags &= ~COLLECTING
    assert (op.gc_refs, op.gc_flags & GC_FLAGS_MASK) == (5, FINALIZED)
    op.gc_refs = -3
    assert (op.gc_refs, op.gc_flags & GC_FLAGS_MASK) == (-3, FINALIZED)


@pytest.mark.parametrize("version", VERSIONS)
def test_a_collection_leaves_no_scratch_state_behind(version):
    """After gc.collect() every tracked object has gc_refs 0 and neither COLLECTING nor UNREACHABLE,
    including survivors that held references to each other and a finalized resurrected object (3.8's
    check_garbage and 3.9+'s handle_resurrected_objects both clean up)."""
    s = Scene(version)
    s.heap.gc.enabled = False
    a, b = s.new_list(), s.new_list()
    s.append(a, b)
    s.append(b, a)
    s.set("a", a)
    s.heap.decref(b)
    s.set("saved", s.new_list())
    cls = s.cls("R", del_log=lambda op: "del", resurrect_into="saved")
    r = s.instance(cls)
    s.setattr(r, "keep", s.attr_name("yes"))
    s.setattr(r, "me", r)
    s.heap.decref(r)
    s.heap.gc.collect(2)
    assert s.log == ["del"] and s.alive(r)
    for gen in s.heap.gc.generations:
        for op in gen:
            assert op.gc_refs == 0 and not op.gc_flags & (COLLECTING | UNREACHABLE), op
