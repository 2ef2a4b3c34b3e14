"""The simulated `gc` module: Modules/gcmodule.c's functions and constants, as builtin functions that
wrap the heap core's `GCModule` (heap/gcmodule.py) — the collection itself is the heap's.

Each function checks its arguments the way its C calling convention does (METH_NOARGS, METH_O,
METH_VARARGS, Argument Clinic) with the version's messages (`args.py`), converts simulated arguments
to what `GCModule` takes, and converts the result back. `gc.garbage` and `gc.callbacks` are the very list
objects the collector appends to and calls (`heap.gc.garbage`, `heap.gc.callbacks`). DEBUG_* output
goes to the program's stderr (the collector writes it through the runtime).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...heap.gcmodule import GCModule
from ...heap.kinds import HLeaf, HTuple
from ...heap.objects import HObject
from .args import c_int, clinic, host_call, no_keywords, noargs, one_arg

if TYPE_CHECKING:
    from ..runtime import Runtime

MODULE = "gc"
# The functions that receive their arguments as a tuple (METH_VARARGS; 3.13's Argument Clinic *args
# builds one too): each call is a GC allocation (Modules/gcmodule.c, Python/gc.c method tables).
METH_VARARGS = frozenset({"set_threshold", "get_referrers", "get_referents"})
DEBUG_FLAGS = ("DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK")


def _gc_int(rt: Runtime, o: HObject) -> int:
    """A C int argument of a gc function (gc_collect_impl's generation, set_debug's flags)."""
    return c_int(rt, o, float_message=rt.profile.gc.int_arg_type_error["float"])


def call_args_tuple(rt: Runtime, args: list) -> HObject | None:
    """The METH_VARARGS argument tuple of the running call: the interpreter allocated it just before
    calling, so it is the newest object of generation 0 and holds exactly `args`."""
    newest = rt.heap.gc.generations[0].gc_prev
    if isinstance(newest, HTuple) and len(newest.items) == len(args) and \
            all(a is b for a, b in zip(newest.items, args)):
        return newest
    return None


def make_gc(rt: Runtime) -> HObject:
    """Module factory: the `gc` module of `rt` (a new reference)."""
    g = GCModule(rt.heap)

    def collect(rt: Runtime, args: list, kw: Any) -> HObject:
        # gc_collect_impl: collect(generation=2) -> collected + uncollectable
        (gen,) = clinic(rt, "collect", ("generation",), 0, args, kw)
        n = 2 if gen is None else _gc_int(rt, gen)
        return rt.new_int(host_call(rt, g.collect, n))

    def set_threshold(rt: Runtime, args: list, kw: Any) -> HObject:
        # gc_set_threshold: PyArg_ParseTuple "i|ii" (3.8-3.12), an explicit arity check (3.13)
        no_keywords(rt, MODULE, "set_threshold", kw, varargs=True)
        if not 1 <= len(args) <= 3:
            host_call(rt, g.set_threshold, *([0] * len(args)))
        values = [a.value if isinstance(a, HLeaf) and isinstance(a.value, int) else _gc_int(rt, a)
                  for a in args]
        host_call(rt, g.set_threshold, *values)
        return rt.new_none()

    def set_debug(rt: Runtime, args: list, kw: Any) -> HObject:
        g.set_debug(_gc_int(rt, one_arg(rt, MODULE, "set_debug", args, kw)))
        return rt.new_none()

    def get_objects(rt: Runtime, args: list, kw: Any) -> HObject:
        # gc_get_objects_impl: the result list is made after the walk, so it never lists itself
        (gen,) = clinic(rt, "get_objects", ("generation",), 0, args, kw)
        if gen is None or gen is rt.none:
            value = None
        elif isinstance(gen, HLeaf) and isinstance(gen.value, int):
            value = int(gen.value)
        else:
            rt.raise_type("TypeError", f"argument should be integer or None, not '{gen.ob_type.name}'")
            raise AssertionError
        return rt.new_list(host_call(rt, g.get_objects, value))

    def get_referrers(rt: Runtime, args: list, kw: Any) -> HObject:
        # gc_get_referrers: the call's own argument tuple refers to every argument, and CPython
        # skips it (gc_referrers_for: "if (obj == objs || obj == resultlist) continue")
        no_keywords(rt, MODULE, "get_referrers", kw, varargs=True)
        argt = call_args_tuple(rt, args)
        return rt.new_list([op for op in g.get_referrers(*args) if op is not argt])

    def get_referents(rt: Runtime, args: list, kw: Any) -> HObject:
        no_keywords(rt, MODULE, "get_referents", kw, varargs=True)
        return rt.new_list(g.get_referents(*args))

    def is_tracked(rt: Runtime, args: list, kw: Any) -> HObject:
        return rt.new_bool(g.is_tracked(one_arg(rt, MODULE, "is_tracked", args, kw)))

    def is_finalized(rt: Runtime, args: list, kw: Any) -> HObject:
        return rt.new_bool(g.is_finalized(one_arg(rt, MODULE, "is_finalized", args, kw)))

    def no_arg(name: str, fn: Callable[[], Any]) -> Callable:
        def call(rt: Runtime, args: list, kw: Any) -> HObject:
            noargs(rt, MODULE, name, args, kw)
            return rt.from_host(fn())
        return call

    fns: dict[str, Callable] = {
        "enable": no_arg("enable", g.enable), "disable": no_arg("disable", g.disable),
        "isenabled": no_arg("isenabled", g.isenabled), "collect": collect,
        "get_debug": no_arg("get_debug", g.get_debug), "get_objects": get_objects,
        "get_stats": no_arg("get_stats", g.get_stats), "set_debug": set_debug,
        "set_threshold": set_threshold, "get_threshold": no_arg("get_threshold", g.get_threshold),
        "get_count": no_arg("get_count", g.get_count), "get_referrers": get_referrers,
        "get_referents": get_referents, "is_tracked": is_tracked, "is_finalized": is_finalized,
        "freeze": no_arg("freeze", g.freeze), "unfreeze": no_arg("unfreeze", g.unfreeze),
        "get_freeze_count": no_arg("get_freeze_count", g.get_freeze_count),
    }
    if not rt.profile.gc.has_is_finalized:
        del fns["is_finalized"]
    builds_tuple = rt.profile.gc.clinic_varargs_functions
    module = rt.new_module(MODULE)
    attrs: dict[str, HObject] = {name: rt.define_builtin(name, fn, f"{MODULE}.{name}",
                                                         varargs=name in METH_VARARGS,
                                                         own_tuple=name in builds_tuple, module=module)
                                 for name, fn in fns.items()}
    for flag in DEBUG_FLAGS:
        attrs[flag] = rt.new_int(getattr(g, flag))
    for name, lst in (("garbage", g.garbage), ("callbacks", g.callbacks)):
        rt.incref(lst)
        attrs[name] = lst
    rt.add_module_attrs(module, attrs)
    return module
