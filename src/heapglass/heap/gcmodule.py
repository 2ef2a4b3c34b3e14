"""The `gc` module's API on a simulated heap, with the real module's semantics, errors and results.

Mirrors Modules/gcmodule.c (gc_collect_impl, gc_get_objects_impl, gc_get_referrers, ...). Arguments and
results are host values (ints, tuples, dicts, host lists of `HObject`); the interpreter's ``gc``
module wraps a `GCModule` and converts. Bad arguments raise the host exception CPython raises, with
its message for the profile's version (TypeError, ValueError, OverflowError).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .collector import (
    DEBUG_COLLECTABLE,
    DEBUG_LEAK,
    DEBUG_SAVEALL,
    DEBUG_STATS,
    DEBUG_UNCOLLECTABLE,
    REASON_MANUAL,
)
from .gclist import gc_list_merge
from .header import FINALIZED
from .objects import HObject
from .unbuilt import PERMANENT

if TYPE_CHECKING:
    from .heap import Heap

INT_MAX = 2**31 - 1
INT_MIN = -(2**31)


class GCModule:
    """`gc` for one heap. Method names and behaviour are the real module's."""

    DEBUG_STATS = DEBUG_STATS
    DEBUG_COLLECTABLE = DEBUG_COLLECTABLE
    DEBUG_UNCOLLECTABLE = DEBUG_UNCOLLECTABLE
    DEBUG_SAVEALL = DEBUG_SAVEALL
    DEBUG_LEAK = DEBUG_LEAK

    def __init__(self, heap: Heap) -> None:
        self.heap = heap
        self.state = heap.gc

    # ------------------------------------------------------------------ argument checks
    def _c_int(self, value: Any, overflow: str = "Python int too large to convert to C int") -> int:
        """An `int` argument converted as _PyLong_AsInt does (bool is an int)."""
        if not isinstance(value, int):
            msgs = self.heap.profile.gc.int_arg_type_error
            if isinstance(value, float) and msgs["float"]:
                raise TypeError(msgs["float"])
            raise TypeError(msgs["default"].format(type=type(value).__name__))
        if not INT_MIN <= value <= INT_MAX:
            raise OverflowError(overflow)
        return int(value)

    def _objects(self, what: str, objs: tuple[Any, ...]) -> tuple[HObject, ...]:
        """The arguments of an introspection function must be objects of this heap."""
        for o in objs:
            if not isinstance(o, HObject) or getattr(o, "heap", None) not in (self.heap, None):
                raise TypeError(f"gc.{what}() takes objects of this heap, not {type(o).__name__}")
        return objs

    # ------------------------------------------------------------------ collection
    def collect(self, generation: Any = 2) -> int:
        """gc.collect(generation=2): collected + uncollectable; 0 if a collection is running."""
        g = self._c_int(generation)
        if not 0 <= g < len(self.state.generations):
            raise ValueError("invalid generation")
        return self.state.collect(g, REASON_MANUAL)

    def enable(self) -> None:
        self.state.enabled = True

    def disable(self) -> None:
        """Stops automatic collections only: allocations are still counted."""
        self.state.enabled = False

    def isenabled(self) -> bool:
        return self.state.enabled

    # ------------------------------------------------------------------ tuning and statistics
    def get_threshold(self) -> tuple[int, ...]:
        return tuple(self.state.thresholds)

    def set_threshold(self, *thresholds: Any) -> None:
        """gc.set_threshold(threshold0[, threshold1[, threshold2]]): 0 disables automatic collection;
        negative values are accepted as CPython accepts them."""
        too_few, too_many = self.heap.profile.gc.set_threshold_arity_error
        if not thresholds:
            raise TypeError(too_few.format(n=0))
        if len(thresholds) > 3:
            raise TypeError(too_many.format(n=len(thresholds)))
        values = []
        for t in thresholds:    # PyArg_ParseTuple "i": its own overflow messages
            if isinstance(t, int) and t > INT_MAX:
                raise OverflowError("signed integer is greater than maximum")
            if isinstance(t, int) and t < INT_MIN:
                raise OverflowError("signed integer is less than minimum")
            values.append(self._c_int(t))
        for i, v in enumerate(values):
            self.state.thresholds[i] = v

    def get_count(self) -> tuple[int, ...]:
        """The three counters (not the list lengths)."""
        return tuple(self.state.counts)

    def get_stats(self) -> list[dict[str, int]]:
        return [dict(s) for s in self.state.stats]

    def set_debug(self, flags: Any) -> None:
        self.state.debug = self._c_int(flags)

    def get_debug(self) -> int:
        return self.state.debug

    @property
    def garbage(self) -> HObject:
        """The gc.garbage list object."""
        return self.state.get_garbage()

    @property
    def callbacks(self) -> HObject:
        """The gc.callbacks list object."""
        return self.state.get_callbacks()

    # ------------------------------------------------------------------ introspection
    def get_objects(self, generation: Any = None) -> list[HObject]:
        """Every tracked object, generation 0 first, each list in its order (gc_get_objects_impl);
        with a generation, only that one. -1 means None, as in CPython."""
        gens = self.state.generations
        if generation is not None:
            if not isinstance(generation, int):
                raise TypeError(f"argument should be integer or None, not '{type(generation).__name__}'")
            if generation >= len(gens):
                raise ValueError("generation parameter must be less than the number of available "
                                 f"generations ({len(gens)})")
            if generation < -1:
                raise ValueError("generation parameter cannot be negative")
            if generation >= 0:
                return list(gens[generation])
        return [op for g in gens for op in g]

    def get_referrers(self, *objs: HObject) -> list[HObject]:
        """Tracked objects (generations 0, 1, 2; not the permanent one) whose tp_traverse reaches any
        of `objs`, each listed once (gc_get_referrers + referrersvisit)."""
        targets = {id(o) for o in self._objects("get_referrers", objs)}
        result = []
        for g in self.state.generations:
            for op in g:
                for r in op.traverse():
                    if id(r) in targets:
                        result.append(op)
                        break
        return result

    def get_referents(self, *objs: HObject) -> list[HObject]:
        """What each GC object's tp_traverse visits, in order (non-GC arguments contribute nothing)."""
        result: list[HObject] = []
        for o in self._objects("get_referents", objs):
            if o.is_gc:
                result.extend(o.traverse())
        return result

    def is_tracked(self, obj: HObject) -> bool:
        (obj,) = self._objects("is_tracked", (obj,))
        return obj.is_gc and obj.gc_next is not None

    def is_finalized(self, obj: HObject) -> bool:
        """gc.is_finalized (3.9+): has the object's __del__ run (PEP 442 FINALIZED bit)?"""
        if not self.heap.profile.gc.has_is_finalized:
            raise AttributeError("module 'gc' has no attribute 'is_finalized'")
        (obj,) = self._objects("is_finalized", (obj,))
        return bool(obj.is_gc and obj.gc_flags & FINALIZED)

    # ------------------------------------------------------------------ freezing
    def freeze(self) -> None:
        """Move every generation (0, 1, 2 in that order) to the permanent one and zero the counts."""
        st = self.state
        for i, g in enumerate(st.generations):
            gc_list_merge(g, st.permanent)
            st.counts[i] = 0
        for grp in st.unbuilt:
            grp.generation = PERMANENT
        if self.heap.events.active:
            self.heap.events.emit("freeze", frozen=len(st.permanent))

    def unfreeze(self) -> None:
        """Move the permanent generation back to the tail of the oldest one."""
        st = self.state
        gc_list_merge(st.permanent, st.generations[-1])
        for grp in st.unbuilt:
            if grp.generation == PERMANENT:
                grp.generation = len(st.generations) - 1
        if self.heap.events.active:
            self.heap.events.emit("unfreeze")

    def get_freeze_count(self) -> int:
        return self.state.freeze_count()
