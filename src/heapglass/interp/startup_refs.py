"""The references the real start-up heap holds to objects a program can reach.

The model builds only part of CPython's start-up heap (profiles/gc.py startup_old_objects counts the
rest); the objects it does not build — site's and the import machinery's modules, functions and
classes, and the dict copies of single-phase modules (`m_copy`, _PyImport_FixupExtensionObject) —
refer to builtin functions and types, to the sys and builtins modules and, from 3.10 (func_builtins),
to the builtins dict. `sys.getrefcount` counts them, so the model adds them (profile fact
interp.startup_references, measured by scripts/measure_startup_refs.py) as references owned by that
unbuilt heap: they are never released, as CPython releases them only at exit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..heap.header import IMMORTAL

if TYPE_CHECKING:
    from ..heap.objects import HObject
    from .objects import HModule
    from .runtime import Runtime


def _table(rt: Runtime, when: str) -> dict[str, int]:
    return rt.profile.interp.startup_references[rt.heap.gc.startup_environment].get(when, {})


def _add(rt: Runtime, obj: HObject | None, n: int) -> None:
    if obj is not None and not obj.gc_flags & IMMORTAL:
        obj.ob_refcnt += n


def _resolve(rt: Runtime, key: str, module: HModule | None = None, name: str = "") -> HObject | None:
    """The object a table key names: 'module.sys', 'module.builtins', 'dict.builtins', or
    '<module>.<attribute>' of builtins, sys or the module being imported, 'module.<name>' that
    module itself; 'int.<n>' a small int, 'char.<code>' a latin-1 one-character string,
    'interned.<code>' its other interned copy, 'const.<name>' None, True, False, '', b'', ()."""
    if key == "module.sys":
        return rt.modules.get("sys")
    if key == "module.builtins":
        return rt.builtins_module
    if key == "dict.builtins":
        return rt.builtins_module.dict
    prefix, _, attr = key.partition(".")
    if prefix == "int":
        return rt.small_ints[int(attr) + 5]
    if prefix == "char":
        return rt.chars[int(attr)]
    if prefix == "interned":
        return rt.str_const(chr(int(attr)))
    if prefix == "const":
        return {"None": rt.none, "True": rt.true, "False": rt.false, "str": rt.empty_str,
                "bytes": rt.empty_bytes, "tuple": rt.empty_tuple}.get(attr)
    if prefix == "module" and attr == name:
        return module
    owner = {"builtins": rt.builtins_module, "sys": rt.modules.get("sys")}.get(prefix)
    if prefix == name:
        owner = module
    if owner is None:
        return None
    entry = owner.dict.entries.get(attr)
    return entry[1] if entry is not None else None


def add_startup_references(rt: Runtime) -> None:
    """End of start-up: the references to sys, builtins, the builtins dict and their attributes."""
    for key, n in _table(rt, "startup").items():
        _add(rt, _resolve(rt, key), n)


def add_module_references(rt: Runtime, module: HModule, name: str) -> None:
    """A module the model makes at its first import (gc, math, weakref): the references CPython's
    import adds beyond the model's, to its attributes and to builtins and sys objects."""
    for key, n in _table(rt, name).items():
        _add(rt, _resolve(rt, key, module, name), n)
