"""The heap core's own allocations request each version's sizes (heapglass.alloc.sizes), not one
version's constants.

Expected values: ``sys.getsizeof`` on the reference interpreters (an object's request equals its
getsizeof for these fixed layouts): weakref.ref(C()) 72 in 3.8-3.10 and 80 from 3.11 (the managed
pre-header); (1, 2, 3) 64; [] 56; {} 64; a fresh 'abc' 52 up to 3.11 and 44 from 3.12 (PEP 623 dropped
wstr); 10**6 28.
"""

from __future__ import annotations

import pytest

from heapglass.heap.heap import Heap
from heapglass.heap.kinds import HLeaf
from heapglass.profiles import VERSIONS

from .heapscene import Scene

WEAKREF = {"3.8": 72, "3.9": 72, "3.10": 72, "3.11": 80, "3.12": 80, "3.13": 80}
STR_ABC = {"3.8": 52, "3.9": 52, "3.10": 52, "3.11": 52, "3.12": 44, "3.13": 44}


@pytest.mark.parametrize("version", VERSIONS)
def test_weakref_object_has_the_versions_size(version):
    """heap.new_weakref allocates sizeof(PyWeakReference) + GC head (+ pre-header from 3.11)."""
    heap = Heap(version)
    referent = heap.runtime.make_list()
    wr = heap.new_weakref(referent)
    assert wr.nbytes == WEAKREF[version]


@pytest.mark.parametrize("version", VERSIONS)
def test_library_constructors_have_the_versions_sizes(version):
    """make_str, make_int, make_list, new_tuple: each version's getsizeof of the same value."""
    heap = Heap(version)
    rt = heap.runtime
    assert rt.make_str("abc").nbytes == STR_ABC[version]
    assert rt.make_int(10**6).nbytes == 28
    assert rt.make_list().nbytes == 56
    items = [rt.make_int(10**6) for _ in range(3)]
    assert heap.new_tuple(items).nbytes == 64


@pytest.mark.parametrize("version", ["3.12", "3.13"])
def test_clear_weakrefs_tuple_has_the_tuple_size(version):
    """PyObject_ClearWeakRefs's tuple of (weakref, callback) pairs: two callback weakrefs make a
    4-item tuple, getsizeof((1, 2, 3, 4)) == 72; the alloc event reports that request."""
    s = Scene(version)
    obj = s.instance(s.cls("C"))
    for label in ("cb1", "cb2"):
        cb = s.logger(label)
        s.set(label, s.heap.new_weakref(obj, cb))
        s.heap.decref(cb)
    seen = []
    s.heap.events.subscribe(lambda kind, f: seen.append(f["nbytes"]) if kind == "alloc" and
                            f["type"] == "tuple" else None)
    s.heap.decref(obj)
    assert s.log == ["cb2", "cb1"] and seen == [72]


def test_the_interpreter_can_still_override_the_sizes():
    """The attributes stay plain, assignable values (the interpreter installs its own functions)."""
    heap = Heap("3.12")
    heap.sizes_tuple = lambda n: 1000 + n
    op = HLeaf()
    op.value = 1
    assert heap.new_tuple([heap.new(op, heap.int_type, 28)]).nbytes == 1001
