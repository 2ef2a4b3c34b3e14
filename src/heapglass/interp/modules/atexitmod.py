"""The simulated `atexit` module (Modules/atexitmodule.c): register / unregister functions that the
interpreter's shutdown (`interp/shutdown.py`, Py_FinalizeEx → atexit_callfuncs) calls newest first.
The registry is the runtime's ``rt.atexit`` list of (function, arguments), which owns a reference to
each; weakref.finalize registers its ``_exitfunc`` here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...heap.objects import HObject
from .args import func_str, one_arg
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
                rt.decref(entry[0])
                for a in entry[1]:
                    rt.decref(a)
            else:
                keep.append(entry)
        rt.atexit[:] = keep
        return rt.new_none()

    def ncallbacks(rt: Runtime, args: list, kw: Any) -> HObject:
        if args or kw:
            rt.raise_type("TypeError", f"{func_str(rt, MODULE, '_ncallbacks')}() takes no arguments")
        return rt.new_int(len(rt.atexit))

    # register is METH_VARARGS | METH_KEYWORDS: each call allocates its argument tuple
    attrs = {name: rt.define_builtin(name, fn, f"{MODULE}.{name}", varargs=name == "register")
             for name, fn in (("register", register), ("unregister", unregister),
                              ("_ncallbacks", ncallbacks))}
    module = rt.new_module(MODULE, attrs)
    for v in attrs.values():
        rt.decref(v)
    return module
