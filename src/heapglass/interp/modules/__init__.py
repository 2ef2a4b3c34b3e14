"""The simulated modules of the model: `gc`, `sys`, `weakref` (with `_weakref`, `_weakrefset`) and
`atexit`, registered with the runtime's module registry by `install(rt)`.

`gc` and `sys` and the C half of `weakref` (`_weakref`: ref, proxy, getweakrefcount, getweakrefs,
_remove_dead_weakref) are builtin functions over the heap core; `weakref` and `_weakrefset` are
CPython's own pure-Python Lib/weakref.py and Lib/_weakrefset.py, trimmed to what the interpreter runs,
executed as simulated source (``lib/``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .atexitmod import make_atexit
from .gcmod import make_gc
from .libsrc import lib_module
from .shims import install_shims
from .sizeof import install_sizeof
from .slots import install_slots
from .sysmod import make_sys
from .weakrefmod import install_weakref_types, make_weakref_c

if TYPE_CHECKING:
    from ..runtime import Runtime


def install(rt: Runtime) -> None:
    """Register the modules' factories with `rt` (each module is created on first import)."""
    install_weakref_types(rt)
    install_slots(rt)
    install_shims(rt)
    install_sizeof(rt)
    rt.register_module("gc", make_gc)
    rt.register_module("sys", make_sys)
    rt.register_module("atexit", make_atexit)
    rt.register_module("_weakref", make_weakref_c)
    rt.register_module("_weakrefset", lib_module("_weakrefset.py"))
    rt.register_module("weakref", lib_module("weakref.py"))
    rt.register_module("_heapglass_abc", lib_module("_heapglass_abc.py"))
    rt.register_module("_heapglass_itertools", lib_module("_heapglass_itertools.py"))


register_all = install
