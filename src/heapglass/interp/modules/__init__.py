"""The simulated modules of the model, registered with the runtime's module registry by
`install(rt)`: `gc`, `sys`, `atexit`, `math`, `weakref` with its C half `_weakref` and `_weakrefset`.

* `gc`, `sys`, `atexit` and `_weakref` are builtin functions over the heap core and the runtime
  (gcmod.py, sysmod.py, atexitmod.py, weakrefmod.py; argument checking in args.py; version
  differences in facts.py; sys.getsizeof in sizeof.py); `math` computes on host values (mathmod.py);
* `weakref` and `_weakrefset` are CPython's own Lib/weakref.py and Lib/_weakrefset.py, each version
  running its own text (lib/, libsrc.py), with two tiny stand-ins for the parts of _collections_abc
  and itertools they import (lib/_heapglass_abc.py, lib/_heapglass_itertools.py);
* the first import of `weakref`, `atexit` and `math` has the real one's effect on the collector and
  on sys.getallocatedblocks(), including the garbage Lib/types.py leaves (footprint.py,
  lib/_heapglass_types.py);
* slots.py and shims.py route a few runtime protocol methods (weakref hashing and ==, proxy
  forwarding, module setattr, output through sys.stdout/sys.stderr) until the interpreter offers
  hooks for them.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from .atexitmod import make_atexit
from .footprint import TYPES_STANDIN, with_first_import_footprint
from .gcmod import make_gc
from .libsrc import lib_module
from .mathmod import make_math
from .shims import install_shims
from .sizeof import install_sizeof
from .slots import install_slots
from .sysmod import make_sys
from .weakrefmod import install_weakref_types, make_weakref_c

if TYPE_CHECKING:
    from ..runtime import Runtime


_installed: weakref.WeakSet = weakref.WeakSet()   # runtimes already set up (install is idempotent)


def install(rt: Runtime) -> None:
    """Register the modules' factories with `rt` (each module is created on first import) and give
    the weakref types their behaviour. Calling it again for the same runtime does nothing."""
    if rt in _installed:
        return
    _installed.add(rt)
    install_weakref_types(rt)
    install_slots(rt)
    install_shims(rt)
    install_sizeof(rt)
    rt.register_module("gc", with_first_import_footprint("gc", make_gc))
    rt.register_module("sys", make_sys)
    rt.register_module("atexit", with_first_import_footprint("atexit", make_atexit))
    rt.register_module("math", with_first_import_footprint("math", make_math))
    rt.register_module("_weakref", make_weakref_c)
    rt.register_module("_weakrefset", lib_module("_weakrefset.py"))
    rt.register_module("weakref", with_first_import_footprint("weakref", lib_module("weakref.py")))
    rt.register_module(TYPES_STANDIN, lib_module(f"{TYPES_STANDIN}.py"))
    rt.register_module("_heapglass_abc", lib_module("_heapglass_abc.py"))
    rt.register_module("_heapglass_itertools", lib_module("_heapglass_itertools.py"))


register_all = install
