"""Profile section `objects`: reference counting, immortality and deallocation, per CPython version."""

from __future__ import annotations

from .base import Fact, every, since

FACTS: dict[str, Fact] = {
    "immortal_refcnt": Fact(
        "Refcount of immortal objects (incref/decref are no-ops; sys.getrefcount reports it); None = no "
        "immortal objects in this version.",
        since("3.12", None, 4294967295),
        "Include/object.h 3.12-3.13: _Py_IMMORTAL_REFCNT = UINT_MAX (64-bit); [RUN 3.12.1, 3.13.0] "
        "sys.getrefcount(None) == 4294967295",
    ),
    "static_refcnt_base": Fact(
        "Initial refcount of statically allocated runtime objects (small ints, empty/1-char strings, "
        "empty tuple/bytes) in 3.11; they still move. None elsewhere.",
        {"3.8": None, "3.9": None, "3.10": None, "3.11": 999_999_999, "3.12": None, "3.13": None},
        "Include/internal/pycore_object.h 3.11: _PyObject_IMMORTAL_INIT; [RUN 3.11.7] getrefcount(1) "
        "= 1000000322",
    ),
    "mro_conflict_message": Fact(
        "Format of the TypeError when no C3 linearisation exists ({} = the conflicting heads' names, "
        "comma-separated).",
        since("3.13", "Cannot create a consistent method resolution\norder (MRO) for bases {}",
              "Cannot create a consistent method resolution order (MRO) for bases {}"),
        "Objects/typeobject.c set_mro_error; [RUN 3.8-3.13] class C(A, B) with B(A): the message has a "
        "line break before 'order' through 3.12, none in 3.13.0",
    ),
    "trashcan_unwind_level": Fact(
        "Deallocation nesting depth at which Py_TRASHCAN_BEGIN defers an object to trash_delete_later.",
        {"3.8": 50, "3.9": 50, "3.10": 50, "3.11": 50, "3.12": 50, "3.13": 9945},
        "Include/cpython/object.h 3.8: PyTrash_UNWIND_LEVEL 50; Objects/object.c 3.9-3.12 _PyTrash_begin; "
        "3.13 Include/cpython/object.h Py_TRASHCAN_BEGIN: c_recursion_remaining <= Py_TRASHCAN_HEADROOM "
        "(50); [RUN 3.13.0 tests/heap/oracle/trashcan_order.py 12000] module-level code starts with "
        "9995 remaining, so the first deposit is at nesting 9945",
    ),
    "trashcan_drain_at": Fact(
        "Nesting depth at or below which Py_TRASHCAN_END drains the deferred chain.",
        {"3.8": 0, "3.9": 0, "3.10": 0, "3.11": 0, "3.12": 0, "3.13": 9894},
        "3.8-3.12 Py_TRASHCAN_END: trash_delete_nesting <= 0; 3.13: c_recursion_remaining > "
        "2*Py_TRASHCAN_HEADROOM, i.e. nesting <= 9894 from module level [RUN 3.13.0 "
        "tests/heap/oracle/trashcan_order.py 12000: leaves 9943..9894 die before the chain drains]",
    ),
    "finalizer_clears_new_weakrefs": Fact(
        "subtype_dealloc clears, without callbacks, weakrefs created during __del__.",
        every(True),
        "Objects/typeobject.c subtype_dealloc: 3.8-3.12 _PyWeakref_ClearRef loop; 3.13 "
        "_PyWeakref_ClearWeakRefsNoCallbacks",
    ),
    "calls_create_frame_objects": Fact(
        "Calling a Python function (e.g. __del__ from a deallocator) creates a GC frame object that is "
        "deallocated, through the trashcan, when the call returns; from 3.11 frames live on the data "
        "stack and no object is made unless asked for.",
        since("3.11", True, False),
        "Objects/frameobject.c 3.8-3.10: _PyFrame_New_NoTrack / frame_dealloc (Py_TRASHCAN_SAFE_BEGIN); "
        "Include/internal/pycore_frame.h 3.11: _PyInterpreterFrame; [RUN tests/heap/oracle/"
        "trashcan_order.py 120: the 3.8-3.10 order is reproduced only with __del__ frames in the chain]",
    ),
    "clear_weakrefs_tuple_min": Fact(
        "PyObject_ClearWeakRefs gathers (weakref, callback) pairs in a new tuple (increfing each live "
        "weakref) when at least this many non-basic weakrefs remain; with fewer it calls the single "
        "callback directly.",
        since("3.13", 2, 1),
        "Objects/weakrefobject.c PyObject_ClearWeakRefs: 'if (count == 1) ... else PyTuple_New(count * 2)' "
        "(3.8-3.12); 3.13 always 'PyTuple_New(num_weakrefs * 2)' (gh-111926, free-threading rewrite)",
    ),
    "dict_lookup_generalises_keys": Fact(
        "A lookup with a key that is not an exact str turns a unicode-keys dict general for good (from "
        "then on dict_traverse visits keys too); otherwise only inserting such a key does.",
        since("3.10", True, False),
        "Objects/dictobject.c 3.8-3.9 lookdict_unicode: 'if (!PyUnicode_CheckExact(key)) { "
        "mp->ma_keys->dk_lookup = lookdict; ...}'; [RUN] e = {'a': x}; e.get(1); gc.get_referents(e) is "
        "[x, 'a'] on 3.8.18 and 3.9.18, [x] on 3.10.13-3.13.0",
    ),
}
