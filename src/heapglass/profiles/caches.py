"""Caches and singletons profile: which values CPython never allocates twice, and their refcounts.

Facts the heap/interpreter query through ``heapglass.alloc.caches`` (``is_cached_int``,
``refcount_policy`` ...). [RUN] values come from ``tests/alloc/measure_caches.py`` on 3.8.18, 3.9.18,
3.10.13, 3.11.7, 3.12.1, 3.13.0 (``sys.getrefcount`` counts its own argument: base + 1).
"""

from __future__ import annotations

from heapglass.profiles.base import VERSIONS, Fact, Section, build_section, every, since

# Singleton kinds, as named by refcount_policy(): the builtin constants, the caches, and the
# statically allocated / immortal string kinds.
CONSTANTS = ("none", "true", "false", "ellipsis", "notimplemented")
CACHED = ("small_int", "latin1_char", "single_byte", "empty_tuple", "empty_str", "empty_bytes")

FACTS: dict[str, Fact] = {
    "small_int_range": Fact(
        "Inclusive range of preallocated ints (NSMALLNEGINTS 5, NSMALLPOSINTS 257).",
        every((-5, 256)),
        "[SRC] pycore_runtime.h / longobject.c: _PY_NSMALLNEGINTS, _PY_NSMALLPOSINTS; [RUN] "
        "getrefcount(256) large, getrefcount(257) = 3 on every version",
    ),
    "latin1_char_cache": Fact(
        "One-character str with code point < 256 is a cached singleton (chr(255) is chr(255)).",
        every(True),
        "[SRC] unicodeobject.c: get_latin1_char (3.8-3.10 lazily, 3.11+ static); [RUN] all versions",
    ),
    "single_byte_cache": Fact(
        "One-byte bytes objects (and b'') are cached singletons.",
        every(True),
        "[SRC] bytesobject.c: characters[] / nullstring (<=3.10), _Py_SINGLETON(bytes_characters) (3.11+); "
        "[RUN] bytes([65]) is bytes([65]) on all versions",
    ),
    "empty_singletons": Fact(
        "Empty immutable values that are singletons.",
        since("3.10", ("tuple", "str", "bytes", "frozenset"), ("tuple", "str", "bytes")),
        "[SRC] setobject.c: emptyfrozenset removed in 3.10 (bpo-40521); [RUN] frozenset() is frozenset() "
        "True on 3.8, False on 3.11-3.13",
    ),
    "static_refcount_base": Fact(
        "Initial refcount of statically allocated runtime objects (small ints, empty singletons, latin-1 "
        "chars, single bytes, identifier strings); they are still incref'd/decref'd. None: no such objects.",
        {"3.8": None, "3.9": None, "3.10": None, "3.11": 999999999, "3.12": None, "3.13": None},
        "[SRC] pycore_object.h 3.11: _PyObject_IMMORTAL_INIT; [RUN 3.11.7] getrefcount(chr(255)) = 1000000000",
    ),
    "immortal_refcount": Fact(
        "Refcount every immortal object reports (PEP 683), or None before immortality existed.",
        since("3.12", None, 4294967295),
        "[SRC] object.h 3.12/3.13: _Py_IMMORTAL_REFCNT = UINT_MAX (64-bit); [RUN] getrefcount(None) 3.12/3.13",
    ),
    "immortal_kinds": Fact(
        "Object kinds that are immortal.",
        since("3.12", (), CONSTANTS + CACHED + ("static_type", "str_static", "interned_str_runtime",
                                                 "interned_str_identifier")),
        "[RUN 3.12.1/3.13.0] getrefcount = 4294967295 for None, True, ..., 1, 256, (), '', b'', 'a', "
        "chr(255), b'a', int, '__init__'; interned kinds are overridden by interned_immortal",
    ),
    "static_kinds": Fact(
        "Kinds statically allocated with static_refcount_base (3.11 only; immortal afterwards).",
        {"3.8": (), "3.9": (), "3.10": (), "3.11": CACHED + ("str_static",), "3.12": (), "3.13": ()},
        "[RUN 3.11.7] getrefcount(1) = 1000000041, ('') 1000000033, ('__init__') 1000000231; None 3784, "
        "int 69 are ordinary",
    ),
    "interned_immortal": Fact(
        "Strings interned at run time (sys.intern, identifier-like code constants) become immortal.",
        {"3.8": False, "3.9": False, "3.10": False, "3.11": False, "3.12": True, "3.13": False},
        "[SRC] unicodeobject.c 3.12: PyUnicode_InternInPlace -> _Py_SetImmortal; 3.13: "
        "SSTATE_INTERNED_MORTAL for sys.intern in default builds; [RUN] getrefcount(sys.intern(s)) = 3 "
        "(3.8, 3.11, 3.13), 4294967295 (3.12)",
    ),
    "interns_attribute_names": Fact(
        "Attribute names stored with setattr (and names of class/instance dict keys set through it) "
        "are interned.",
        every(True),
        "[SRC] Objects/object.c: PyObject_SetAttr 'PyUnicode_InternInPlace(&name)'",
    ),
    "interned_chars_apart": Fact(
        "One-character strings whose interned copy (a code constant, sys.intern, an attribute name) "
        "is not the latin-1 singleton but another static string: in 3.11 and 3.12 the runtime's "
        "static and deep-frozen strings are interned at start-up before any singleton is.",
        {**{v: "" for v in ("3.8", "3.9", "3.10", "3.13")},
         "3.11": "BCLST_abcdefhijklmnopqrstvwxy", "3.12": "_abcdenprsx"},
        "[SRC] Tools/build/deepfreeze.py (3.11-3.12) and pycore_runtime_init_generated.h; [RUN 3.8.18-"
        "3.13.0] for each chr(i), i < 256: eval(compile(repr(c), '<s>', 'eval')) is not c",
    ),
    "interns_identifier_constants": Fact(
        "String constants made only of name characters [A-Za-z0-9_] are interned when code is compiled.",
        every(True),
        "[SRC] Objects/codeobject.c: intern_string_constants / all_name_chars",
    ),
}


def section(version: str) -> Section:
    """The caches profile of one CPython version ('3.8' ... '3.13'); ValueError for others."""
    if version not in VERSIONS:
        raise ValueError(f"unknown CPython version {version!r}; supported: {', '.join(VERSIONS)}")
    return build_section(FACTS, version)
