"""The interpreter's module registry (interp->modules), which is the dict `sys.modules` names.

CPython keeps one dict of the loaded modules: the import system reads and fills it
(import_get_module, _bootstrap._load_unlocked: `sys.modules[name] = module`), `sys.modules` is that
same object (_PySys_Create: `SET_SYS("modules", modules)`), and a program that deletes or replaces an
entry changes what the next `import` finds. `ModuleRegistry` is the runtime's host-side handle on
that dict: an HDict on the simulated heap, so a program's `sys.modules['gc'] is gc`, `del
sys.modules[...]`, and the references and GC edges from the dict to its modules are CPython's.

It holds only the modules the model has (builtins, sys, __main__ and those a program imported —
plus the few stand-in modules the model's Lib/weakref.py imports under their own names); the
modules the real start-up imports and the model does not build (site, encodings, io, the import
machinery ...) are not faked. Its keys table has the size the real start-up leaves (profile fact
alloc.sys_modules_dict_keys_log2), so imports do not resize it where CPython's does not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..alloc import dictkeys

if TYPE_CHECKING:
    from ..heap.kinds import HDict
    from ..heap.objects import HObject
    from .runtime import Runtime


class ModuleRegistry:
    """`rt.modules`: name -> module, read and written through the `sys.modules` HDict. The registry
    owns the dict's creation reference (interp->modules); storing a module steals the caller's
    reference, deleting one releases the dict's."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.dict: HDict = rt.new_dict()
        dictkeys.presize(rt.heap.memory, self.dict, rt.profile.alloc.sys_modules_dict_keys_log2)

    def get(self, name: str) -> HObject | None:
        """The entry under the str key `name` (borrowed), or None."""
        entry = self.dict.entries.get(name)
        return None if entry is None else entry[1]

    def __contains__(self, name: str) -> bool:
        return name in self.dict.entries

    def __setitem__(self, name: str, module: HObject) -> None:
        """sys.modules[name] = module, taking over the caller's reference."""
        self.rt.dict_setitem_str(self.dict, name, module, steal=True)

    def __delitem__(self, name: str) -> None:
        """del sys.modules[name]: the dict's references to the key and the module are released."""
        self.rt.dict_delitem_str(self.dict, name)

    def items(self) -> Iterator[tuple[str, HObject]]:
        """The entries with str keys, in insertion order (a program may add others)."""
        for tok, (_key, value) in list(self.dict.entries.items()):
            if isinstance(tok, str):
                yield tok, value
