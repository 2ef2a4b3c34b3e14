"""The recorder: one subscriber on the heap's event bus that every view reads from.

`Recorder` copies each event into a plain, JSON-ready dict — ``seq`` (1, 2, … from the moment it was
attached), ``kind``, ``line`` (the program's current source line, or None) and the event's fields
with objects replaced by their model addresses — so a trace of the same program is identical across
runs. It notes the allocator's arenas and pools when attached (``baseline``), from which the memory
ledger follows freed memory. On request it also keeps, per event, a `Snapshot` of the heap (for the HTML page; bounded by
``max_frames``) and periodic samples of generation sizes, heap bytes and arenas (for the plot).

The bus only builds events while someone listens (`EventBus.active`), so a run without a recorder pays
nothing for any of this.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..heap.objects import HObject
from .memledger import Baseline, allocator_baseline
from .snapshot import Snapshot, fold_modules, take_snapshot

LineFn = Callable[[], "int | None"]
# Events below the objects: they change no object's state, so a snapshot taken at the previous event
# still describes the heap (the page replays them for its arena/pool map and free lists).
ALLOCATOR_KINDS = frozenset({"arena_alloc", "arena_free_to_os", "pool_init", "pool_empty", "block_alloc",
                             "block_free", "freelist_push", "freelist_pop"})
NamespaceFn = Callable[[], Any]     # returns the main module's dict (an HDict) or None


def jsonable(value: Any) -> Any:
    """An event field as deterministic JSON data: objects become their model address, sets are
    sorted, mapping keys become strings (kept in insertion order, which the model makes
    deterministic)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, HObject):
        return value.addr
    if isinstance(value, dict):
        return {_key(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((jsonable(v) for v in value), key=lambda x: (str(type(x)), x))
    if isinstance(value, (list, tuple)) or hasattr(value, "__iter__") and hasattr(value, "gc_next"):
        return [jsonable(v) for v in value]
    name = getattr(value, "name", None)
    if isinstance(name, str):
        return name
    return str(value)


def _key(k: Any) -> str:
    if isinstance(k, HObject):
        return str(k.addr)
    return str(k)


@dataclass
class Sample:
    """Counters at one event (for the plot): tracked objects per generation, live object bytes,
    arenas held."""

    seq: int
    gens: list[int]
    heap_bytes: int
    arenas: int


@dataclass
class Recorder:
    """Records a heap's events (see module docstring). Call `attach` before the run, `detach` after."""

    heap: Any
    refcounts: bool = False
    line_of: LineFn | None = None
    snapshots: bool = False
    max_frames: int = 2000
    snapshot_limit: int = 400
    samples: bool = False
    namespace: NamespaceFn | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    frames: list[Snapshot] = field(default_factory=list)   # frames[i] = the heap after events[i]
    sample_list: list[Sample] = field(default_factory=list)
    born: set[int] = field(default_factory=set)             # addresses allocated during the run
    truncated: bool = False
    name_log: list[tuple[int, str, int]] = field(default_factory=list)   # (seq, name, addr) bindings seen
    initial: Snapshot | None = None                        # the heap when attached (snapshots only)
    initial_memory: dict[str, Any] | None = None           # the allocator when attached
    baseline: Baseline | None = None                       # pymalloc's arenas and pools when attached

    def __post_init__(self) -> None:
        self._unsubscribe: Callable[[], None] | None = None
        self._nbytes: dict[int, int] = {}
        self._heap_bytes = 0
        self._arenas = 0
        self._stride = 1
        self._bound: dict[str, int] = {}
        self._ns_version: tuple[int, int] | None = None

    # ------------------------------------------------------------------ lifecycle
    def attach(self) -> None:
        if self._unsubscribe is None:
            if hasattr(self.heap.memory, "pymalloc"):
                self.baseline = allocator_baseline(self.heap.memory)
            if self.snapshots:
                from .html import memory_state
                self.initial = self._snapshot()
                self.initial_memory = memory_state(self.heap)
            if self.samples or self.snapshots:
                self._arenas = sum(1 for a in self.heap.memory.pymalloc.arenas if a.address)
                for op in self.heap.objects():
                    self._nbytes[op.addr] = op.nbytes
                    self._heap_bytes += op.nbytes
            if self.samples:
                self._sample(0)
            self._unsubscribe = self.heap.events.subscribe(self.on_event, refcounts=self.refcounts)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.samples:
            self._sample(len(self.events))
        self.note_names()

    # ------------------------------------------------------------------ the subscriber
    def on_event(self, kind: str, fields: dict[str, Any]) -> None:
        seq = len(self.events) + 1
        line = self._line()
        self._scan_names(seq - 1)        # bindings made since the previous event
        event: dict[str, Any] = {"seq": seq, "kind": kind, "line": line}
        for name, value in fields.items():
            if name != "seq":
                event[name] = jsonable(value)
        self.events.append(event)
        if kind == "alloc":
            self.born.add(event["addr"])
            self._nbytes[event["addr"]] = event.get("nbytes", 0)
            self._heap_bytes += event.get("nbytes", 0)
        elif kind == "free":
            self._heap_bytes -= self._nbytes.pop(event["addr"], 0)
        elif kind == "arena_alloc":
            self._arenas += 1
        elif kind == "arena_free_to_os":
            self._arenas -= 1
        if self.samples and (seq % self._stride == 0 or kind in ("gc_start", "gc_stop")):
            self._sample(seq)
        if self.snapshots:
            if len(self.frames) < self.max_frames:
                if kind in ALLOCATOR_KINDS and self.frames:
                    self.frames.append(self.frames[-1])
                else:
                    self.frames.append(self._snapshot())
            else:
                self.truncated = True

    def _snapshot(self) -> Snapshot:
        """The heap now, as the page shows it: the program's objects and their holders, without what
        only imported modules hold."""
        ns = None
        if self.namespace is not None:
            try:
                ns = self.namespace()
            except Exception:  # noqa: BLE001 - a view must never break the run it watches
                ns = None
        return fold_modules(take_snapshot(self.heap, only=self.born, limit=self.snapshot_limit, namespace=ns))

    def note_names(self) -> None:
        """Log the bindings standing now (e.g. at the end of the program, before shutdown)."""
        self._scan_names(len(self.events))

    def _scan_names(self, seq: int) -> None:
        """Log the main namespace's new bindings (name -> object) as of event `seq`. Checked at every
        event but rescanned only when the dict's version moved: a binding is known if it still
        stands at some event (a name bound and unbound with no event in between goes unseen)."""
        if self.namespace is None:
            return
        try:
            d = self.namespace()
        except Exception:  # noqa: BLE001 - a view must never break the run it watches
            return
        entries = getattr(d, "entries", None)
        version = (id(d), getattr(d, "ma_version", -1))
        if not entries or version == self._ns_version:
            return
        self._ns_version = version
        for key, value in entries.values():
            name = getattr(key, "value", None)
            if isinstance(name, str) and value is not None and self._bound.get(name) != value.addr:
                self._bound[name] = value.addr
                self.name_log.append((seq, name, value.addr))

    def _line(self) -> int | None:
        if self.line_of is None:
            return None
        try:
            line = self.line_of()
        except Exception:  # noqa: BLE001 - a view must never break the run it watches
            return None
        return line if isinstance(line, int) else None

    def _sample(self, seq: int) -> None:
        gens = [len(g) for g in self.heap.gc.generations]
        self.sample_list.append(Sample(seq, gens, self._heap_bytes, self._arenas))
        if len(self.sample_list) > 4000:      # keep the plot's cost bounded: halve the resolution
            keep = [s for i, s in enumerate(self.sample_list) if i % 2 == 0]
            self.sample_list[:] = keep
            self._stride *= 2
