"""Where the allocator's events go: the `EventSink` protocol and the sinks that stand in for a real one.

Every emitting site tests ``sink.active`` first, so an idle sink costs one attribute test and builds no
event: the heap's `EventBus` keeps ``active`` False while nobody listens, `SILENT` is never active (no
sink given), and `AlwaysActive` adapts a sink that has no ``active`` flag (it gets every event).
"""

from __future__ import annotations

from typing import Any, Protocol


class EventSink(Protocol):
    def emit(self, kind: str, **fields: Any) -> None: ...


class _Silent:
    """The sink of an allocator built without one: never active, so nothing is ever built."""

    __slots__ = ()
    active = False

    def emit(self, kind: str, **fields: Any) -> None:
        raise AssertionError(f"event {kind!r} built for the silent sink (sites must test sink.active)")


SILENT = _Silent()


class AlwaysActive:
    """Adapter for sinks without an ``active`` flag: they get every event."""

    __slots__ = ("active", "emit")

    def __init__(self, sink: EventSink) -> None:
        self.active = True
        self.emit = sink.emit


def as_sink(events: Any) -> Any:
    """The sink the allocator's sites test: `SILENT` for None, the sink itself if it has ``active``."""
    if events is None:
        return SILENT
    return events if hasattr(events, "active") else AlwaysActive(events)
