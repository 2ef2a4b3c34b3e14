"""Interpreter shutdown in CPython's order (Py_FinalizeEx): atexit callbacks (weakref.finalize's hook
among them), then __main__'s globals torn down as _PyModule_ClearDict does — names beginning with a
single underscore set to None first, then every other name except __builtins__, each in dict order —
so the __del__ output at exit matches."""

from __future__ import annotations

from typing import Any

from .errors import PyErr
from .objects import HModule


def finalize(rt: Any, status: int) -> int:
    """Run exit-time work in Py_FinalizeEx's order; returns the (possibly changed) exit status.

    1. atexit callbacks, newest first (atexit_callfuncs);
    2. if the collector is enabled, a full collection with everything still alive
       (_PyGC_CollectIfEnabled in Py_FinalizeEx): it finds little garbage, but it moves the
       survivors to the oldest generation in traversal (breadth-first) order — the order the final
       collection later finalizes them in;
    3. sys.last_value and the like are dropped, and every module is removed from sys.modules
       (finalize_remove_modules) — the model keeps only a weak handle on each;
    4. a full collection (_PyGC_CollectNoFail): a module whose dict is in a cycle with its functions
       and classes is garbage now, and its objects' __del__ run in collection order while the
       globals are still intact;
    5. the dicts of modules still alive are cleared (finalize_modules_clear_weaklist, newest module
       first) by _PyModule_ClearDict;
    6. finalize_modules' other full collections (profile fact gc.shutdown_collections: one more
       through 3.9, two from 3.10), which find what clearing the dicts left in cycles. The real
       start-up heap's unbuilt objects die along the way as that fact says.
    """
    from ..heap.collector import REASON_MANUAL, REASON_SHUTDOWN, gc_collect_main
    from ..heap.header import FREED
    from .modules.atexitmod import atexit_callfuncs
    last = atexit_callfuncs(rt)
    if last is not None:
        rt.clear_error(last)
    rt.heap.gc.startup_atexit_done()
    if rt.heap.gc.enabled:
        gc_collect_main(rt.heap.gc, 2, REASON_MANUAL)
    last = getattr(rt, "last_exc", None)
    if last is not None:
        rt.last_exc = None
        rt.decref(last)
    weak = []
    for name, m in list(rt.modules.items()):
        if name == "builtins":
            continue
        if isinstance(m, HModule):   # a program may have stored anything in sys.modules
            weak.append(m)
        del rt.modules[name]
    rt.main_module = None
    rt.finalizing = True
    gcstate = rt.heap.gc
    first, *later = gcstate.profile_shutdown_collections()
    gcstate.startup_objects_die(*first)
    gc_collect_main(gcstate, 2, REASON_SHUTDOWN)
    for m in reversed(weak):
        if m.gc_flags & FREED or m.ob_refcnt <= 0 or m.dict is None:
            continue
        clear_module_dict(rt, m.dict)
    # the rest of finalize_modules' collections: after the modules dict is cleared and builtins
    # restored, and (3.10+) after _PyImport_ClearModules
    for step in later:
        gcstate.startup_objects_die(*step)
        gc_collect_main(gcstate, 2, REASON_SHUTDOWN)
    return status


def clear_module_dict(rt: Any, d: Any) -> None:
    """_PyModule_ClearDict: two passes setting values to None."""
    if rt.profile.interp.module_teardown_underscore_first:
        passes = (lambda k: k.startswith("_") and not k.startswith("__"),
                  lambda k: not k.startswith("__") or (k != "__builtins__" and not k.startswith("__")))
    else:
        passes = (lambda k: k != "__builtins__",)
    for pred in passes:
        for tok, (k, v) in list(d.entries.items()):
            if not isinstance(tok, str) or not pred(tok) or v is rt.none:
                continue
            if tok not in d.entries:
                continue
            try:
                rt.dict_setitem_str(d, tok, rt.none)
            except PyErr as err:
                rt.report_unraisable(err, v)
