"""``--memory-report``: where each object of the program lives, and why freed memory was (not) given back.

Taken at the end of the program, before shutdown (`ViewSession.program_end`), from the allocator's
state (`Memory.where`, the pools and arenas of `heapglass.alloc.pymalloc`) and from the run's recorded
allocator events (`memledger.Ledger`). Sections, in order:

* live objects created during the run: type, model address, bytes, then either pymalloc's place (size
  class and block size, arena index, pool address and state used/full, block index) or "raw allocator";
  memory reused from a free list is said so; a list's item array (and a dict's tables, when the model
  allocates them) is placed the same way on the next line. Objects bound to a module-level name come first.
* objects freed during the run: what their free did with the memory (`memledger.Fate`) and, when it
  changed since, where the memory is now; totals by fate.
* arenas (allocated, returned to the OS and under which rule, kept), pools by state, free lists.

Each list is capped (``limit``) with a "(N more)" line; totals are never capped. Deterministic: model
addresses only, no host ids, no hash order.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .memledger import ArenaLife, FreedObject, Ledger, release_reason

LIMIT = 40

FATE_LABELS = {
    "freelist": "kept on a free list",
    "block": "free block in a still-used pool",
    "pool_empty": "in a pool that became empty (cached in its arena)",
    "arena_kept": "in a wholly free arena kept as the last one (bpo-37257)",
    "released": "in an arena returned to the OS",
    "raw": "given back to the raw allocator",
    "reused": "reused by a later allocation",
}
# Memory an object owns besides its own block: (attribute with the address, what it is, size function).
BUFFERS = (("buf", "item array", lambda op: 8 * getattr(op, "allocated", 0)),
           ("keys_addr", "keys table", lambda op: getattr(op, "keys_nbytes", 0) or None),
           ("values_addr", "values array", lambda op: None))


def module_names(runtime: Any) -> dict[int, str]:
    """Address -> first module-level name bound to it in __main__ (dict order)."""
    module = getattr(runtime, "main_module", None)
    entries = getattr(getattr(module, "dict", None), "entries", None) or {}
    names: dict[int, str] = {}
    for key, value in entries.values():
        name = getattr(key, "value", None)
        if isinstance(name, str) and value is not None and not name.startswith("__"):
            names.setdefault(value.addr, name)
    return names


def pool_state(pm: Any, addr: int) -> str:
    """used (on usedpools: has a free block), full (in no list) or empty (cached in its arena)."""
    pool = pm.pool_of(addr)
    if pool is None:
        return "?"
    if pool.count == 0:
        return "empty"
    return "used" if pool.freeblock else "full"


def place(memory: Any, addr: int, nbytes: int | None) -> str:
    """Where `addr` is: pymalloc's arena/pool/block, or the raw allocator."""
    info = memory.where(addr)
    pm = memory.pymalloc
    size = f"{nbytes} bytes" if nbytes is not None else "? bytes"
    if info.kind == "pymalloc" and info.pool_address is not None:
        return (f"{size} in size class {info.size_class} ({info.block_size}-byte blocks): arena "
                f"#{info.arena_index}, pool @{info.pool_address:#x} ({pool_state(pm, addr)}), block "
                f"{info.block_index}")
    if info.kind == "raw":
        why = "0-byte request" if nbytes == 0 else f"> {pm.threshold} bytes"
        return f"{size}: raw allocator ({why})"
    return f"{size}: {info.why}"


def live_lines(runtime: Any, ledger: Ledger, names: dict[int, str], limit: int) -> list[str]:
    heap = runtime.heap
    memory = heap.memory
    live = [op for op in heap.objects() if op.addr in ledger.live_born]
    live.sort(key=lambda op: 0 if op.addr in names else 1)     # stable: creation order within each
    out = [f"live objects created during the run: {len(live):,}"]
    for shown, op in enumerate(live):
        if shown == limit:
            out.append(f"  ({len(live) - shown:,} more)")
            break
        label = f"{names[op.addr]} = " if op.addr in names else ""
        text = f"  {label}{op.ob_type.name} @{op.addr:#x}: {place(memory, op.addr, op.nbytes)}"
        family = ledger.from_freelist.get(op.addr)
        if family is not None:
            text += f"; memory reused from the {family} free list"
        out.append(text)
        for attr, what, size in BUFFERS:
            buf = getattr(op, attr, 0)
            if isinstance(buf, int) and buf:
                out.append(f"      {what} @{buf:#x}: {place(memory, buf, size(op))}")
    if not live:
        out.append("  (none)")
    return out


def freed_lines(ledger: Ledger, unfreed: list[int], limit: int) -> list[str]:
    """Freed objects; `unfreed`: objects of the run out of list "a" without a free (zombie frames)."""
    keeps_last = ledger.base.keeps_last_free_arena
    freed = ledger.freed
    born = sum(1 for r in freed if r.born)
    out = [(f"objects freed during the run: {len(freed):,} ({born:,} created during the run, "
           f"{len(freed) - born:,} from the start-up heap)")]
    for i, rec in enumerate(freed):
        if i == limit:
            out.append(f"  ({len(freed) - limit:,} more)")
            break
        out.append("  " + freed_line(rec, keeps_last))
    for addr in unfreed:
        tp = ledger.live_born[addr][0]
        why = ("kept as its code object's zombie frame (frame_dealloc: co_zombieframe)" if tp == "frame"
               else "its memory was not freed (no free event)")
        out.append(f"  {tp} @{addr:#x}: deallocated, but {why}")
    if len(freed) > limit:
        groups: dict[tuple[Any, ...], int] = {}
        for rec in freed:
            key = (rec.line, rec.type, rec.first.kind, rec.now.kind)
            groups[key] = groups.get(key, 0) + 1
        out.append("  grouped by line, type and fate:")
        for i, ((line, tp, first, now), n) in enumerate(groups.items()):
            if i == limit:
                out.append(f"    ({len(groups) - limit:,} more groups)")
                break
            then = f"; now {FATE_LABELS[now]}" if now != first else ""
            out.append(f"    {_line(line)}: {n:,} {tp} -> {FATE_LABELS[first]}{then}")
    if freed:
        out.append("  totals by what the free did: " + _totals(Counter(r.first.kind for r in freed)))
        out.append("  totals by where the memory is now: " + _totals(Counter(r.now.kind for r in freed)))
    else:
        out.append("  (none)")
    return out


def freed_line(rec: FreedObject, keeps_last: bool) -> str:
    where = f"line {rec.line}" if rec.line is not None else "outside the program's lines"
    size = f" ({rec.nbytes} bytes)" if rec.nbytes is not None else " (start-up object)"
    text = f"{where}: {rec.type} @{rec.addr:#x}{size} -> {rec.first.text(keeps_last)}"
    if rec.now is not rec.first:
        text += f"; now: {rec.now.text(keeps_last)}"
    return text


def _totals(counts: Counter) -> str:
    order = list(FATE_LABELS)
    return "; ".join(f"{counts[k]:,} {FATE_LABELS[k]}" for k in order if counts[k])


def arena_lines(ledger: Ledger, memory: Any, limit: int) -> list[str]:
    pm = memory.pymalloc
    keeps_last = ledger.base.keeps_last_free_arena
    lives = ledger.arenas
    start = sum(1 for a in lives if a.allocated is None)
    made = len(lives) - start
    returned = sum(1 for a in lives if a.released is not None)
    held = [a for a in pm.arenas if a.address]
    free = sum(1 for a in held if a.nfreepools == a.ntotalpools)
    out = [(f"arenas: {start} at the start, {made} allocated during the run, {returned} returned to the OS; "
           f"{len(held)} held now ({free} of them wholly free)")]
    rule = ("an arena whose pools are all free is returned to the OS unless it is the last arena in "
            "usable_arenas (bpo-37257)" if keeps_last else
            "every arena whose pools are all free is returned to the OS")
    out.append(f"  rule of this version: {rule}")
    told: dict[tuple[int, int], list[ArenaLife]] = {}     # one entry per arena slot, however often reused
    for life in lives:
        if life.allocated is not None or life.released is not None or life.kept:
            told.setdefault((life.index, life.address), []).append(life)
    for i, ((index, address), group) in enumerate(told.items()):
        if i == limit:
            out.append(f"  ({len(told) - limit:,} more)")
            break
        out.append(f"  arena #{index} @{address:#x}: " + arena_story(group, keeps_last))
    states: Counter = Counter()
    for arena in held:
        for pool in arena.pools:
            states[pool_state(pm, pool.address)] += 1
    never = sum(a.ntotalpools - len(a.pools) for a in held)
    out.append(f"pools now: {states['used']} used, {states['full']} full, {states['empty']} empty (cached in "
               f"their arenas), {never} never carved")
    stacks = [(fam, key, len(stack)) for (fam, key), stack in sorted(memory.freelists.stacks.items()) if stack]
    caps = memory.freelists.capacity
    lists = [f"{fam}[{key}] {n} of {caps[fam]}" if fam == "tuple" else f"{fam} {n} of {caps[fam]}"
             for fam, key, n in stacks]
    out.append("free lists now: " + ("; ".join(lists) if lists else "all empty"))
    return out


def arena_story(group: list[ArenaLife], keeps_last: bool) -> str:
    """What happened to one arena slot (its lives in order: mmap, kept, munmap, mmap again, ...)."""
    made = [life.allocated[1] for life in group if life.allocated is not None]
    released = [life.released[1] for life in group if life.released is not None]
    kept = [line for life in group for _, line in life.kept]
    parts = []
    if group[0].allocated is None:
        parts.append("there at the start")
    if made:
        parts.append(f"allocated {_lines(made)}")
    pools = group[-1].ntotalpools
    if kept:
        parts.append(f"wholly free {_lines(kept)} but kept: the last arena in usable_arenas (bpo-37257)")
    if released:
        parts.append(f"returned to the OS {_lines(released)}: {release_reason(pools, keeps_last)}")
    parts.append("held now" if group[-1].released is None else "not held now")
    return "; ".join(parts)


def _lines(lines: list[int | None]) -> str:
    """'at line 2' / '9 times (line 2 ×8, line 3)'."""
    if len(lines) == 1:
        return f"at {_line(lines[0])}"
    counts = Counter(lines)
    return f"{len(lines)} times (" + ", ".join(_line(line) + (f" ×{n}" if n > 1 else "")
                                               for line, n in counts.items()) + ")"


def _line(line: int | None) -> str:
    return f"line {line}" if line is not None else "a moment outside the program's lines"


def memory_report(runtime: Any, events: list[dict[str, Any]], baseline: Any, *, title: str,
                  limit: int = LIMIT) -> str:
    """The report's text for `runtime` now, `events` being the run's recorded events so far and
    `baseline` the allocator when recording started (`memledger.allocator_baseline`)."""
    memory = runtime.heap.memory
    pm = memory.pymalloc
    ledger = Ledger(baseline).feed(events).settle(memory)
    lines = [title,
             (f"allocator: pymalloc serves 1..{pm.threshold}-byte requests in {len(pm.usedpools)} size classes "
             f"from {pm.pool_size}-byte pools in {pm.arena_size}-byte arenas; other requests go to the raw "
             "allocator"), ""]
    lines += live_lines(runtime, ledger, module_names(runtime), limit)
    lines.append("")
    listed = {op.addr for op in runtime.heap.objects()}
    lines += freed_lines(ledger, [a for a in ledger.live_born if a not in listed], limit)
    lines.append("")
    lines += arena_lines(ledger, memory, limit)
    return "\n".join(lines) + "\n"
