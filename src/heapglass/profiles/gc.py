"""Profile section `gc`: the cycle collector and its generations, per CPython version."""

from __future__ import annotations

from .base import Fact, every, since

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
    "startup_old_objects": Fact(
        "Tracked objects of the real start-up heap (modules, functions, classes, their dicts ...) in "
        "the oldest generation after a first full collection in a fresh `python prog.py`. The model "
        "builds only some of them; the rest are counted, not built (GCState.unbuilt_*), so that "
        "long_lived_total (the 25 % rule of the oldest generation) and the freeze count see them.",
        {"3.8": 4483, "3.9": 4596, "3.10": 4719, "3.11": 11092, "3.12": 4974, "3.13": 5065},
        "[RUN 3.8.18-3.13.0] import gc; gc.collect(); len(gc.get_objects(2)) at the top of a script",
    ),
    "startup_counts": Fact(
        "gc.get_count() of the real interpreter when it starts compiling the main script: what start-up "
        "left in the three counters. Automatic collections of a program that does not begin with "
        "gc.collect() happen when they do because of it.",
        {"3.8": (395, 9, 0), "3.9": (543, 9, 0), "3.10": (16, 10, 0), "3.11": (225, 0, 2),
         "3.12": (668, 4, 0), "3.13": (5, 3, 0)},
        "[RUN 3.8.18-3.13.0, `python c0.py` with PYTHONUNBUFFERED=1 and stdout a pipe, c0.py = "
        "'import gc; print(gc.get_count())'] printed (419, 9, 0), (568, 9, 0), (41, 10, 0), (249, 0, 2), "
        "(692, 4, 0), (29, 3, 0) (stable run to run); minus the model's own GC allocations for compiling "
        "and running c0.py up to that print (24; 25 on 3.9-3.10: module, code constants, the gc module)",
    ),
    "startup_permanent_immortals": Fact(
        "Immortal tracked objects that a start-up collection already moved to the permanent generation "
        "(update_refs): gc.get_freeze_count() before any gc.freeze(). gc.unfreeze() returns them to the "
        "oldest generation and its next collection moves them back.",
        {"3.8": 0, "3.9": 0, "3.10": 0, "3.11": 0, "3.12": 375, "3.13": 0},
        "[RUN 3.12.1] gc.get_freeze_count() == 375 at start-up, all immortal tuples (DEBUG_STATS: "
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
