"""The simulated `atexit` module (Modules/atexitmodule.c): register / unregister functions that the
interpreter's shutdown (`interp/shutdown.py`, Py_FinalizeEx → atexit_callfuncs) calls newest first.
The registry is the runtime's ``rt.atexit`` list of (function, arguments), which owns a reference to
each; weakref.finalize registers its ``_exitfunc`` here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...heap.objects import HObject
from ..errors import PyErr
from ..tracebacks import format_exception
from .args import func_str, noargs, one_arg
from .facts import module_facts
from .weakrefmod import is_callable

if TYPE_CHECKING:
    from ..runtime import Runtime

MODULE = "atexit"


def make_atexit(rt: Runtime) -> HObject:
    """Module factory: `atexit` (a new reference)."""

    def register(rt: Runtime, args: list, kw: Any) -> HObject:
        # atexit_register: register(func, *args, **kwargs) -> func
        if not args:
            rt.raise_type("TypeError", "register() takes at least 1 argument (0 given)")
        fn = args[0]
        if not is_callable(rt, fn):
            rt.raise_type("TypeError", "the first argument must be callable")
        if kw:
            rt.unsupported("atexit.register with keyword arguments")
        for a in args:            # the registry owns the function and its arguments
            rt.incref(a)
        rt.atexit.append((fn, list(args[1:])))
        return rt.from_host(fn)

    def unregister(rt: Runtime, args: list, kw: Any) -> HObject:
        # atexit_unregister: drop every registration of func (compared with ==)
        fn = one_arg(rt, MODULE, "unregister", args, kw)
        keep = []
        for entry in rt.atexit:
            if entry[0] is fn or rt.eq(entry[0], fn):
                release_entry(rt, entry)
            else:
                keep.append(entry)
        rt.atexit[:] = keep
        return rt.new_none()

    def run_exitfuncs(rt: Runtime, args: list, kw: Any) -> HObject:
        # atexit_run_exitfuncs: the callbacks now, newest first; 3.8-3.9 re-raise the last error
        noargs(rt, MODULE, "_run_exitfuncs", args, kw)
        last = atexit_callfuncs(rt)
        if last is not None:
            raise last
        return rt.new_none()

    def clear(rt: Runtime, args: list, kw: Any) -> HObject:
        # atexit_clear -> atexit_cleanup: forget every registration
        noargs(rt, MODULE, "_clear", args, kw)
        atexit_cleanup(rt)
        return rt.new_none()

    def ncallbacks(rt: Runtime, args: list, kw: Any) -> HObject:
        if args or kw:
            rt.raise_type("TypeError", f"{func_str(rt, MODULE, '_ncallbacks')}() takes no arguments")
        return rt.new_int(len(rt.atexit))

    # register is METH_VARARGS | METH_KEYWORDS: each call allocates its argument tuple
    module = rt.new_module(MODULE)
    attrs = {name: rt.define_builtin(name, fn, f"{MODULE}.{name}", varargs=name == "register", module=module)
             for name, fn in (("register", register), ("unregister", unregister),
                              ("_clear", clear), ("_run_exitfuncs", run_exitfuncs),
                              ("_ncallbacks", ncallbacks))}
    rt.add_module_attrs(module, attrs)
    return module


def atexit_callfuncs(rt: Runtime) -> PyErr | None:
    """atexit_callfuncs: call every registered function, newest first, then forget them all
    (atexit_cleanup). A callback's exception is reported as the version does (module fact
    atexit_callback_errors); with 'display' the last one that was not SystemExit is returned, for
    atexit._run_exitfuncs() to raise."""
    header = module_facts(rt.profile).atexit_callback_errors
    display = header == "display"
    last: PyErr | None = None
    for fn, args in reversed(list(rt.atexit)):
        rt.incref(fn)        # bpo-46025: the call may unregister it
        try:
            rt.decref(rt.call(fn, args, None))
        except PyErr as err:
            if not display:
                rt.report_unraisable(err, fn, header)
            else:
                if last is not None:
                    rt.clear_error(last)
                last = err
                if err.type is not rt.builtin_types["SystemExit"]:
                    rt.write_stderr("Error in atexit._run_exitfuncs:\n")
                    rt.write_stderr(format_exception(rt, err.exc))
        finally:
            rt.decref(fn)
    atexit_cleanup(rt)
    return last


def atexit_cleanup(rt: Runtime) -> None:
    """atexit_cleanup: drop the registry's references to every function and its arguments."""
    entries, rt.atexit[:] = list(rt.atexit), []
    for entry in entries:
        release_entry(rt, entry)


def release_entry(rt: Runtime, entry: tuple[HObject, list[HObject]]) -> None:
    """The registry's references to one registration: its function, then its arguments."""
    rt.decref(entry[0])
    for a in entry[1]:
        rt.decref(a)
