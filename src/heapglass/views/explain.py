"""``--explain``: the story of a run, told source line by source line.

For each run of consecutive events on the same line: the objects created and freed (named when a
module-level name refers to them at the end), the refcount changes of named objects (when incref/
decref events were recorded), every collection as one sentence ("gen 0: 2003 examined, 12 unreachable,
2 __del__ ran, 10 freed, 1991 promoted"), free-list hits, and one line per arena returned to the OS or
kept although all its pools are free (bpo-37257; told when the allocator's `Baseline` is known).

Rendered with rich on a terminal, as plain text otherwise (the same words either way).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, TextIO

from .memledger import Baseline, Ledger
from .trace import collection_generation

REASONS = {"manual": "gc.collect()", "heap": "automatic: threshold 0 crossed", "shutdown": "at exit"}


@dataclass
class Collection:
    """What one collection did (events between gc_start and gc_stop)."""

    generation: Any
    examined: int | None
    unreachable: int | None
    finalizers: int
    freed: int
    promoted: int | None
    uncollectable: int | None
    promoted_to: Any = None      # the generation survivors moved to; None: they stayed (oldest)
    reason: str | None = None    # gc_start's reason: "manual", "heap" (threshold crossed), "shutdown"

    def sentence(self) -> str:
        def num(v: int | None) -> str:
            return "?" if v is None else f"{v:,}"
        why = REASONS.get(self.reason or "", self.reason)
        text = (f"gen {self.generation}{f' ({why})' if why else ''}: {num(self.examined)} examined, {num(self.unreachable)} unreachable, "
                f"{self.finalizers} __del__ ran, {self.freed:,} freed, ")
        if self.promoted_to is not None:
            text += f"{num(self.promoted)} promoted to gen {self.promoted_to}"
        else:
            text += f"{num(self.promoted)} survived (they stay in gen {self.generation})"
        if self.uncollectable:
            text += f", {self.uncollectable} uncollectable"
        return text


def _count(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, (list, dict)):
        return len(value)
    return None


def summarize_collection(events: list[dict[str, Any]]) -> Collection:
    """Summarise the events of one collection, gc_start first (gc_stop last if the run got there).

    Reads the phase states the collector reports (heap/collector.py): the (addr, gc_refs) pairs of
    update_refs (examined), the unreachable list of move_unreachable, the promote event's addresses;
    __del__ runs and frees are counted from the events inside the collection."""
    start = events[0]
    stop = events[-1] if events[-1]["kind"] == "gc_stop" else {}
    examined = _count(start.get("examined", start.get("collecting")))
    unreachable = _count(stop.get("unreachable"))
    promoted = _count(stop.get("promoted"))
    finalizers = freed = 0
    promoted_to = None
    for ev in events[1:]:
        kind = ev["kind"]
        if kind == "gc_phase":
            phase = ev.get("phase")
            if examined is None and phase == "update_refs":
                examined = _count(ev.get("refs", ev.get("gc_refs")))
            if unreachable is None and "unreachable" in ev and phase in ("move_unreachable",
                                                                         "move_legacy_finalizers"):
                unreachable = _count(ev["unreachable"])
        elif kind == "finalize":
            finalizers += 1
        elif kind == "free":
            freed += 1
        elif kind == "promote":
            promoted_to = ev.get("to")
            if promoted is None:
                promoted = _count(ev.get("addrs", ev.get("count")))
    if promoted is None and examined is not None and unreachable is not None and stop:
        promoted = examined - unreachable
    return Collection(collection_generation(start), examined, unreachable, finalizers, freed, promoted,
                      _count(stop.get("uncollectable")), promoted_to, start.get("reason"))


class Names:
    """Which program name referred to an object during its lifetime.

    Built from the recorder's name log ((seq, name, addr): a binding seen in the main namespace) and
    the alloc/free events, so a reused address is never given the name of an earlier object; an
    object alive at the end may also be named by ``final`` (name lookup at the end of the run)."""

    def __init__(self, events: list[dict[str, Any]], name_log: list[tuple[int, str, int]] | None = None,
                 final: dict[int, str] | None = None) -> None:
        self.allocs: dict[int, list[int]] = defaultdict(list)
        self.frees: dict[int, list[int]] = defaultdict(list)
        for ev in events:
            if ev["kind"] == "alloc":
                self.allocs[ev["addr"]].append(ev["seq"])
            elif ev["kind"] == "free":
                self.frees[ev["addr"]].append(ev["seq"])
        self.log: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for seq, name, addr in name_log or ():
            self.log[addr].append((seq, name))
        self.final = final or {}

    def at(self, addr: int, seq: int) -> str | None:
        """The first name bound to the object living at `addr` at event `seq`, if any."""
        start = max((s for s in self.allocs.get(addr, ()) if s <= seq), default=0)
        end = min((s for s in self.frees.get(addr, ()) if s >= seq), default=math.inf)
        for s, name in self.log.get(addr, ()):
            if start <= s <= end:
                return name
        return self.final.get(addr) if end == math.inf else None


@dataclass
class Paragraph:
    """The story of one run of consecutive events on one source line."""

    line: int | None
    created: list[tuple[int, str, int]]      # (addr, type, seq)
    freed: list[tuple[int, str, int]]
    refcounts: dict[int, tuple[int, int]]    # addr -> (net change, seq of the first change)
    collections: list[Collection]
    freelist_hits: Counter
    arenas_returned: list[int]
    finalizers: int
    weakref_callbacks: int
    runs: int = 1          # how many separate runs of this line were merged into the paragraph
    arenas_kept: list[tuple[int, int]] = field(default_factory=list)   # (arena, pools): wholly free, kept

    def merge(self, other: Paragraph) -> None:
        """Add another run of the same line (a loop body, a function called again)."""
        self.created += other.created
        self.freed += other.freed
        for addr, (delta, seq) in other.refcounts.items():
            old = self.refcounts.get(addr, (0, seq))
            self.refcounts[addr] = (old[0] + delta, old[1])
        self.collections += other.collections
        self.freelist_hits += other.freelist_hits
        self.arenas_returned += other.arenas_returned
        self.arenas_kept += other.arenas_kept
        self.finalizers += other.finalizers
        self.weakref_callbacks += other.weakref_callbacks
        self.runs += other.runs


def kept_arenas(events: list[dict[str, Any]], baseline: Baseline | None) -> dict[int, tuple[int, int]]:
    """seq of each pool_empty event that left its arena wholly free without releasing it -> (arena,
    pools), as the memory ledger follows them (empty without a baseline)."""
    if baseline is None:
        return {}
    ledger = Ledger(baseline).feed(events)
    return {seq: (life.index, life.ntotalpools) for life in ledger.arenas for seq, _ in life.kept}


def paragraphs(events: list[dict[str, Any]], kept: dict[int, tuple[int, int]] | None = None) -> list[Paragraph]:
    """Split events into runs of consecutive events on one line; a collection (gc_start to gc_stop,
    whatever lines its finalizers and callbacks run on) belongs to the line that triggered it. `kept`
    (from `kept_arenas`) marks the pool_empty events after which a wholly free arena was kept."""
    kept = kept or {}
    out: list[Paragraph] = []
    i = 0
    n = len(events)
    while i < n:
        line = events[i]["line"]
        p = Paragraph(line, [], [], {}, [], Counter(), [], 0, 0)
        while i < n and events[i]["line"] == line:
            ev = events[i]
            kind = ev["kind"]
            if kind == "gc_start":
                j = i + 1
                while j < n and events[j]["kind"] != "gc_stop":
                    j += 1
                p.collections.append(summarize_collection(events[i:j + 1]))
                i = j + 1
                continue
            if kind == "alloc":
                p.created.append((ev["addr"], ev.get("type", "?"), ev["seq"]))
            elif kind == "free":
                p.freed.append((ev["addr"], ev.get("type", "?"), ev["seq"]))
            elif kind in ("incref", "decref"):
                key = (ev.get("addr"), ev["seq"])
                addr = key[0]
                old = p.refcounts.get(addr, (0, key[1]))
                p.refcounts[addr] = (old[0] + (1 if kind == "incref" else -1), old[1])
            elif kind == "freelist_pop":
                p.freelist_hits[ev.get("family", "?")] += 1
            elif kind == "arena_free_to_os":
                p.arenas_returned.append(ev.get("arena"))
            elif kind == "pool_empty" and ev["seq"] in kept:
                p.arenas_kept.append(kept[ev["seq"]])
            elif kind == "finalize":
                p.finalizers += 1
            elif kind == "weakref_callback":
                p.weakref_callbacks += 1
            i += 1
        out.append(p)
    return out


def by_line(paras: list[Paragraph]) -> list[Paragraph]:
    """One paragraph per source line, in order of first appearance (runs of the same line merged);
    events outside any line (start-up, shutdown) stay where they happened."""
    out: list[Paragraph] = []
    seen: dict[int, Paragraph] = {}
    for p in paras:
        if p.line is None:
            out.append(p)
        elif p.line in seen:
            seen[p.line].merge(p)
        else:
            seen[p.line] = p
            out.append(p)
    return out


MAX_NAMED = 6        # objects named per sentence (a loop would name hundreds)
MAX_COLLECTIONS = 8  # collections told one by one per line; the rest are summed up


def _objects(items: list[tuple[int, str, int]], names: Names, verb: str) -> str:
    by_type = Counter(t for _, t, _ in items)
    kinds = ", ".join(f"{c} {t}" for t, c in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])))
    named: dict[str, list[tuple[int, str]]] = {}
    for a, t, seq in items:
        name = names.at(a, seq)
        if name is not None:
            named.setdefault(name, []).append((a, t))
    shown = [f"{name} ({objs[0][1]} @{objs[0][0]:#x})" if len(objs) == 1 else f"{name} ×{len(objs)}"
             for name, objs in named.items()]
    text = f"{verb} {len(items)} object{'s' if len(items) != 1 else ''}: {kinds}"
    if shown:
        more = f" and {len(shown) - MAX_NAMED} more" if len(shown) > MAX_NAMED else ""
        text += "; named: " + ", ".join(shown[:MAX_NAMED]) + more
    return text


def story_lines(events: list[dict[str, Any]], source_lines: list[str], names: Names,
                title: str, baseline: Baseline | None = None) -> list[tuple[str, str]]:
    """The story as (style, text) pairs; style is a rich style name or ''."""
    out: list[tuple[str, str]] = [("bold", title)]
    if not events:
        out.append(("", "  (no heap events were recorded)"))
    for p in by_line(paragraphs(events, kept_arenas(events, baseline))):
        if p.line is None:
            head = "outside any source line (start-up, shutdown)"
        else:
            text = source_lines[p.line - 1].strip() if 0 < p.line <= len(source_lines) else ""
            head = f"line {p.line}: {text}" if text else f"line {p.line}"
            if p.runs > 1:
                head += f"  ({p.runs} runs)"
        body: list[tuple[str, str]] = []
        if p.created:
            body.append(("green", _objects(p.created, names, "created")))
        if p.freed:
            body.append(("red", _objects(p.freed, names, "freed")))
        for addr, (delta, seq) in p.refcounts.items():
            name = names.at(addr, seq)
            if name is not None and delta:
                body.append(("", f"refcount of {name} @{addr:#x}: {delta:+d}"))
        for c in p.collections[:MAX_COLLECTIONS]:
            body.append(("magenta", "collection " + c.sentence()))
        rest = p.collections[MAX_COLLECTIONS:]
        if rest:
            freed = sum(c.freed for c in rest)
            body.append(("magenta", f"… and {len(rest)} more collections: {freed:,} objects freed by them"))
        if p.finalizers:
            body.append(("yellow", f"__del__ ran {p.finalizers} time{'s' if p.finalizers != 1 else ''}"))
        if p.weakref_callbacks:
            body.append(("yellow", f"{p.weakref_callbacks} weakref callback(s) called"))
        for family, count in sorted(p.freelist_hits.items()):
            plural = "s" if count != 1 else ""
            text = f"free-list hit: {count} {family} object{plural} reused memory kept by the free list"
            body.append(("cyan", text))
        for arena, n in Counter(p.arenas_returned).items():
            body.append(("cyan", f"arena #{arena} returned to the OS{_times(n)} (all its pools were empty)"))
        for (arena, pools), n in Counter(p.arenas_kept).items():
            body.append(("cyan", (f"arena #{arena} kept{_times(n)} although all its {pools} pools were empty: "
                                 "it was the last arena in usable_arenas (bpo-37257)")))
        if body:
            out.append(("bold blue", head))
            out.extend((style, "  " + text) for style, text in body)
    return out


def _times(n: int) -> str:
    return f" {n} times" if n > 1 else ""


def render(lines: list[tuple[str, str]], file: TextIO, *, terminal: bool | None = None) -> None:
    """Print the story: rich styles on a terminal, plain text otherwise."""
    if terminal is None:
        terminal = bool(getattr(file, "isatty", lambda: False)())
    if not terminal:
        file.writelines(text + "\n" for _, text in lines)
        return
    from rich.console import Console
    from rich.text import Text
    console = Console(file=file, highlight=False, force_terminal=True)
    for style, text in lines:
        console.print(Text(text, style=style or ""))


def explain(events: list[dict[str, Any]], file: TextIO, *, source: str = "", names: dict[int, str] | None = None,
            name_log: list[tuple[int, str, int]] | None = None, title: str = "heapglass explain",
            terminal: bool | None = None, baseline: Baseline | None = None) -> None:
    """Tell the story of `events` (recorded by a `Recorder`) on `file`. Objects are named from the
    recorder's `name_log`, and from `names` (addr -> name at the end of the run) for survivors;
    `baseline` (the recorder's) lets the story tell arenas kept by bpo-37257."""
    resolver = Names(events, name_log, names)
    render(story_lines(events, source.splitlines(), resolver, title, baseline), file, terminal=terminal)
