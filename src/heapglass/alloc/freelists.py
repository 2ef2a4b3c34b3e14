"""Per-type free lists: memory of dead objects kept for reuse by the next object of the same type.

Owns the free-list stacks of one interpreter. Which families exist and their capacities come from the
profile (``freelists``, ``tuple_freelist_push_max``/``pop_max``); all are LIFO. A family is
named as the profile names it: 'float', 'tuple' (per length, key = length), 'list', 'dict',
'dictkeys', 'frame' (<=3.10), 'method' and 'cfunction' (3.8), 'context', 'asyncgen_value',
'asyncgen_asend', 'slice' (the one-object slice cache, never cleared by the collector).

Mirrors: tupledealloc/maybe_freelist_push + tuple_alloc/maybe_freelist_pop (tupleobject.c),
float_dealloc/PyFloat_FromDouble, list_dealloc/PyList_New, dict_dealloc/new_dict,
free_keys_object/new_keys_object (dictobject.c), frame_dealloc (frameobject.c <=3.10),
meth_dealloc (3.8 methodobject.c), method_dealloc (3.8 classobject.c), context_tp_dealloc,
async_gen_*_dealloc, slice_dealloc.

The free-list *policy* (who may be pushed: exact types only, a frame's zombie slot, ...) is the
object layer's business; this module answers "is there room / is there one to reuse" exactly.
"""

from __future__ import annotations

from typing import Any

from heapglass.alloc.sink import as_sink


class FreeListError(ValueError):
    """A family or key the profile's version does not have."""


class FreeLists:
    """The free-list stacks of one interpreter."""

    __slots__ = ("capacity", "cleared_by_gc", "pop_max", "push_max", "sink", "stacks")

    def __init__(self, profile: Any, sink: Any = None) -> None:
        self.capacity: dict[str, int] = dict(profile.freelists)
        self.push_max = profile.tuple_freelist_push_max
        self.pop_max = profile.tuple_freelist_pop_max
        self.cleared_by_gc: tuple[str, ...] = tuple(profile.freelists_cleared_by_full_gc)
        self.stacks: dict[tuple[str, int], list[int]] = {}
        self.sink = as_sink(sink)  # sites test sink.active before building an event

    def _stack(self, family: str, key: int | None) -> list[int]:
        """The stack for (family, key); unknown families and keyless tuples are errors."""
        cap = self.capacity.get(family)
        if cap is None:
            raise FreeListError(f"no {family!r} free list in this CPython version "
                                f"(known: {', '.join(sorted(self.capacity))})")
        k = 0
        if family == "tuple":
            if key is None or key < 0:
                raise FreeListError("the tuple free list needs key = tuple length")
            k = key
        stack = self.stacks.get((family, k))
        if stack is None:
            stack = self.stacks[(family, k)] = []
        return stack

    def push(self, family: str, addr: int, key: int | None = None) -> bool:
        """Keep a dead object's memory if the family has room (True); else the caller frees it."""
        if family == "tuple":
            if key is not None and not 1 <= key <= self.push_max:
                return False
            stack = self._stack(family, key)
        else:
            stack = self.stacks.get((family, 0))
            if stack is None:
                stack = self._stack(family, key)
        if len(stack) >= self.capacity[family]:
            return False
        stack.append(addr)
        if self.sink.active:
            self.sink.emit("freelist_push", family=family, key=key, address=addr, size=len(stack))
        return True

    def pop(self, family: str, key: int | None = None) -> int:
        """Memory for a new object from the family's list (most recently pushed first), or 0."""
        if family == "tuple":
            if key is not None and not 1 <= key <= self.pop_max:
                return 0
            stack = self._stack(family, key)
        else:
            stack = self.stacks.get((family, 0))
            if stack is None:
                stack = self._stack(family, key)   # an unknown family is an error even when empty
        if not stack:
            return 0
        addr = stack.pop()
        if self.sink.active:
            self.sink.emit("freelist_pop", family=family, key=key, address=addr, size=len(stack))
        return addr

    def count(self, family: str, key: int | None = None) -> int:
        """How many objects the family (tuple: of that length) currently keeps."""
        return len(self.stacks.get((family, key if family == "tuple" else 0), ()))

    def drain(self, families: tuple[str, ...] | None = None) -> list[int]:
        """Empty the given families (default: those a full collection clears) and return the
        addresses, in the order the C clear functions free them (each stack popped head first)."""
        wanted = self.cleared_by_gc if families is None else families
        out: list[int] = []
        for family in wanted:  # the profile lists families in the order the C code clears them
            for (fam, _key), stack in sorted(self.stacks.items()):
                if fam == family:
                    while stack:
                        out.append(stack.pop())
        return out
