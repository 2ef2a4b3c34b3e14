"""Profile section `gc`: the cycle collector and its generations, per CPython version."""

from __future__ import annotations

from .base import VERSIONS, Fact, every, since

# The start-up facts hold one value per start-up environment. site.py allocates differently when HOME
# is unset (posixpath.expanduser falls back to pwd.getpwuid): the conformance environment
# (conform.oracle.RUN_ENV) has no HOME, a user's shell has one. Nothing else in the environment
# changes them ([RUN 3.8.18-3.13.0] 0-50 dummy variables give the same counts).
STARTUP_ENVIRONMENTS = ("home_unset", "home_set")


def by_home(unset: dict, home: dict) -> dict:
    """Per version, {environment: value} of a start-up fact measured without and with HOME."""
    return {v: dict(zip(STARTUP_ENVIRONMENTS, (unset[v], home[v]), strict=True)) for v in VERSIONS}


# startup_young_objects and startup_untracked (scripts/measure_startup_gc.py writes these lines)
_YOUNG_UNSET = {'3.8': 474, '3.9': 625, '3.10': 56, '3.11': 290, '3.12': 28, '3.13': 44}
_YOUNG_HOME = {'3.8': 451, '3.9': 602, '3.10': 41, '3.11': 290, '3.12': 639, '3.13': 27}
_UNTRACKED_UNSET = {'3.8': ((146, 2, 1, 0), (55, 0, 0, 3)), '3.9': ((146, 1, 1, 0), (53, 0, 0, 3)), '3.10': ((3, 0, 1, 0), (57, 0, 0, 4)), '3.11': ((67, 2, 0, 0), (0, 0, 0, 72)), '3.12': ((0, 0, 1, 0), (9, 0, 0, 3)), '3.13': ((0, 0, 1, 0), (63, 0, 0, 3))}
_IMPORTS_UNSET = {'3.8': {'weakref': (167, 177, 0, 50), 'math': (0, 12, 0, 1)}, '3.9': {'weakref': (223, 381, 0, 208), 'math': (0, 10, 0, 0)}, '3.10': {'weakref': (0, 106, 77, 5), 'math': (0, 10, 0, 0)}, '3.11': {'weakref': (0, -251, 0, 0), 'math': (0, -60, 0, 0)}, '3.12': {'weakref': (0, 80, 149, 5), 'math': (0, 9, 0, 0)}, '3.13': {'weakref': (3, 489, 0, 263), 'math': (0, 9, 0, 0)}}
_IMPORTS_HOME = {'3.8': {'weakref': (139, 175, 0, 48), 'math': (0, 12, 0, 1)}, '3.9': {'weakref': (222, 359, 0, 185), 'math': (0, 10, 0, 0)}, '3.10': {'weakref': (0, 86, 97, 5), 'math': (0, 10, 0, 0)}, '3.11': {'weakref': (0, -251, 0, 0), 'math': (0, -60, 0, 0)}, '3.12': {'weakref': (0, 78, 151, 5), 'math': (0, 9, 0, 0)}, '3.13': {'weakref': (3, 489, 0, 263), 'math': (0, 9, 0, 0)}}
_IMPORT_SHUTDOWN_UNSET = {'3.8': {'weakref': ((11, 6, -145), (3, 0, -9)), 'math': ((11, 2, 44), (2, 0, 0))}, '3.9': {'weakref': ((5, 8, -143), (4, 0, -9)), 'math': ((10, 2, -10), (2, 0, 0))}, '3.10': {'weakref': ((-4, 8, -147), (23, 0, -21), (0, 0, 0)), 'math': ((0, 2, -10), (12, 0, 0), (0, 0, 0))}, '3.11': {'weakref': ((-22, 0, 0), (-3, 0, -102), (-8, 0, 0)), 'math': ((0, 0, 0), (-46, 0, 0), (0, 0, 0))}, '3.12': {'weakref': ((5, 8, -3), (25, 0, -9), (-1, 0, 0)), 'math': ((9, 2, -9), (2, 0, 0), (0, 0, 0))}, '3.13': {'weakref': ((4, 8, -4), (27, 0, -9), (-1, 0, 0)), 'math': ((9, 2, -9), (2, 0, 0), (0, 0, 0))}}
_IMPORT_SHUTDOWN_HOME = {'3.8': {'weakref': ((11, 6, -145), (3, 0, -9)), 'math': ((11, 2, 44), (2, 0, 0))}, '3.9': {'weakref': ((6, 8, -144), (4, 0, -9)), 'math': ((10, 2, -10), (2, 0, 0))}, '3.10': {'weakref': ((-4, 8, -147), (23, 0, -21), (0, 0, 0)), 'math': ((0, 2, -10), (12, 0, 0), (0, 0, 0))}, '3.11': {'weakref': ((-22, 0, 0), (-3, 0, -102), (-8, 0, 0)), 'math': ((0, 0, 0), (-46, 0, 0), (0, 0, 0))}, '3.12': {'weakref': ((5, 8, -3), (25, 0, -9), (-1, 0, 0)), 'math': ((8, 2, -9), (3, 0, 0), (0, 0, 0))}, '3.13': {'weakref': ((4, 8, -4), (27, 0, -9), (-1, 0, 0)), 'math': ((9, 2, -9), (2, 0, 0), (0, 0, 0))}}
_ATEXIT_FREES_UNSET = {'3.8': (0, 0, 0), '3.9': (0, 0, 0), '3.10': (0, 0, 0), '3.11': (2, 0, 1), '3.12': (0, 0, 0), '3.13': (0, 0, 0)}
_ATEXIT_FREES_HOME = {'3.8': (0, 0, 0), '3.9': (0, 0, 0), '3.10': (0, 0, 0), '3.11': (2, 0, 1), '3.12': (0, 0, 0), '3.13': (0, 0, 0)}
_SHUTDOWN_UNSET = {'3.8': ((87, 73, 695), (717, 0, 303)), '3.9': ((74, 73, 867), (608, 0, 411)), '3.10': ((22, 70, 169), (660, 0, 1115), (149, 0, 187)), '3.11': ((52, 202, 4272), (1289, 0, 1169), (184, 0, 1392)), '3.12': ((66, 68, 949), (534, 0, 778), (164, 0, 269)), '3.13': ((65, 70, 955), (564, 0, 800), (172, 0, 317))}
_SHUTDOWN_HOME = {'3.8': ((86, 71, 688), (715, 0, 303)), '3.9': ((74, 71, 867), (599, 0, 398)), '3.10': ((22, 68, 149), (657, 0, 1115), (149, 0, 187)), '3.11': ((52, 200, 4252), (1286, 0, 1169), (184, 0, 1392)), '3.12': ((66, 66, 929), (531, 0, 778), (164, 0, 269)), '3.13': ((65, 68, 934), (561, 0, 800), (172, 0, 317))}
_OLD_UNSET = {'3.8': 4480, '3.9': 4593, '3.10': 4716, '3.11': 11088, '3.12': 4970, '3.13': 5064}
_OLD_HOME = {'3.8': 4460, '3.9': 4572, '3.10': 4695, '3.11': 11067, '3.12': 4949, '3.13': 5042}
_UNTRACKED_HOME = {'3.8': ((143, 2, 1, 0), (55, 0, 0, 3)), '3.9': ((144, 1, 1, 0), (53, 0, 0, 3)), '3.10': ((2, 0, 1, 0), (57, 0, 0, 4)), '3.11': ((67, 2, 0, 0), (0, 0, 0, 72)), '3.12': ((12, 0, 1, 0), (9, 0, 0, 3)), '3.13': ((0, 0, 1, 0), (63, 0, 0, 3))}

# gc.startup_stats without HOME (with HOME only 3.12 differs)
_STARTUP_STATS = {"3.8": ((9, 0, 0), (0, 0, 0), (0, 0, 0)), "3.9": ((9, 0, 0), (0, 0, 0), (0, 0, 0)),
                  "3.10": ((10, 0, 0), (0, 0, 0), (0, 0, 0)), "3.11": ((22, 43, 0), (2, 92, 0), (0, 0, 0)),
                  "3.12": ((5, 24, 0), (0, 0, 0), (0, 0, 0)), "3.13": ((3, 24, 0), (0, 0, 0), (0, 0, 0))}

FACTS: dict[str, Fact] = {
    "collector": Fact(
        "The collection strategy (heap/collector.py COLLECTORS): 'generational' = the 3-generation "
        "gc_collect_main of 3.8-3.13 (3.14.0-3.14.4's incremental collector would be another entry).",
        every("generational"),
        "Modules/gcmodule.c 3.8-3.12: collect / gc_collect_main; Python/gc.c 3.13.0: gc_collect_main "
        "(the incremental collector was reverted before 3.13.0, gh-124567)",
    ),
    "num_generations": Fact("Number of generations (besides the permanent one).", every(3),
                            "Modules/gcmodule.c / Python/gc.c: NUM_GENERATIONS"),
    "default_thresholds": Fact(
        "gc.get_threshold() at start-up.",
        since("3.13", (700, 10, 10), (2000, 10, 10)),
        "Include/internal/pycore_runtime_init.h (3.13: 2000); [RUN 3.8-3.13] gc.get_threshold()",
    ),
    "collect_in_allocation": Fact(
        "True: an automatic collection runs synchronously inside the GC allocation that crosses "
        "threshold 0. False: the allocation only schedules it and it runs at the next eval-breaker "
        "check (calls, backward jumps).",
        since("3.12", True, False),
        "3.8-3.10 _PyObject_GC_Alloc, 3.11 _PyObject_GC_Link: collect_generations(); 3.12+ "
        "_PyObject_GC_Link: _Py_ScheduleGC; [RUN] list(zip(range(20000), range(20000)))",
    ),
    "resurrection_keeps_whole_batch": Fact(
        "True: if any unreachable object is resurrected by a finalizer, the whole unreachable set "
        "survives (3.8 check_garbage). False: only what the resurrected objects reach survives "
        "(handle_resurrected_objects).",
        since("3.9", True, False),
        "Modules/gcmodule.c 3.8: check_garbage; 3.9+: handle_resurrected_objects; [RUN 3.8 vs 3.9+]",
    ),
    "untrack_dicts_on_full": Fact(
        "Full collections untrack dicts whose keys and values are all untracked-able.",
        every(True),
        "Modules/gcmodule.c / Python/gc.c: untrack_dicts in collect (3.8-3.13)",
    ),
    "immortal_to_permanent": Fact(
        "update_refs moves tracked immortal objects to the permanent generation.",
        {"3.8": False, "3.9": False, "3.10": False, "3.11": False, "3.12": True, "3.13": True},
        "Modules/gcmodule.c 3.12 / Python/gc.c 3.13: update_refs (_Py_IsImmortal → gc_list_move to "
        "permanent_generation); [RUN 3.12.1] get_freeze_count() == 375 at start-up",
    ),
    "clinic_varargs_functions": Fact(
        "gc functions whose `*objs` Argument Clinic parses (METH_FASTCALL): they build their "
        "argument tuple themselves, even when called with f(*t) (the others of "
        "gcmod.METH_VARARGS receive the caller's tuple then).",
        since("3.13", frozenset(), frozenset({"get_referrers", "get_referents"})),
        "Python/gc.c / Modules/gcmodule.c 3.13 gc_get_referrers_impl(module, args) via clinic "
        "(gh-112532); [RUN 3.12.1, 3.13.0] gc.collect(); gc.get_count() around gc.get_referents(*t): "
        "2 vs 3, gc.set_threshold(*th): 1 on both",
    ),
    "startup_survivors_generation": Fact(
        "The generation holding what start-up built (builtins, sys, __main__ and their dicts, the "
        "imported modules) when the main script starts: start-up's collections promoted it; what "
        "they left in generation 0 is the start-up count. Same with and without HOME.",
        {"3.8": 1, "3.9": 1, "3.10": 1, "3.11": 2, "3.12": 1, "3.13": 1},
        "[RUN 3.8.18-3.13.0] `import gc, sys` then the generation of globals(), sys.__dict__, "
        "__builtins__.__dict__ in gc.get_objects(i), and [len(gc.get_objects(i)) for i in range(3)] "
        "(3.8: [515, 4213, 0]; 3.11: [334, 0, 10940]), without and with HOME",
    ),
    "startup_old_objects": Fact(
        "Tracked objects of the real start-up heap (modules, functions, classes, their dicts ...) in "
        "the oldest generation after a first full collection in a fresh `python prog.py`, per start-up "
        "environment (STARTUP_ENVIRONMENTS). The model builds only some of them; the rest are counted, "
        "not built (GCState.unbuilt_*), so that long_lived_total (the 25 % rule of the oldest "
        "generation) and the freeze count see them.",
        by_home(_OLD_UNSET, _OLD_HOME),
        "[RUN 3.8.18-3.13.0] 'import gc; gc.collect(); print(len(gc.get_objects(2)))' as the whole "
        "script, in run_real's environment (PYTHONUNBUFFERED=1, LC_ALL=C.UTF-8, PATH) without and with "
        "HOME=/root",
    ),
    "startup_young_objects": Fact(
        "Tracked objects of the real start-up heap in generation 0 when the main script starts (what "
        "start-up allocated after its last collection), per start-up environment. None of them is "
        "built by the model (heap/unbuilt.py: the start-up young group).",
        by_home(_YOUNG_UNSET, _YOUNG_HOME),
        "[RUN 3.8.18-3.13.0] the first 'gc: objects in each generation' line of 'import gc; "
        "gc.set_debug(gc.DEBUG_STATS); gc.collect()' in run_real's environments, less the model's own "
        "generation-0 objects at that line (the script's compile and run: scripts/measure_startup_gc.py)",
    ),
    "startup_untracked": Fact(
        "What CPython's collections untrack of the unbuilt start-up objects, per start-up environment: "
        "((first_pass, later_pass, later_full, dicts) of the young group, the same of the old group) — "
        "tuples untrack_tuples untracks the first time a collection examines the group, tuples the "
        "next examination untracks, tuples a later full collection untracks, dicts the first full "
        "collection untracks (untrack_dicts). heap/unbuilt.py UnbuiltGroup.examine applies them.",
        by_home(_UNTRACKED_UNSET, _UNTRACKED_HOME),
        "[RUN 3.8.18-3.13.0] DEBUG_STATS list lengths of the collection sequences (0, 0, 1, 2, 2, 2), "
        "(1, 1, 2, 2) and (2, 2, 2) as whole scripts, less what the model untracks of its own objects "
        "(scripts/measure_startup_gc.py); e.g. 3.8: gc.get_objects(0) at start has 151 tuples a first "
        "collection untracks, gc.get_objects(1) 59 tuples and 3 dicts",
    ),
    "first_import_populations": Fact(
        "Where the first import of a traced module leaves its tracked objects, per start-up "
        "environment and module: (moved, young, old, first_pass) — the last `moved` objects the model "
        "builds for it stay in generation 0 (the real import made them after its automatic "
        "collection); of the objects the model does not build, `young` are in generation 0 (a first "
        "collection untracks `first_pass` of them) and `old` in generation 1 (the import's collection "
        "promoted them). They die with the module at shutdown. A negative `young`: start-up had "
        "imported the module already (3.11 on the test machine: a site .pth).",
        by_home(_IMPORTS_UNSET, _IMPORTS_HOME),
        "[RUN 3.8.18-3.13.0] 'import gc, MODULE' then DEBUG_STATS of gc.collect(0): list lengths less "
        "the model's (scripts/measure_startup_gc.py)",
    ),
    "first_import_shutdown": Fact(
        "What a first-imported module adds to each of finalize_modules' collections "
        "(gc.shutdown_collections' (freed, new_young, garbage)), per start-up environment and module: "
        "its module's entry in the weak list, its objects freed and collected.",
        by_home(_IMPORT_SHUTDOWN_UNSET, _IMPORT_SHUTDOWN_HOME),
        "[RUN 3.8.18-3.13.0] 'import gc, MODULE; gc.set_debug(gc.DEBUG_STATS)' as the whole script: "
        "shutdown's list lengths and unreachable counts less the model's "
        "(scripts/measure_startup_gc.py)",
    ),
    "startup_atexit_frees": Fact(
        "Unbuilt start-up objects freed when the atexit callbacks start-up registered run at exit, per "
        "generation, per start-up environment: the test machine's 3.11.7 has a site .pth "
        "(certifi) whose atexit callback releases what it kept.",
        by_home(_ATEXIT_FREES_UNSET, _ATEXIT_FREES_HOME),
        "[RUN 3.8.18-3.13.0] 'import gc; gc.set_debug(gc.DEBUG_STATS)' as the whole script: the first "
        "shutdown collection's list lengths less the model's (scripts/measure_startup_gc.py); "
        "3.11.7: atexit._ncallbacks() == 1 at start",
    ),
    "shutdown_collections": Fact(
        "finalize_modules' collections (PyImport_Cleanup through 3.9), per start-up environment: for "
        "each, in order, (freed, new_young, garbage) of the unbuilt start-up objects — freed by "
        "refcount since the collection before it (modules removed from sys.modules, their dicts "
        "cleared), tracked objects made meanwhile (the weak list of the modules and its entries), and "
        "garbage of the collection. The model runs one collection per entry "
        "(interp/shutdown.py finalize) and the counts enter its DEBUG_STATS lines.",
        by_home(_SHUTDOWN_UNSET, _SHUTDOWN_HOME),
        "[RUN 3.8.18-3.13.0] 'import gc; gc.set_debug(gc.DEBUG_STATS)' as the whole script: the "
        "shutdown collections' list lengths and unreachable counts, less the model's own "
        "(scripts/measure_startup_gc.py); Python/pylifecycle.c 3.10+ finalize_modules: "
        "_PyGC_CollectNoFail after finalize_remove_modules, after finalize_restore_builtins and after "
        "_PyImport_ClearModules; 3.8-3.9 Python/import.c PyImport_Cleanup: two",
    ),
    "startup_counts": Fact(
        "gc.get_count() of the real interpreter when it starts compiling the main script (pyrun_file, "
        "before it creates the parser arena), per start-up environment (STARTUP_ENVIRONMENTS): what "
        "start-up left in the three counters. Compiling the program (interp/compile_footprint.py) then "
        "moves them as CPython's compiler does. 3.12 without HOME passes threshold 0 in start-up, so "
        "the collection it schedules runs at the first bytecode before compilation (set_main_loader "
        "calls SourceFileLoader) and pyrun_file starts at (1, 5, 0); with HOME start-up allocates "
        "fewer objects, stays below the threshold and starts at (666, 4, 0).",
        by_home({"3.8": (423, 9, 0), "3.9": (569, 9, 0), "3.10": (39, 10, 0), "3.11": (221, 0, 2),
                 "3.12": (1, 5, 0), "3.13": (26, 3, 0)},
                {"3.8": (401, 9, 0), "3.9": (548, 9, 0), "3.10": (18, 10, 0), "3.11": (221, 0, 2),
                 "3.12": (666, 4, 0), "3.13": (3, 3, 0)}),
        "[GDB 3.8.18-3.13.0] scripts/read_startup_state.py: the interpreter's "
        "gc.generations[i].count read by gdb at the entry of pyrun_file (Python/pythonrun.c) of "
        "tests/conformance/cases/startup/no_nested_code.py, in run_real's environment "
        "(heapglass.conform.oracle.RUN_ENV) without and with HOME=/root; site.py: "
        "os.path.expanduser('~') reads HOME, else calls pwd.getpwuid (posixpath.expanduser). The "
        "number of other environment variables does not matter (0-50 dummy ones give the same "
        "counts)",
    ),
    "startup_stats": Fact(
        "gc.get_stats() of the real interpreter when it starts compiling the main script, per start-up "
        "environment (STARTUP_ENVIRONMENTS): per generation (collections, collected, uncollectable) of "
        "the automatic collections start-up ran.",
        by_home(_STARTUP_STATS, {**_STARTUP_STATS, "3.12": ((4, 24, 0), (0, 0, 0), (0, 0, 0))}),
        "[RUN 3.8.18-3.13.0, run_real's environment without and with HOME=/root] 'import gc; "
        "print(gc.get_stats())' as the first statement of a program whose compilation crosses no "
        "threshold (3.12 with HOME: the collection that would run before compilation does not happen)",
    ),
    # ---------------------------------------------------------------- compiling the main script
    "compile_floats_per_literal": Fact(
        "Float objects the parser makes for one float literal: (always, more when the literal is the "
        "first token of an assignment's value). The AST arena keeps all of them until the module has "
        "run (interp/compile_footprint.py parser_arena).",
        since("3.9", (1, 0), (2, 1)),
        "Python/ast.c 3.8: parsenumber once per NUMBER node; Parser/pegen.c 3.9+: the number token "
        "becomes a float each time a rule tries it, and assignment first tries the value's first "
        "token as another target; [RUN 3.8.18-3.13.0] free floats after 'import sys; "
        "sys._debugmallocstats()' then one line: none 3 3 4 4 3 5; 'c = 0.25', 'y = [0.25]', "
        "'x = (0.25, 1)' 2 0 1 1 0 2; 'x = [1, 0.25]', 'f(0.25)', 'return 0.25', 'if 0.25: pass' "
        "2 1 2 2 1 3",
    ),
    "compile_ste_objects": Fact(
        "GC objects ste_new makes for each symbol-table block (the entry itself is not a GC object): "
        "ste_symbols, ste_varnames, ste_children.",
        every(("dict", "list", "list")),
        "Python/symtable.c: ste_new (3.8-3.13); [RUN] gc.is_tracked(_symtable.symtable(...)) False, "
        "type flags without Py_TPFLAGS_HAVE_GC",
    ),
    "compile_directive_len": Fact(
        "Length of the tuple symtable_record_directive keeps in ste_directives for each name of a "
        "global or nonlocal statement: (name, lineno, col_offset) or, from 3.10, with the end "
        "positions too.",
        since("3.10", 3, 5),
        "Python/symtable.c: symtable_record_directive Py_BuildValue(\"(Nii)\") (3.8-3.9), "
        "\"(Niiii)\" (3.10+)",
    ),
    "compile_analyze_block_objects": Fact(
        "Temporaries of analyze_block for one block, in creation order: local, scopes, newglobal, "
        "newfree, newbound, allfree (sets, scopes a dict; 3.12+ inlined_cells instead of allfree).",
        every(("set", "dict", "set", "set", "set", "set")),
        "Python/symtable.c: analyze_block (3.8-3.13)",
    ),
    "compile_analyze_top_sets": Fact(
        "Sets symtable_analyze makes for the top block: free, global (and type_params from 3.12).",
        since("3.12", 2, 3),
        "Python/symtable.c: symtable_analyze (3.8-3.13)",
    ),
    "compile_analyze_child_sets": Fact(
        "Sets analyze_child_block copies for each child block (temp_bound, temp_free, temp_global, "
        "and temp_type_params from 3.12).",
        since("3.12", 3, 4),
        "Python/symtable.c: analyze_child_block (3.8-3.13; PEP 695 type_params in 3.12)",
    ),
    "compile_unit_objects": Fact(
        "GC objects compiler_enter_scope makes for one code unit, in order: u_varnames (list2dict), "
        "u_cellvars and u_freevars (dictbytype: the dict, then a PyDict_Keys list it sorts and frees), "
        "u_consts, u_names, and from 3.12 u_fasthidden.",
        since("3.12", ("dict", "dict", "keys_list", "dict", "keys_list", "dict", "dict"),
              ("dict", "dict", "keys_list", "dict", "keys_list", "dict", "dict", "dict")),
        "Python/compile.c: compiler_enter_scope, list2dict, dictbytype (3.8-3.13; u_metadata in "
        "3.12+, u_fasthidden for PEP 709)",
    ),
    "compile_code_tuples": Fact(
        "The tuples makecode builds for a code object, in order and in groups (a group's tuples are "
        "all built before the first is merged): name tuples from dict_keys_inorder (empty ones are "
        "the empty-tuple singleton) and co_consts (PyList_AsTuple of the list "
        "consts_dict_keys_inorder made first). Each is merged with an equal tuple already in the "
        "constant cache (merge_const_tuple / merge_const_one: a new (keys, tuple) key stays there).",
        since("3.11", (("names", "varnames", "cellvars", "freevars"), ("consts",)),
              (("names",), ("consts",), ("localsplusnames",))),
        "Python/compile.c: makecode 'merge_const_tuple(c, &names) ... &freevars' then consts "
        "(3.8-3.10); makecode merge_const_one(names), (consts), compute_localsplus_info + "
        "merge_const_one(localsplusnames) (3.11+)",
    ),
    "compile_merged_bytes": Fact(
        "Bytes objects of a code object that assemble merges through the constant cache (a new one "
        "leaves a (bytes, value) key tuple there until compiler_free).",
        {"3.8": (), "3.9": (), "3.10": ("linetable", "bytecode"),
         "3.11": ("linetable", "exceptiontable", "bytecode"),
         "3.12": ("linetable", "exceptiontable", "bytecode"),
         "3.13": ("linetable", "exceptiontable", "bytecode")},
        "Python/compile.c: assemble merge_const_one(a_lnotab / a_linetable, a_bytecode) (3.10), + "
        "a_except_table (3.11+; Python/assemble.c in 3.12+); [RUN 3.8-3.13] per empty function "
        "compiled but not run ('if x:' block), 3.8 and 3.10 differ by one count more per code object",
    ),
    "compile_linetable_columns": Fact(
        "The line table records column positions (PEP 657): two code objects' tables are equal only "
        "where their columns are; without them, where their instructions' lines relative to "
        "co_firstlineno are (equal tables are merged into one key of the constant cache).",
        since("3.11", False, True),
        "Python/compile.c 3.10: assemble_line_range (line deltas only); 3.11+ write_location_info_entry; "
        "[RUN 3.10.13, 3.11.7] startup/many_functions.py: 3 distinct co_linetable among 42 code "
        "objects on 3.10, 4 on 3.11",
    ),
    "compile_exception_handlers": Fact(
        "Code objects whose exception table has entries of the compiler's own beyond try/with "
        "statements: 'generator' = generator and coroutine bodies (the StopIteration handler around "
        "the body), 'inlined_comprehension' = code with an inlined comprehension (the handler that "
        "restores the pushed locals). Their tables are not the empty one other code objects share.",
        since("3.12", (), ("generator", "inlined_comprehension")),
        "Python/compile.c 3.12+: wrap_in_stopiteration_handler, compiler_comprehension (is_inlined: "
        "SETUP_FINALLY cleanup); [RUN 3.11.7-3.13.0] co_exceptiontable of a genexpr, a generator "
        "function, an async def and a module with a list comprehension: empty on 3.11, not on 3.12+",
    ),
    "compile_peephole_folds_tuples": Fact(
        "Tuples of constants folded after code generation (a BUILD_TUPLE of constants: the defaults "
        "of a def) are appended to the code's constant list by the peephole optimizer, with no key "
        "in the constant cache; from 3.10 the CFG optimizer adds them through the cache.",
        since("3.10", True, False),
        "Python/peephole.c: fold_tuple_on_constants PyList_Append(consts, newconst) (3.8-3.9); "
        "Python/compile.c 3.10+: fold_tuple_on_constants → add_const → merge_consts_recursive; "
        "[RUN 3.8-3.10] startup/default_tuples.py",
    ),
    "compile_annotations_list": Fact(
        "compiler_visit_annotations makes (and frees) a list of annotated names for every def, "
        "before the function's body is compiled.",
        since("3.10", True, False),
        "Python/compile.c: compiler_visit_annotations 'names = PyList_New(0)' (3.8-3.9; 3.10 counts "
        "annotations_len instead)",
    ),
    "compile_qualname_const": Fact(
        "MAKE_FUNCTION takes the qualified name from the enclosing code's constants.",
        since("3.11", True, False),
        "Python/compile.c: compiler_make_closure ADDOP_LOAD_CONST(qualname) (3.8-3.10); co_qualname "
        "(3.11+)",
    ),
    "compile_class_static_attributes": Fact(
        "A class body stores __firstlineno__ (an int constant) and __static_attributes__ (a tuple "
        "constant of the names its methods assign on self).",
        since("3.13", False, True),
        "Python/compile.c 3.13: compiler_class_body, compiler_static_attributes_tuple",
    ),
    "compile_removes_unused_consts": Fact(
        "The CFG optimizer drops constants no instruction loads any more (the items of a BUILD_TUPLE "
        "it folded, e.g. a def's defaults), keeping co_consts[0]; their keys were cached during "
        "code generation all the same.",
        since("3.12", False, True),
        "Python/flowgraph.c 3.12+: remove_unused_consts; [RUN 3.11.7-3.13.0] 'def f0(a=0, b=1, c=\'x\')' "
        "module co_consts keeps 1, 'x' before the folded (0, 1, 'x') on 3.11 only",
    ),
    "compile_optimizes_percent_format": Fact(
        "The AST optimizer turns \"'...%r...' % (x,)\" (a constant str with %s/%r/%a and a tuple display) "
        "into an f-string: the constants are the pieces of the format, not the format string.",
        since("3.11", False, True),
        "Python/ast_opt.c 3.11+: optimize_format; [RUN 3.8.18-3.13.0] \"'K0(%r)' % (self.x,)\" "
        "co_consts has 'K0(%r)' on 3.8-3.10, 'K0(' and ')' on 3.11-3.13",
    ),
    "compile_cell_args_first": Fact(
        "co_cellvars order: False = all cell names sorted (dictbytype); True = the cells that are "
        "arguments first, in argument order (they stay in their argument slots of localsplus), then "
        "the other cell names sorted. co_freevars is sorted in every version.",
        since("3.11", False, True),
        "Python/compile.c: dictbytype (sorted keys), 3.11+ compute_localsplus_info; [RUN 3.8.18-3.13.0] "
        "'def f(z, c): b = 1; a = 2; def g(): return b, a, z, c' co_cellvars ('a', 'b', 'c', 'z') "
        "3.8-3.10, ('z', 'c', 'a', 'b') 3.11-3.13; g co_freevars ('a', 'b', 'c', 'z') all",
    ),
    "compile_inlined_comprehension_state": Fact(
        "GC objects push_inlined_comprehension_state makes for an inlined comprehension that binds "
        "names, by the kind of the enclosing code, in creation order (all freed by "
        "pop_inlined_comprehension_state): fast_hidden (a set: module and class level, where the "
        "names become fast locals), temp_symbols (a dict: a class body, or a name whose scope "
        "differs outside, which the replay does not look for; 3.13 makes it for a module or function "
        "too), pushed_locals (a list).",
        {**since("3.12", {}, {"module": ("set", "list"), "class": ("set", "dict", "list"),
                              "function": ("list",), "lambda": ("list",), "comprehension": ("list",)}),
         "3.13": {"module": ("set", "dict", "list"), "class": ("set", "dict", "list"),
                  "function": ("dict", "list"), "lambda": ("dict", "list"), "comprehension": ("dict", "list")}},
        "Python/compile.c 3.12+: push_inlined_comprehension_state, pop_inlined_comprehension_state; "
        "[RUN 3.12.1, 3.13.0] compile() right after gc.collect() of '[s for s in g]' at module level, "
        "in a def and in a class body: 3.13 leaves one free dict more than 3.12 in the first two",
    ),
    "compile_inlines_comprehensions": Fact(
        "List, set and dict comprehensions are inlined: no code object of their own (PEP 709).",
        since("3.12", False, True),
        "Python/compile.c 3.12: compiler_comprehension / push_inlined_comprehension_state",
    ),
    "startup_permanent_immortals": Fact(
        "Immortal tracked objects that a start-up collection already moved to the permanent generation "
        "(update_refs): gc.get_freeze_count() before any gc.freeze(). gc.unfreeze() returns them to the "
        "oldest generation and its next collection moves them back.",
        {"3.8": 0, "3.9": 0, "3.10": 0, "3.11": 0, "3.12": 375, "3.13": 0},
        "[RUN 3.12.1] gc.get_freeze_count() == 375 at start-up with and without HOME, all immortal tuples (DEBUG_STATS: "
        "'objects in permanent generation: 375'); [RUN 3.8-3.11, 3.13.0] 0; Modules/gcmodule.c 3.12: "
        "update_refs",
    ),
    "has_is_finalized": Fact("gc.is_finalized exists.", since("3.9", False, True),
                             "Modules/gcmodule.c 3.9: gc_is_finalized; [RUN]"),
    "int_arg_type_error": Fact(
        "TypeError message when an int argument (collect, set_threshold, set_debug) gets another type; "
        "{type} is the argument's type name. A float has its own message where the value is not None.",
        since("3.10", {"default": "an integer is required (got type {type})",
                       "float": "integer argument expected, got float"},
              {"default": "'{type}' object cannot be interpreted as an integer", "float": None}),
        "Python/getargs.c / Objects/abstract.c: _PyLong_AsInt via __index__ (3.10 dropped __int__ "
        "fallback, bpo-37999); [RUN tests/heap/oracle/api_errors.py, api_errors2.py]",
    ),
    "set_threshold_arity_error": Fact(
        "TypeError messages of gc.set_threshold with no argument / more than three: (too_few, "
        "too_many); {n} is the number given.",
        since("3.13", ("set_threshold() takes at least 1 argument ({n} given)",
                       "set_threshold() takes at most 3 arguments ({n} given)"),
              ("gc.set_threshold requires 1 to 3 arguments", "gc.set_threshold requires 1 to 3 arguments")),
        "Modules/gcmodule.c: gc_set_threshold PyArg_ParseTuple 'i|ii:set_threshold' (3.8-3.12), "
        "explicit arity check (3.13); [RUN tests/heap/oracle/api_errors.py]",
    ),
}
