"""When the main script's nested code objects die, and the tuples they keep (co_consts, co_names ...)
with them.

A code object lives while something holds it: its parent code's co_consts, and every function made
from it (func_code), every generator running it (gi_code / the frame's f_code). pyrun_file drops the
module's code object when the module has run (run_mod: Py_DECREF(co)), so then a class body's code
and a comprehension's (3.8-3.11) die at once — only the parent held them — and a function's code
lives until its last function object goes. compile_footprint.py made their tuples; this module
frees them at those moments. [RUN 3.8.18-3.13.0] 'class A: pass' then DEBUG_STATS left on: the
first shutdown collection lists 2 objects fewer than while the module ran (its code's tuples).

The model's code objects are host `CodeInfo`s matched to the footprint's units by qualname and first
line; codes that share both share one record (freed when both have no holder).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .objects import HFunction, HGenerator

if TYPE_CHECKING:
    from ..heap.objects import HObject
    from .compile_shapes import Unit
    from .runtime import Runtime


class CodeTuples:
    """A nested code object whose parent is gone: its tuples, the records of its own nested codes,
    and how many functions and generators still hold it."""

    __slots__ = ("children", "holders", "parent_alive", "released", "tuples")

    def __init__(self, tuples: list[HObject], holders: int) -> None:
        self.tuples = tuples
        self.children: list[CodeTuples] = []
        self.holders = holders
        self.parent_alive = True
        self.released = False

    def parent_gone(self) -> Iterator[HObject]:
        """The parent code died (code_dealloc of the parent: its co_consts tuple let go)."""
        self.parent_alive = False
        yield from self._maybe_release()

    def drop_holder(self) -> Iterator[HObject]:
        """A function or generator holding this code died (func_dealloc / gen_dealloc)."""
        self.holders = max(0, self.holders - 1)
        yield from self._maybe_release()

    def _maybe_release(self) -> Iterator[HObject]:
        if self.released or self.parent_alive or self.holders:
            return
        self.released = True       # code_dealloc: co_consts, co_names ... then the nested codes
        tuples, self.tuples = self.tuples, []
        yield from reversed(tuples)
        for child in self.children:
            yield from child.parent_gone()


def module_code_freed(rt: Runtime, module: Unit, unit_tuples: dict[int, list[HObject]]) -> None:
    """run_mod dropped the module's code object: each nested code loses its parent's reference; the
    ones no function or generator holds die now, the rest when their last holder does."""
    holders: dict[tuple[str, int], list[Any]] = {}
    for gen in (*rt.heap.gc.generations, rt.heap.gc.permanent):
        for op in gen:
            if isinstance(op, (HFunction, HGenerator)) and op.code is not None:
                holders.setdefault((op.code.qualname, op.code.firstlineno), []).append(op.code)

    def record(unit: Unit) -> CodeTuples:
        codes = holders.get((unit.qualname, unit.firstlineno), [])
        rec = CodeTuples(unit_tuples.get(id(unit), []), len(codes))
        for code in codes:
            code.orphan = rec
        rec.children = [record(u) for u in unit.consts if _is_unit(u)]
        return rec

    freed: list[HObject] = []
    for child in module.consts:
        if _is_unit(child):
            freed.extend(record(child).parent_gone())
    for o in freed:
        rt.decref(o)


def _is_unit(value: Any) -> bool:
    from .compile_shapes import Unit
    return isinstance(value, Unit)
