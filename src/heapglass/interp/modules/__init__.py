"""The simulated modules of the model: `gc`, `sys`, `weakref` (with `_weakref`, `_weakrefset`) and
`atexit`, registered with the runtime's module registry by `install(rt)`.

`gc` and `sys` and the C half of `weakref` (`_weakref`: ref, proxy, getweakrefcount, getweakrefs,
_remove_dead_weakref) are builtin functions over the heap core; `weakref` and `_weakrefset` are
CPython's own pure-Python Lib/weakref.py and Lib/_weakrefset.py, trimmed to what the interpreter runs,
executed as simulated source (``lib/``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gcmod import make_gc
from .sysmod import make_sys

if TYPE_CHECKING:
    from ..runtime import Runtime


def install(rt: Runtime) -> None:
    """Register the modules' factories with `rt` (each module is created on first import)."""
    rt.register_module("gc", make_gc)
    rt.register_module("sys", make_sys)


register_all = install
