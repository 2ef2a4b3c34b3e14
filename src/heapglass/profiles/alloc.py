"""Allocator profile: pymalloc geometry, the raw allocator, free lists and object-layout constants.

Every value the allocator model (`heapglass.alloc`) reads is a `Fact` here, with what it controls and
where it comes from. [SRC] cites CPython source (file: function/macro); [RUN] an experiment on the
installed interpreters (3.8.18, 3.9.18, 3.10.13, 3.11.7, 3.12.1, 3.13.0; probes in ``tests/alloc``).
Sizes are for 64-bit default (GIL) builds.

Knobs (all read through ``section(version)``):

* pymalloc: ``alignment``, ``small_request_threshold``, ``pool_size``, ``arena_size``,
  ``pool_overhead``, ``initial_arena_objects``, ``keeps_last_free_arena``, ``radix_tree``,
  ``arena_map_leaf_entry_size``, ``raw_zero_request``.
* free lists: ``freelists`` (family -> capacity), ``startup_freelists``,
  ``startup_freelists_home_extra``, ``tuple_freelist_push_max`` /
  ``tuple_freelist_pop_max`` (the 3.11 tuple bug), ``dictkeys_freelist_unicode_only``,
  ``frame_zombie_per_code``, ``freelists_cleared_by_full_gc``, ``freelist_stats`` and
  ``tuple_stats_max`` (the
  ``sys._debugmallocstats`` lines).
* layout (read by ``heapglass.alloc.sizes``): ``gc_head_size``, ``managed_dict_preheader``,
  ``managed_weakref``, ``managed_dict_var_sized``, ``managed_dict_read_shares_keys``,
  ``dict_new_allocates_keys``, ``instance_values``,
  ``shared_keys_initial_usable``, ``unicode_header``, ``latin1_chars_carry_utf8``,
  ``int_zero_has_digit``, ``bool_basicsize``, ``dict_keys_header``, ``dict_unicode_entries``,
  ``dict_keysize_bit_trick``, ``main_module_dict_keys_log2``, ``sys_modules_dict_keys_log2``,
  ``list_overallocation``, ``list_from_sized_iterable_rounds``, ``list_extend_preallocates_empty``,
  ``list_extend_takes_sets_dicts``, ``list_pop_last_clears``, ``list_del_item_resizes``,
  ``display_consts_min``, ``function_basicsize``, ``generator_basicsize``,
  ``generator_embeds_frame``, ``type_basicsize``, ``class_shared_keys_log2``, ``fixed_basicsizes``,
  ``weakref_basicsize``.
"""

from __future__ import annotations

from heapglass.profiles.base import VERSIONS, Fact, Section, build_section, every, since

KiB = 1024

def _exception_basicsizes(version: str) -> dict[str, int]:
    """The exception_basicsizes table of one version (measured deltas over BaseException's size)."""
    i = VERSIONS.index(version)
    base = 64 if i < VERSIONS.index("3.11") else 72
    extra = {"StopIteration": 8, "SystemExit": 8, "ImportError": 24, "OSError": 40, "UnicodeError": 40,
             "SyntaxError": 48}
    if i >= VERSIONS.index("3.10"):
        extra.update(SyntaxError=64, NameError=8, AttributeError=16)
    if i >= VERSIONS.index("3.11"):
        extra.update(BaseExceptionGroup=16)
    if i >= VERSIONS.index("3.12"):
        extra.update(ImportError=32)
    return {"BaseException": base, **{name: base + n for name, n in extra.items()}}


FACTS: dict[str, Fact] = {
    # ---------------------------------------------------------------- pymalloc geometry
    "alignment": Fact(
        "Block size granularity; size class of an n-byte request is (n-1) >> log2(alignment).",
        every(16),
        "[SRC] Objects/obmalloc.c: ALIGNMENT (16 on 64-bit since 3.8, bpo-27987)",
    ),
    "small_request_threshold": Fact(
        "Largest request served by pymalloc; larger (and 0-byte) requests go to the raw allocator.",
        every(512),
        "[SRC] Objects/obmalloc.c: SMALL_REQUEST_THRESHOLD; [RUN] _debugmallocstats 'Small block "
        "threshold = 512, in 32 size classes' in 3.8-3.13",
    ),
    "pool_size": Fact(
        "Bytes per pool (one size class per pool).",
        since("3.10", 4 * KiB, 16 * KiB),
        "[SRC] obmalloc.c: POOL_BITS 12 (<=3.9) / 14 with the radix tree (3.10+); [RUN] "
        "'unused pools * 4096 bytes' 3.8/3.9, '* 16384 bytes' 3.10-3.13",
    ),
    "arena_size": Fact(
        "Bytes per arena (one mmap).",
        since("3.10", 256 * KiB, 1024 * KiB),
        "[SRC] obmalloc.c: ARENA_BITS 18 (<=3.9) / 20 (3.10+); [RUN] '262144 bytes/arena' 3.8/3.9, "
        "'1048576 bytes/arena' 3.10-3.13",
    ),
    "pool_overhead": Fact(
        "Pool header size rounded up to ALIGNMENT; the first block starts this far into the pool.",
        every(48),
        "[SRC] obmalloc.c: POOL_OVERHEAD = _Py_SIZE_ROUND_UP(sizeof(struct pool_header), ALIGNMENT); "
        "[RUN] 'bytes lost to pool headers' / pools = 48 in 3.8 and 3.10",
    ),
    "initial_arena_objects": Fact(
        "Length of the first arena_object vector; it doubles whenever no unused descriptor is left.",
        every(16),
        "[SRC] obmalloc.c: INITIAL_ARENA_OBJECTS, new_arena()",
    ),
    "keeps_last_free_arena": Fact(
        "An arena whose pools are all free is NOT returned to the OS when it is the last arena in "
        "usable_arenas (bpo-37257: avoid thrashing).",
        since("3.9", False, True),
        "[SRC] obmalloc.c: insert_to_freepool 'nf == ao->ntotalpools && ao->nextarena != NULL' (3.9+), "
        "pymalloc_free 'nf == ao->ntotalpools' (3.8); [RUN tests/alloc arena probe: 3.9 keeps a wholly "
        "free arena (64 unused pools) where 3.8 does not]",
    ),
    "radix_tree": Fact(
        "Arena map used by address_in_range: None, or (address_bits, top_bits, mid_bits, bot_bits).",
        {"3.8": None, "3.9": None, "3.10": (48, 10, 10, 8), "3.11": (64, 15, 15, 14),
         "3.12": (64, 15, 15, 14), "3.13": (64, 15, 15, 14)},
        "[SRC] obmalloc.c WITH_PYMALLOC_RADIX_TREE: MAP_TOP_BITS/MAP_MID_BITS/MAP_BOT_BITS, IGNORE_BITS "
        "16 (3.10) / 0 (3.11+, pycore_obmalloc.h); [RUN] 'bytes lost to arena map root' 8,192 (3.10) vs "
        "262,144 (3.11-3.13)",
    ),
    "arena_map_leaf_entry_size": Fact(
        "sizeof(arena_coverage_t) (two int32: tail_hi, tail_lo) in the radix tree's bottom nodes.",
        every(8),
        "[SRC] obmalloc.c: arena_coverage_t; [RUN] 'bytes lost to arena map bot' 2,048 = 256*8 (3.10)",
    ),
    "raw_zero_request": Fact(
        "Bytes the raw allocator really asks malloc for on a 0-byte request.",
        every(1),
        "[SRC] obmalloc.c: _PyMem_RawMalloc 'if (size == 0) size = 1'",
    ),
    # ---------------------------------------------------------------- free lists
    "freelists": Fact(
        "Object free lists that exist, family -> maximum kept (tuple: per length).",
        {
            "3.8": {"float": 100, "tuple": 2000, "list": 80, "dict": 80, "dictkeys": 80, "frame": 200,
                    "method": 256, "cfunction": 256, "context": 255, "asyncgen_value": 80,
                    "asyncgen_asend": 80, "slice": 1},
            **{v: {"float": 100, "tuple": 2000, "list": 80, "dict": 80, "dictkeys": 80, "frame": 200,
                   "context": 255, "asyncgen_value": 80, "asyncgen_asend": 80, "slice": 1}
               for v in ("3.9", "3.10")},
            **{v: {"float": 100, "tuple": 2000, "list": 80, "dict": 80, "dictkeys": 80, "context": 255,
                   "asyncgen_value": 80, "asyncgen_asend": 80, "slice": 1}
               for v in ("3.11", "3.12", "3.13")},
        },
        "[SRC] 3.8/3.9 Objects/{float,tuple,list,dict,frame,class,method,context,genobject,slice}"
        "object.c PyFloat_MAXFREELIST, PyTuple_MAXFREELIST, PyList_MAXFREELIST, PyDict_MAXFREELIST, "
        "PyFrame_MAXFREELIST, PyMethod_MAXFREELIST (3.8 only), PyCFunction_MAXFREELIST (3.8 only), "
        "CONTEXT_MAXFREELIST, _PyAsyncGen_MAXFREELIST, slice_cache; 3.10 pycore_interp.h; 3.11-3.12 "
        "pycore_*.h; 3.13 pycore_freelist.h. Frame free list gone in 3.11 (frames are not objects)",
    ),
    "startup_freelists": Fact(
        "Objects start-up leaves on free lists when compilation of the main script begins, family -> "
        "count (tuple: length -> count). Compiling the program (interp/compile_footprint.py) pops "
        "and pushes them as CPython's compiler does, so a program's first statement sees what its own "
        "compilation left.",
        {
            "3.8": {'slice': 1, 'method': 8, 'cfunction': 3, 'dict': 9, 'float': 3, 'frame': 4, 'list': 7, 'tuple': {1: 9, 2: 5, 3: 4, 4: 1, 5: 4, 6: 3, 7: 10, 8: 6, 9: 3, 10: 1, 11: 1, 12: 2, 14: 3, 15: 2, 17: 1, 18: 2, 19: 3}},
            "3.9": {'slice': 1, 'dict': 10, 'float': 3, 'frame': 4, 'list': 7, 'tuple': {1: 9, 2: 5, 3: 5, 4: 1, 5: 4, 6: 3, 7: 9, 8: 2, 9: 3, 10: 4, 11: 2, 12: 2, 14: 3, 15: 2, 17: 1, 18: 2, 19: 3}},
            "3.10": {'slice': 1, 'dict': 8, 'float': 4, 'frame': 4, 'list': 6, 'tuple': {1: 4, 2: 5, 3: 2, 4: 1, 5: 4, 6: 2, 7: 7, 8: 2, 9: 3, 10: 7, 11: 1, 12: 1, 14: 1, 15: 2, 17: 1, 18: 2, 19: 3}},
            "3.11": {'slice': 1, 'dict': 7, 'float': 4, 'list': 41, 'tuple': {1: 4, 2: 3, 3: 2, 4: 2, 5: 3, 7: 8, 8: 6, 9: 1, 11: 1, 12: 3, 13: 5, 14: 1, 15: 2, 16: 2, 17: 2, 18: 3, 19: 1, 20: 6}},
            "3.12": {'slice': 1, 'dict': 14, 'float': 3, 'list': 10, 'tuple': {1: 5, 2: 3, 3: 3, 4: 1, 5: 1, 6: 1, 9: 2, 11: 1, 13: 1, 14: 1, 17: 1, 18: 2}},
            "3.13": {'slice': 1, 'dict': 12, 'float': 5, 'list': 11, 'tuple': {1: 5, 2: 3, 3: 3, 4: 1, 6: 2, 7: 4, 8: 2, 9: 3, 10: 5, 11: 2, 12: 8, 13: 2, 14: 1, 15: 1, 16: 2, 17: 2, 18: 2, 19: 1}},
        },
        "[GDB 3.8.18-3.13.0] scripts/read_startup_state.py: the free lists' numfree read by gdb at "
        "the entry of pyrun_file (Python/pythonrun.c) in run_real's environment without HOME: 3.8-3.9 "
        "the static numfree of Objects/{dict,list,float,frame,tuple,method,class}object.c, 3.10-3.12 "
        "interp->{dict_state,list,float_state,frame,tuple}.numfree, 3.13 "
        "interp->object_state.freelists; tuple numfree[len] through 3.10, numfree[len - 1] from 3.11; "
        "slice: [RUN 3.8.18-3.13.0] sys.getallocatedblocks() around a program's first two slice(1, 2) "
        "calls, with and without HOME: the first takes no block (start-up left slice_cache "
        "filled), the second one",
    ),
    "startup_freelists_home_extra": Fact(
        "Objects start-up leaves on free lists in addition to startup_freelists when HOME is set "
        "(profiles/gc.py STARTUP_ENVIRONMENTS: startup_freelists is the conformance environment's, "
        "without HOME), family -> count (tuple: length -> count).",
        {"3.8": {}, "3.9": {"tuple": {3: 1}}, "3.10": {"tuple": {7: 1}}, "3.11": {}, "3.12": {},
         "3.13": {"tuple": {3: 1, 7: 1}}},
        "[RUN 3.8.18-3.13.0] 'import sys; sys._debugmallocstats()' in run_real's environment without "
        "and with HOME=/root: the free-list lines differ only by one 3-tuple (3.9), one 7-tuple (3.10), "
        "one 3-tuple and one 7-tuple (3.13); [GDB 3.8.18-3.13.0] scripts/read_startup_state.py: the "
        "same differences at the entry of pyrun_file",
    ),
    "tuple_freelist_push_max": Fact(
        "Longest tuple whose memory tupledealloc pushes on the tuple free list.",
        {"3.8": 19, "3.9": 19, "3.10": 19, "3.11": 20, "3.12": 20, "3.13": 20},
        "[SRC] tupleobject.c: tupledealloc 'len < PyTuple_MAXSAVESIZE' (<=3.10, MAXSAVESIZE 20), "
        "maybe_freelist_push 'len <= PyTuple_MAXSAVESIZE' (3.11+)",
    ),
    "tuple_freelist_pop_max": Fact(
        "Longest tuple that tuple_alloc takes from the free list (3.11.x and 3.12.0-3.12.4: 19 although "
        "20-tuples are pushed, so they are never reused: gh-121439, fixed in 3.12.5).",
        {"3.8": 19, "3.9": 19, "3.10": 19, "3.11": 19, "3.12": 19, "3.13": 20},
        "[SRC] tupleobject.c: maybe_freelist_pop 'size < PyTuple_MAXSAVESIZE'; [RUN tests/alloc: a "
        "20-tuple's id is not reused in 3.11.7 and 3.12.1, is reused in 3.13.0]",
    ),
    "frame_zombie_per_code": Fact(
        "Each code object keeps its last dead frame (co_zombieframe) for its next call, before the "
        "frame free list is tried.",
        since("3.11", True, False),
        "[SRC] frameobject.c <=3.10: frame_dealloc 'if (co->co_zombieframe == NULL) co->co_zombieframe "
        "= f', _PyFrame_New_NoTrack (zombie, else free_list + PyObject_GC_Resize, else GC_NewVar), "
        "codeobject.c code_dealloc frees the zombie; 3.11+ frames are not heap objects",
    ),
    "dictkeys_freelist_unicode_only": Fact(
        "Only unicode-keyed (DICT_KEYS_UNICODE) minimum-size keys objects go on the keys free list.",
        since("3.11", False, True),
        "[SRC] dictobject.c: free_keys_object 'DK_LOG_SIZE(keys) == PyDict_LOG_MINSIZE && "
        "keys->dk_kind == DICT_KEYS_UNICODE' (3.11+), 'DK_SIZE(keys) == PyDict_MINSIZE' (<=3.10)",
    ),
    "freelists_cleared_by_full_gc": Fact(
        "Free-list families emptied at the end of a generation-2 collection (slice cache is not).",
        {
            "3.8": ("method", "frame", "cfunction", "tuple", "float", "list", "dict", "dictkeys",
                    "asyncgen_value", "asyncgen_asend", "context"),
            "3.9": ("frame", "tuple", "float", "list", "dict", "dictkeys", "asyncgen_value",
                    "asyncgen_asend", "context"),
            "3.10": ("frame", "tuple", "float", "list", "dict", "dictkeys", "asyncgen_value",
                     "asyncgen_asend", "context"),
            "3.11": ("tuple", "float", "list", "dict", "dictkeys", "asyncgen_value", "asyncgen_asend",
                     "context"),
            "3.12": ("tuple", "float", "list", "dict", "dictkeys", "asyncgen_value", "asyncgen_asend",
                     "context"),
            "3.13": ("float", "tuple", "list", "dict", "dictkeys", "context", "asyncgen_value",
                     "asyncgen_asend"),
        },
        "[SRC] gcmodule.c: clear_freelists (3.8), _PyGC_ClearAllFreeLists (3.9-3.12), Objects/object.c: "
        "_PyObject_ClearFreeLists(is_finalization=0) (3.13; slice and object-stack lists only at "
        "finalization); PyDict_ClearFreeList clears dict then keys lists; facts sheet 2.1 step 22. The "
        "tuple order is also the order the freed blocks reach pymalloc; it was not observable from "
        "Python (gc.collect allocates too much), so it rests on the source",
    ),
    "freelist_stats": Fact(
        "sys._debugmallocstats free-list lines, in print order: (family, block name, sizeof each). "
        "Tuple lines are expanded per length 1..tuple_stats_max.",
        {
            "3.8": (("cfunction", "free PyCFunctionObject", 56), ("dict", "free PyDictObject", 48),
                    ("float", "free PyFloatObject", 24), ("frame", "free PyFrameObject", 368),
                    ("list", "free PyListObject", 40), ("method", "free PyMethodObject", 48),
                    ("tuple", "PyTupleObject", 24)),
            "3.9": (("dict", "free PyDictObject", 48), ("float", "free PyFloatObject", 24),
                    ("frame", "free PyFrameObject", 368), ("list", "free PyListObject", 40),
                    ("tuple", "PyTupleObject", 24)),
            "3.10": (("dict", "free PyDictObject", 48), ("float", "free PyFloatObject", 24),
                     ("frame", "free PyFrameObject", 360), ("list", "free PyListObject", 40),
                     ("tuple", "PyTupleObject", 24)),
            **{v: (("dict", "free PyDictObject", 48), ("float", "free PyFloatObject", 24),
                   ("list", "free PyListObject", 40), ("tuple", "PyTupleObject", 24))
               for v in ("3.11", "3.12")},
            "3.13": (("dict", "free PyDictObject", 48), ("dictkeys", "free PyDictKeysObject", 32),
                     ("float", "free PyFloatObject", 24), ("list", "free PyListObject", 40),
                     ("tuple", "PyTupleObject", 24)),
        },
        "[SRC] Objects/object.c: _PyObject_DebugTypeStats; *_DebugMallocStats in each object file; "
        "[RUN] sys._debugmallocstats() on 3.8.18, 3.9.18, 3.10.13, 3.11.7, 3.12.1, 3.13.0",
    ),
    "tuple_stats_max": Fact(
        "Longest tuple length listed by the tuple free-list stats.",
        since("3.11", 19, 20),
        "[RUN] _debugmallocstats lists 1..19-sized PyTupleObjects (3.8-3.10), 1..20 (3.11+)",
    ),
    # ---------------------------------------------------------------- object layout
    "gc_head_size": Fact(
        "sizeof(PyGC_Head), placed before every GC object.",
        every(16),
        "[SRC] Include/internal/pycore_gc.h (objimpl.h in 3.8): two uintptr_t; [RUN] getsizeof([]) = 56",
    ),
    "managed_dict_preheader": Fact(
        "Bytes placed before the GC head of instances of classes whose dict (3.11) or dict/weakref "
        "(3.12+) are managed by the VM; 0 when the version has no pre-header.",
        since("3.11", 0, 16),
        "[SRC] pycore_object.h: _PyType_PreHeaderSize (Py_TPFLAGS_MANAGED_DICT 3.11, "
        "Py_TPFLAGS_PREHEADER 3.12+); [RUN] getsizeof(Empty()) 56 (3.11) with basicsize 24",
    ),
    "managed_weakref": Fact(
        "The weakref list pointer of a plain Python class lives in the pre-header (not in the object).",
        since("3.12", False, True),
        "[SRC] typeobject.c: type_new_descriptors Py_TPFLAGS_MANAGED_WEAKREF (3.12+); [RUN] "
        "Empty.__basicsize__ 24 (3.11) -> 16 (3.12)",
    ),
    "managed_dict_var_sized": Fact(
        "The dict of a subclass of a variable-sized builtin (tuple, int, bytes) is managed in the "
        "pre-header too; before 3.12 it is a pointer after the items (tp_dictoffset < 0).",
        since("3.12", False, True),
        "[RUN] sys.getsizeof(I(0)) - sys.getsizeof(0) for class I(int): 16 (3.8-3.11), 32 (3.12+); "
        "class T(tuple): 8 (3.8-3.11), 16 (3.12+)",
    ),
    "managed_dict_read_shares_keys": Fact(
        "Reading the __dict__ of a builtin subclass's instance that has none yet makes a split dict "
        "sharing the class's cached keys (PyObject_GenericGetDict); 3.11 makes a plain empty dict.",
        {"3.8": True, "3.9": True, "3.10": True, "3.11": False, "3.12": True, "3.13": True},
        "[RUN] class L(list): pass; sys.getsizeof(L().__dict__): 104 (3.8-3.10), 64 (3.11), 304 "
        "(3.12-3.13); after l.x = 1: 104 (3.8-3.10), 304 (3.11+)",
    ),
    "dict_new_allocates_keys": Fact(
        "dict_new gives a dict made by calling its type (dict(), a dict subclass) its own "
        "PyDict_MINSIZE keys table (new_keys_object); from 3.10 the shared empty keys.",
        since("3.10", True, False),
        "[SRC] dictobject.c: dict_new (3.9: new_keys_object(PyDict_MINSIZE); 3.10: Py_EMPTY_KEYS); "
        "[RUN] sys.getsizeof(D()) for class D(dict): 248 (3.8-3.9), 80 (3.10)",
    ),
    "instance_values": Fact(
        "Where a plain instance's attribute values live: 'dict' (split dict made on first attribute "
        "store, values array PyMem_Malloc'ed), 'values' (values array PyMem_Malloc'ed with the "
        "object), 'inline' (values inside the object's own allocation).",
        {"3.8": "dict", "3.9": "dict", "3.10": "dict", "3.11": "values", "3.12": "values",
         "3.13": "inline"},
        "[SRC] dictobject.c: new_values / _PyObject_InitializeDict (3.11-3.12), "
        "_PyObject_InitInlineValues + _PyInlineValuesSize (3.13); [RUN tests/alloc/measure_sizes.py "
        "tracemalloc bytes per instance]",
    ),
    "shared_keys_initial_usable": Fact(
        "dk_usable of a class's fresh shared (cached) keys: each new instance shrinks it by one while it "
        "is > 1, so steady-state instances get nentries + 1 value slots.",
        {"3.8": None, "3.9": None, "3.10": None, "3.11": 30, "3.12": 30, "3.13": 30},
        "[SRC] dictobject.c: _PyDict_NewKeysForClass 'dk_usable = SHARED_KEYS_MAX_SIZE' and "
        "'if (keys->dk_usable > 1) keys->dk_usable--' in _PyObject_InitializeDict / "
        "_PyObject_InitInlineValues",
    ),
    "unicode_header": Fact(
        "(sizeof PyASCIIObject, sizeof PyCompactUnicodeObject).",
        since("3.12", (48, 72), (40, 56)),
        "[SRC] Include/cpython/unicodeobject.h (wstr fields removed in 3.12, PEP 623); [RUN] "
        "getsizeof('') 49 -> 41, getsizeof('\\u20ac') 76 -> 60",
    ),
    "latin1_chars_carry_utf8": Fact(
        "The cached one-character strings U+0080-U+00FF (get_latin1_char) are static objects whose "
        "UTF-8 form (2 bytes + NUL) is built in, and unicode___sizeof__ counts it "
        "(_PyUnicode_HAS_UTF8_MEMORY); before 3.12 they are made at start-up without one.",
        since("3.12", False, True),
        "[SRC] 3.12 Include/internal/pycore_runtime_init.h: _PyUnicode_LATIN1_INIT(LITERAL, UTF8LITERAL) "
        "sets .utf8/.utf8_length; unicodeobject.c: unicode___sizeof___impl 'size += "
        "PyUnicode_UTF8_LENGTH(self) + 1'; [RUN] getsizeof('\\xe9') 74 (3.11: 72 + 2), 61 (3.12, 3.13: "
        "56 + 2 + 3), getsizeof('a') 42, getsizeof('\\u20ac') 60 (no UTF-8 form)",
    ),
    "int_zero_has_digit": Fact(
        "An int always allocates at least one digit (so 0 is as big as 1).",
        since("3.11", False, True),
        "[SRC] longobject.c: _PyLong_New 'ndigits = size ? size : 1' (3.11+); [RUN] getsizeof(0) 24 -> 28",
    ),
    "bool_basicsize": Fact(
        "bool.__basicsize__ (False is a 0-digit int until 3.11, 1 digit from 3.12).",
        since("3.12", 32, 24),
        "[RUN] bool.__basicsize__ 32 (3.8-3.11), 24 (3.12+)",
    ),
    "dict_keys_header": Fact(
        "sizeof(PyDictKeysObject) without its index table.",
        since("3.11", 40, 32),
        "[SRC] Include/internal/pycore_dict.h: struct _dictkeysobject; [RUN] getsizeof({1: 1}) 232 -> 224",
    ),
    "dict_unicode_entries": Fact(
        "Dicts with only str keys use 16-byte PyDictUnicodeEntry (no hash) instead of 24-byte entries.",
        since("3.11", False, True),
        "[SRC] dictobject.c: DICT_KEYS_UNICODE (3.11+); [RUN] getsizeof(dict(a=1)) 232 -> 184",
    ),
    "dict_keysize_bit_trick": Fact(
        "dictresize's table size comes from calculate_log2_keysize's bit trick, which rounds a minimum "
        "size of 1-7 up to 16 (a dict resized with 1 or 2 live entries after deletions gets 16 slots); "
        "before, a doubling loop from PyDict_MINSIZE (8 slots).",
        since("3.10", False, True),
        "[SRC] dictobject.c 3.10+: calculate_log2_keysize 'minsize = (minsize | PyDict_MINSIZE) - 1; "
        "return _Py_bit_length(minsize | (PyDict_MINSIZE-1))', 3.8-3.9 dictresize 'for (newsize = "
        "PyDict_MINSIZE; newsize < minsize; newsize <<= 1)'; [RUN] 10 int keys, del 8, add 1: "
        "getsizeof 232 (3.8, 3.9), 360 (3.10), 352 (3.11+)",
    ),
    "main_module_dict_keys_log2": Fact(
        "log2 of the keys table size of __main__'s dict when the program starts: start-up leaves it a "
        "32-slot table holding only the module's own names, so a program's first 12 globals (9 start-up "
        "names, 21 usable slots) go in without a resize.",
        every(5),
        "[RUN] top of a program: sys.getsizeof(globals()) 640 (3.8-3.10: 64 + 40 + 32 + 21*24), 464 "
        "(3.11-3.13: 64 + 32 + 32 + 21*16) with 9 start-up names; adding globals, the 22nd entry resizes",
    ),
    "sys_modules_dict_keys_log2": Fact(
        "log2 of the keys table size of sys.modules (interp->modules) when the program starts: start-up "
        "has imported 33-43 modules (103 on this machine's 3.11, whose site-packages .pth files import "
        "more), so the model's registry, which holds only the model's modules, gets the real table and "
        "a program's imports never resize it.",
        {"3.8": 7, "3.9": 7, "3.10": 7, "3.11": 8, "3.12": 7, "3.13": 7},
        "[RUN] top of a program (conformance environment): len(sys.modules) 36, 36, 34, 103, 33, 34 and "
        "sys.getsizeof(sys.modules) 2272 (3.8-3.10), 3328 (3.11), 1584 (3.12, 3.13), unchanged after "
        "import gc, math, weakref, atexit; the model's dict presized to 128 / 256 slots gives the same",
    ),
    "list_overallocation": Fact(
        "list_resize growth rule: 'v38' = newsize + newsize>>3 + (3 if newsize < 9 else 6); 'v39' = "
        "(newsize + newsize>>3 + 6) & ~3, or (newsize + 3) & ~3 when newsize - oldsize > new_allocated "
        "- newsize.",
        since("3.9", "v38", "v39"),
        "[SRC] Objects/listobject.c: list_resize (bpo-38373 in 3.9); [RUN] getsizeof after appends",
    ),
    "list_from_sized_iterable_rounds": Fact(
        "list_preallocate_exact (a list's first item array, from list(x)'s len on 3.8-3.9 or "
        "list_extend's length hint on 3.10+) rounds the length up to even.",
        since("3.10", False, True),
        "[SRC] listobject.c: list_preallocate_exact '(size + 1) & ~(size_t)1' (3.10+); "
        "[RUN] getsizeof(list(range(3))) 80 -> 88; measured: tests/conformance/cases/containers/"
        "list_capacity_*.py (list(x), starred targets, sorted()) on 3.8.18-3.13.0",
    ),
    "list_extend_takes_sets_dicts": Fact(
        "list_extend takes an exact set/frozenset, dict or dict view whole (list_extend_set, "
        "list_extend_dict, list_extend_dictitems: one list_resize(len + n), no iterator, no "
        "list_preallocate_exact); False: they go through the iterator path like any iterable.",
        since("3.13", False, True),
        "[SRC] Objects/listobject.c 3.13 _list_extend; measured: getsizeof(list({1, 2, 3})) and "
        "list(d.keys()) of a 3-item dict: 88 (3.10.13-3.12.1), 120 (3.13.0)",
    ),
    "list_extend_preallocates_empty": Fact(
        "list.extend on a list with no item array allocates exactly the (even-rounded) length instead of "
        "over-allocating through list_resize.",
        since("3.10", False, True),
        "[SRC] listobject.c: list_extend 'if (self->ob_item == NULL) list_preallocate_exact' (3.10+); "
        "[RUN] getsizeof([1, 2, 3]) 120 (3.9) vs 88 (3.10+), [*range(3)] 104/120/88 (3.8/3.9/3.10+)",
    ),
    "list_pop_last_clears": Fact(
        "list.pop() that empties the list clears it (_list_clear frees the item array) instead of "
        "list_resize(0), which keeps an array of 1 slot.",
        since("3.12", False, True),
        "Objects/listobject.c 3.12 list_pop_impl 'if (size_after_pop == 0) ... _list_clear'; measured: "
        "x = [1]; x.pop(); sys.getsizeof(x) 64 (3.8.18-3.11.7), 56 (3.12.1, 3.13.0)",
    ),
    "list_del_item_resizes": Fact(
        "del lst[i] goes through list_ass_slice (list_resize, or _list_clear when it empties the "
        "list); False: the items are shifted and the size lowered, the item array kept.",
        since("3.13", True, False),
        "Objects/listobject.c list_ass_item (3.8-3.12: list_ass_slice(a, i, i+1, NULL); 3.13 "
        "list_ass_item_lock_held: memmove + Py_SET_SIZE); measured: del w[0] until empty from "
        "list(range(17)): capacities 18 ... 12, 8, 4, 0 (3.12.1), 18 throughout (3.13.0)",
    ),
    "display_consts_min": Fact(
        "Smallest all-constant list/set display the compiler builds as an empty container + "
        "LIST_EXTEND/SET_UPDATE of a constant tuple/frozenset (None: always BUILD_LIST/BUILD_SET n).",
        since("3.9", None, 3),
        "[SRC] Python/compile.c: starunpack_helper 'n > 2 && are_all_items_const' (3.9+); [RUN] "
        "getsizeof([0, 1, 2]) 80 (3.8) vs 120 (3.9); getsizeof({0, 1, 2, 3, 4}) 728 (3.8) vs 472 (3.9+)",
    ),
    "function_basicsize": Fact(
        "sizeof(PyFunctionObject).",
        {"3.8": 120, "3.9": 120, "3.10": 128, "3.11": 136, "3.12": 144, "3.13": 144},
        "[RUN] type(f).__basicsize__",
    ),
    "generator_basicsize": Fact(
        "Fixed part of a generator object (without GC head). 3.11+ the frame is embedded after it, one "
        "pointer per local/cell/free variable and per stack slot (see generator_embeds_frame).",
        {"3.8": 96, "3.9": 96, "3.10": 88, "3.11": 152, "3.12": 144, "3.13": 144},
        "[RUN] getsizeof of generators of three functions (co_nlocals, co_stacksize) = (0,1|2), (4,2), "
        "(2,9): 112/112/112 (3.8), 104 (3.10), 176/216/256 (3.11), 176/208/248 (3.12, 3.13)",
    ),
    "generator_embeds_frame": Fact(
        "The generator's interpreter frame lives inside the generator object (gi_iframe).",
        since("3.11", False, True),
        "[SRC] Include/internal/pycore_genobject.h / genobject.c: gen_sizeof (3.11+)",
    ),
    "type_basicsize": Fact(
        "sizeof(PyHeapTypeObject) (type.__basicsize__).",
        {"3.8": 880, "3.9": 880, "3.10": 888, "3.11": 904, "3.12": 920, "3.13": 928},
        "[RUN] type.__basicsize__",
    ),
    "class_shared_keys_log2": Fact(
        "log2 size of a new class's cached (shared) instance keys, counted by type.__sizeof__.",
        since("3.11", 3, 6),
        "[SRC] dictobject.c: PyDict_MINSIZE keys made shared (<=3.10), _PyDict_NewKeysForClass "
        "NEXT_LOG2_SHARED_KEYS_MAX_SIZE = 6 (3.11+); [RUN] getsizeof(class) 1064 (3.8) = 16 + 880 + 168, "
        "1688 (3.11) = 16 + 904 + 768",
    ),
    "metatype_cached_keys": Fact(
        "Whether a heap subclass of type (a metaclass) gets cached shared keys, counted by its "
        "type.__sizeof__ as a class's are.",
        since("3.11", True, False),
        "Objects/typeobject.c type_new: 'if (type->tp_dictoffset) et->ht_cached_keys = ...' (<=3.10), "
        "only for Py_TPFLAGS_MANAGED_DICT types from 3.11 (type has tp_itemsize, so no managed dict); "
        "[RUN] class M(type): pass; sys.getsizeof(M): 1064 1064 1072 920 936 944 (3.8-3.13)",
    ),
    "fixed_basicsizes": Fact(
        "tp_basicsize of fixed-size builtin types the model sizes, and whether the type is a GC type "
        "(GC types get the GC head added).",
        every({"object": (16, False), "float": (24, False), "complex": (32, False), "range": (48, False),
               "cell": (24, True), "method": (48, True), "slice": (40, True), "module": (56, True),
               "dict": (48, True), "list": (40, True), "set": (200, True), "bytearray": (56, False)}),
        "[RUN] tests/alloc/measure_sizes.py: getsizeof / __basicsize__ on 3.8-3.13 (cell 40, bound "
        "method 64, slice(1) 56, module 72, range 48, {} 64, [] 56, set() 216, bytearray() 56)",
    ),
    "weakref_basicsize": Fact(
        "sizeof(PyWeakReference) (3.11 added vectorcall).",
        since("3.11", 56, 64),
        "[RUN] getsizeof(weakref.ref(o)) 72 -> 80",
    ),
    "exception_basicsizes": Fact(
        "tp_basicsize of the builtin exception types by name: BaseException's (PyException_HEAD: dict, "
        "args, traceback, context, cause, suppress_context; 3.11 added notes) and every type whose "
        "struct adds members (PyImportErrorObject msg/name/path, + name_from 3.12; PyOSErrorObject; "
        "PySyntaxErrorObject, + end_lineno/end_offset 3.10; PyNameErrorObject and "
        "PyAttributeErrorObject 3.10; PyBaseExceptionGroupObject 3.11). A type not listed has its "
        "nearest listed base's size.",
        {v: _exception_basicsizes(v) for v in VERSIONS},
        "[RUN 3.8.18-3.13.0] T.__basicsize__ of every exception type in builtins; getsizeof(ValueError('x')) "
        "80 (3.8-3.10) / 88, getsizeof(ImportError('x')) 104 / 112 (3.11) / 120 (3.12+)",
    ),
}


def section(version: str) -> Section:
    """The allocator profile of one CPython version ('3.8' ... '3.13'); ValueError for others."""
    if version not in VERSIONS:
        raise ValueError(f"unknown CPython version {version!r}; supported: {', '.join(VERSIONS)}")
    return build_section(FACTS, version)
