"""Events: what happened on the heap, delivered to subscribers.

The heap and the collector call ``bus.emit(kind, **fields)`` only behind ``if bus.active`` (or a
kind-specific flag such as ``bus.refcounts``), so a run with no subscriber pays one attribute test per
site and builds no event. Event kinds (the trace schema in docs/trace-schema.md lists their fields):

alloc, free, track, untrack, incref, decref (opt-in: ``refcounts``), dealloc, finalize, resurrect,
weakref_clear, weakref_callback, gc_start, gc_phase, gc_stop, promote, freeze, unfreeze, plus the
allocator's arena/pool/block/freelist events.

incref/decref are too frequent for even a flag test: the heap swaps in traced versions of its
``incref``/``decref`` when ``refcounts`` turns on (`on_refcounts` tells it), so a run without a
refcount subscriber runs the untraced methods unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Subscriber = Callable[[str, dict[str, Any]], None]


class EventBus:
    """Fan-out of heap events. ``active`` is True while anyone listens; ``refcounts`` while anyone
    asked for the (high-volume) incref/decref events."""

    __slots__ = ("_refcount_watchers", "_subs", "active", "refcounts", "seq")

    def __init__(self) -> None:
        self._subs: list[tuple[Subscriber, bool]] = []
        self._refcount_watchers: list[Callable[[bool], None]] = []
        self.active = False
        self.refcounts = False
        self.seq = 0

    def on_refcounts(self, fn: Callable[[bool], None]) -> None:
        """Call ``fn(refcounts)`` whenever ``refcounts`` changes (the heap rebinds incref/decref)."""
        self._refcount_watchers.append(fn)

    def subscribe(self, fn: Subscriber, *, refcounts: bool = False) -> Callable[[], None]:
        """Deliver every event to ``fn(kind, fields)``; return a function that unsubscribes."""
        entry = (fn, refcounts)
        self._subs.append(entry)
        self._refresh()

        def unsubscribe() -> None:
            if entry in self._subs:
                self._subs.remove(entry)
                self._refresh()

        return unsubscribe

    def _refresh(self) -> None:
        self.active = bool(self._subs)
        refcounts = any(rc for _, rc in self._subs)
        if refcounts != self.refcounts:
            self.refcounts = refcounts
            for fn in self._refcount_watchers:
                fn(refcounts)

    def emit(self, kind: str, **fields: Any) -> None:
        if not self._subs:
            return   # callers that do not test ``active`` first (the allocator) cost one test here
        self.seq += 1
        fields["seq"] = self.seq
        refcount_event = kind in ("incref", "decref")
        for fn, wants_rc in list(self._subs):
            if refcount_event and not wants_rc:
                continue
            fn(kind, fields)
