"""Version facts of the simulated `gc`, `sys`, `weakref` and `math` modules: argument-error wording, names and
reprs of the weakref types, which functions exist, which parts of CPython's `Lib/weakref.py` a
version has, and what the first import of a module does to the heap (footprint.py). A table of
`Fact`s like the profile sections (`profiles/base.py`), built per version by `module_facts(profile)`;
code reads the built section and never branches on a version number.

Every [RUN] value was printed by the installed interpreters (pyenv 3.8.18 ... 3.13.0) with the probe
programs kept in ``tests/interp/modules/probes/``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ...profiles.base import VERSIONS, Fact, Section, build_section, every, since
from .import_traces import IMPORT_ATEXIT, IMPORT_GC, IMPORT_MATH, IMPORT_WEAKREF

FACTS: dict[str, Fact] = {
    "qualified_names": Fact(
        "METH_NOARGS / METH_O / METH_VARARGS argument errors name the function with its module "
        "('gc.enable() takes no arguments (1 given)') rather than alone ('enable() takes ...').",
        since("3.9", False, True),
        "Objects/methodobject.c: _PyObject_FunctionStr used by cfunction_check_kwargs / "
        "cfunction_vectorcall_NOARGS/O (bpo-37645, 3.9); [RUN probes/errors.py]"),
    "clinic_bad_keyword": Fact(
        "Argument Clinic's message for an unknown keyword ({kw}, function {name}).",
        since("3.13", "'{kw}' is an invalid keyword argument for {name}()",
              "{name}() got an unexpected keyword argument '{kw}'"),
        "Python/getargs.c: vgetargskeywordsfast_impl / error_unexpected_keyword_arg (3.13); "
        "[RUN probes/errors.py: gc.collect(x=1), gc.get_objects(x=1)]"),
    "varargs_kwargs_qualified": Fact(
        "A METH_VARARGS function given keywords ('get_referrers() takes no keyword arguments') names "
        "its module.", since("3.13", False, True),
        "Python/getargs.c: _PyArg_NoKeywords → 3.13 cfunction_call uses _PyObject_FunctionStr; "
        "[RUN probes/errors.py: gc.get_referrers(x=1)]"),
    "proxy_kwargs_qualified": Fact(
        "weakref.proxy(obj, x=1) names the module ('_weakref.proxy() takes no keyword arguments').",
        since("3.11", False, True),
        "Modules/_weakref.c: weakref_functions proxy METH_VARARGS → 3.11 _PyArg_NoKeywords via "
        "_PyObject_FunctionStr; [RUN probes/errors2.py]"),
    "weakref_type_names": Fact(
        "tp_name of (ref, proxy, callable proxy): __name__ is the part after the last dot, __module__ "
        "the part before it (builtins when there is no dot).",
        since("3.10", ("weakref", "weakproxy", "weakcallableproxy"),
              ("weakref.ReferenceType", "weakref.ProxyType", "weakref.CallableProxyType")),
        "Objects/weakrefobject.c: _PyWeakref_RefType/ProxyType/CallableProxyType tp_name (renamed in "
        "3.10); [RUN probes/errors2.py]"),
    "proxy_repr": Fact(
        "repr of a live proxy: {addr} the proxy, {name} the referent's type name, {oaddr} its address.",
        since("3.13", "<weakproxy at {addr} to {name} at {oaddr}>",
              "<weakproxy at {addr}; to '{name}' at {oaddr}>"),
        "Objects/weakrefobject.c: proxy_repr (3.13 aligned it with weakref_repr); [RUN probes/errors2.py]"),
    "weakref_call_arity": Fact(
        "TypeError of calling a weakref with arguments ({n} given).",
        since("3.11", "__call__() takes at most 0 arguments ({n} given)", "weakref expected 0 arguments, got {n}"),
        "Objects/weakrefobject.c: weakref_call → 3.11 weakref_vectorcall (_PyArg_CheckPositional); "
        "[RUN probes/weakref_repr.py]"),
    "dead_proxy_repr": Fact(
        "repr of a dead proxy ({addr}: the proxy; {none_addr}: the address of None, which 3.8-3.12 "
        "print as the referent; 3.13 says dead).",
        since("3.13", "<weakproxy at {addr} to NoneType at {none_addr}>", "<weakproxy at {addr}; dead>"),
        "Objects/weakrefobject.c: proxy_repr (PyWeakref_GET_OBJECT gives Py_None before 3.13); "
        "[RUN probes/weakref_repr.py]"),
    "static_type_sizeof": Fact(
        "sys.getsizeof of a builtin (static) type object: sizeof(PyTypeObject), no GC head (static "
        "types are not GC objects). Belongs with the layout facts of profiles/alloc.py.",
        {"3.8": 416, "3.9": 408, "3.10": 408, "3.11": 424, "3.12": 432, "3.13": 416},
        "Objects/typeobject.c: type___sizeof___impl; [RUN] sys.getsizeof(int), sys.getsizeof(type)"),
    "int_arg_errors": Fact(
        "TypeError of a C int argument converted with _PyLong_AsInt (sys.setrecursionlimit, "
        "sys._getframe): {type} is the argument's type name.",
        since("3.10", "an integer is required (got type {type})",
              "'{type}' object cannot be interpreted as an integer"),
        "Objects/longobject.c: _PyLong_AsInt → 3.10 PyNumber_Index only (bpo-37999); "
        "[RUN probes/errors.py]"),
    "atexit_callback_errors": Fact(
        "How atexit_callfuncs reports a callback that raised: 'display' — 'Error in "
        "atexit._run_exitfuncs:' and the exception as sys.excepthook shows it, SystemExit passed "
        "over silently, the last exception kept and re-raised by atexit._run_exitfuncs(); "
        "otherwise the unraisable hook's first line for every exception, SystemExit included "
        "({} the function's repr), and _run_exitfuncs() returns None.",
        {**{v: "display" for v in ("3.8", "3.9")},
         **{v: "Exception ignored in atexit callback: {}" for v in ("3.10", "3.11", "3.12")},
         "3.13": "Exception ignored in atexit callback {}:"},
        "Modules/atexitmodule.c atexit_callfuncs: PySys_WriteStderr + PyErr_Display (3.8-3.9), "
        "_PyErr_WriteUnraisableMsg(\"in atexit callback\", func) (3.10-3.12, bpo-42639), "
        "PyErr_FormatUnraisable(\"Exception ignored in atexit callback %R\", func) (3.13); "
        "[RUN 3.8.18-3.13.0] a callback raising ValueError / SystemExit, at exit and from "
        "atexit._run_exitfuncs()"),
    "has_sys_exception": Fact("sys.exception() exists.", since("3.11", False, True),
                              "Python/sysmodule.c: sys_exception_impl (3.11); [RUN probes/errors.py]"),
    "has_is_interned": Fact("sys._is_interned() exists.", since("3.13", False, True),
                            "Python/sysmodule.c: sys__is_interned_impl (3.13); [RUN probes/errors.py]"),
    "has_is_immortal": Fact("sys._is_immortal() exists (added in 3.14, so never here).", every(False),
                            "Python/sysmodule.c: sys__is_immortal_impl (3.14); [RUN probes/errors.py]"),
    "implementation_multiarch_first": Fact(
        "repr(sys.implementation) starts with _multiarch (the namespace's keys in creation order "
        "before 3.9 sorted them).", since("3.9", True, False),
        "Objects/namespaceobject.c: namespace_repr sorts keys since 3.9; [RUN probes/errors2.py]"),
    "math_functions_added": Fact(
        "Functions of the math module beyond 3.8's set, by version.",
        {"3.8": (), "3.9": ("lcm", "nextafter", "ulp"), "3.10": ("lcm", "nextafter", "ulp"),
         "3.11": ("lcm", "nextafter", "ulp", "cbrt", "exp2"),
         "3.12": ("lcm", "nextafter", "ulp", "cbrt", "exp2", "sumprod"),
         "3.13": ("lcm", "nextafter", "ulp", "cbrt", "exp2", "sumprod", "fma")},
        "Modules/mathmodule.c math_methods (3.9 bpo-39648/39288/39310, 3.11 bpo-44357/45917, 3.12 "
        "gh-100485, 3.13 gh-73468); [RUN 3.8-3.13] dir(math)"),
    "weakref_lib_sections": Fact(
        "'#@if' sections of lib/weakref.py and lib/_weakrefset.py (CPython's files) this version has: "
        "'or_operators' (|, |= and reflected | on the weak dictionaries, PEP 584); 'commit_pop' "
        "(_commit_removals pops until IndexError, WeakKeyDictionary's remove tolerates a missing "
        "key); 'notimplemented_compare' (WeakMethod.__eq__/__ne__ return NotImplemented, not "
        "False/True); 'finalize_posonly' (finalize.__init__(self, obj, func, /, ...) instead of 3.8's "
        "*args parsing with deprecated obj=/func=); 'abc_registered' / 'set_abc_registered' (WeakSet "
        "registered with MutableSet / also Set); 'generic_alias' (WeakSet.__class_getitem__, PEP 585); "
        "'reduce_getstate' (WeakSet.__reduce__ uses object.__getstate__).",
        {"3.8": (),
         "3.9": ("or_operators", "commit_pop", "notimplemented_compare", "finalize_posonly",
                 "abc_registered", "set_abc_registered", "generic_alias"),
         "3.10": ("or_operators", "commit_pop", "notimplemented_compare", "finalize_posonly",
                  "abc_registered", "set_abc_registered", "generic_alias"),
         "3.11": ("or_operators", "commit_pop", "notimplemented_compare", "finalize_posonly",
                  "abc_registered", "generic_alias", "reduce_getstate"),
         "3.12": ("or_operators", "commit_pop", "notimplemented_compare", "finalize_posonly",
                  "abc_registered", "generic_alias", "reduce_getstate"),
         "3.13": ("or_operators", "commit_pop", "notimplemented_compare", "finalize_posonly",
                  "abc_registered", "generic_alias", "reduce_getstate")},
        "Lib/weakref.py, Lib/_weakrefset.py of the installed 3.8.18 ... 3.13.0 (3.9: bpo-36144 dict "
        "union, bpo-28427 atomic removals, NotImplemented from WeakMethod, bpo-36492 positional-only "
        "finalize, PEP 585; 3.11: object.__getstate__ bpo-26579, Set registration dropped); "
        "tests/interp/modules/test_libsrc.py checks the selected text against those files"),
    "first_import_loads": Fact(
        "Standard-library modules that the first `import weakref` / `import atexit` / `import math` "
        "loads (sys.modules before and after; `gc` and `sys` load nothing else). 3.11's start-up "
        "already imported all of them, so the import only binds the name.",
        {"3.8": {"weakref": ("_weakrefset", "itertools")},
         "3.9": {"weakref": ("_weakrefset", "itertools", "types")},
         "3.10": {"weakref": ("_weakrefset", "itertools", "types")},
         "3.11": {},
         "3.12": {"weakref": ("_weakrefset", "itertools", "types")},
         "3.13": {"weakref": ("_weakrefset", "itertools", "types")}},
        "Lib/_weakrefset.py `from types import GenericAlias` (3.9+); [RUN 3.8.18-3.13.0] "
        "tests/interp/modules/probes/import_loads.py"),
    "first_import_footprint": Fact(
        "What the first import of a simulated module does to generation 0's count and to "
        "sys.getallocatedblocks() in the real interpreter: (count delta, blocks delta), measured with "
        "the collector disabled in a program that starts `import gc, sys`, i.e. with the free lists "
        "start-up left (after a full gc.collect(), which empties them, the real import counts ~60 "
        "more). The model's own allocations for building the module are replaced by these "
        "(unmarshalling the .pyc, import-system bookkeeping and the module's code are not modelled "
        "one by one). 3.11's start-up already imported these modules: the import binds the name.",
        {"3.8": {"weakref": (597, 1251), "atexit": (7, 18), "math": (62, 160), "gc": (18, 46)},
         "3.9": {"weakref": (736, 1579), "atexit": (7, 18), "math": (63, 162), "gc": (20, 50)},
         "3.10": {"weakref": (749, 1582), "atexit": (7, 19), "math": (61, 163), "gc": (21, 54)},
         "3.11": {"weakref": (0, 1), "atexit": (0, 1), "math": (0, 1), "gc": (21, 51)},
         "3.12": {"weakref": (767, 1734), "atexit": (7, 18), "math": (62, 166), "gc": (20, 50)},
         "3.13": {"weakref": (768, 1732), "atexit": (7, 16), "math": (63, 160), "gc": (20, 49)}},
        "[RUN 3.8.18-3.13.0] tests/interp/modules/probes/import_footprint.py (blocks move by a few with "
        "the probe's file name and path); the counts of math, atexit and weakref, which "
        "first_import_trace replays (they move by one with the free lists the program left), from the DELTAS program of "
        "tests/interp/modules/test_footprint.py in run_real's environment; gc: count from scripts/read_startup_state.py (gdb: "
        "generations[0].count at PyImport_ImportModuleLevelObject and at gc_get_count_impl of "
        "startup/no_nested_code.py; the model replays first_import_trace instead), blocks by "
        "tests/interp/modules/probes/import_gc_blocks.py in run_real's environment (with HOME: one "
        "more on 3.8, one fewer on 3.10)"),
    "first_import_trace": Fact(
        "The GC-object traffic of the first import of a simulated module in the real interpreter, in "
        "order (modules/import_traces.py: GC allocations and frees, and the objects of free-list "
        "families made and released). Replayed through the model's free lists in place of its own "
        "build of the module, it gives the import's generation-0 count and free lists whatever state "
        "the program left them in; first_import_footprint then only settles the blocks.",
        {v: {name: traces[v] for name, traces in (("gc", IMPORT_GC), ("math", IMPORT_MATH),
                                                  ("atexit", IMPORT_ATEXIT), ("weakref", IMPORT_WEAKREF))
                if v in traces}
         for v in VERSIONS},
        "[GDB 3.8.18-3.13.0] scripts/read_startup_state.py --trace-import: breakpoints on "
        "_PyObject_GC_Alloc (3.8-3.9: _PyObject_GC_Malloc/_Calloc; 3.11+: _PyObject_GC_Link), "
        "PyObject_GC_Del, tuple_alloc (3.8 PyTuple_New), tupledealloc, PyList_New, list_dealloc, "
        "new_dict, dict_dealloc (3.8 also PyMethod_New, method_dealloc, PyCFunction_NewEx, "
        "meth_dealloc), 3.12+ _Py_HandlePending with the eval breaker kept set (importlib's "
        "checks; set again after every event), from PyImport_ImportModuleLevelObject to gc_get_count_impl: gc in "
        "startup/no_nested_code.py, math and atexit in `import gc; import X; print(gc.get_count())` "
        "(--skip-imports 1), weakref in `import gc; gc.disable(); import weakref; "
        "print(gc.get_count())` (--skip-imports 1, 3.8-3.10 --frames: frames as a family; 'C' / 'D' "
        "at type_new of types.py's _C and PyDict_DelItem of its name; 3.11: no traffic, the trace of "
        "`import weakref; import gc` is gc's); each replayed from the state gdb reads at the import "
        "gives the count and the free lists gdb reads at gc_get_count_impl"),
    "types_garbage_marks": Fact(
        "Only where weakref has no first_import_trace (whose 'C' / 'D' tokens place them exactly): "
        "when the first `import weakref` also imports `types`, generation 0's count since the import "
        "began at the point Lib/types.py creates its class _C and at the end of types.py, where it "
        "deletes _C and leaves it as cyclic garbage (7 objects: type, dict, 2 tuples, function, 2 "
        "getset_descriptors). An automatic collection before the first mark leaves the garbage for "
        "the program's gc.collect(); one after the second frees it during the import.",
        {"3.8": None, "3.9": (334, 381), "3.10": (330, 378), "3.11": None, "3.12": (319, 357),
         "3.13": (317, 356)},
        "Lib/types.py (`class _C`, `del sys, _f, _g, _C, ...`); [RUN 3.9.18-3.13.0] "
        "tests/interp/modules/probes/types_garbage_marks.py, import_loads.py (garbage kinds)"),
}


@cache
def _build(version: str) -> Section:
    return build_section(FACTS, version)


def module_facts(profile: Any) -> Section:
    """The module facts of `profile`'s version."""
    return _build(profile.version)
