"""Snapshots: the heap's objects at one moment, as plain deterministic data.

A `Snapshot` lists objects in list "a" order (creation order) with their header state — refcount,
generation (which GC list holds them), flags — and their outgoing references with labels (dict keys,
list indexes, attribute names). Weak references appear as edges of kind "weak". Only model addresses
are used, so a snapshot of the same program is identical across runs.

Roots are found without help from the interpreter, with the collector's own idea (Python/gc.c:
update_refs + subtract_refs): an object's *external* references are its refcount minus the references
other heap objects hold to it; a positive value means something outside the heap's objects — a frame,
the value stack, a C global — keeps it alive.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ..heap.header import COLLECTING, FINALIZED, IMMORTAL, UNREACHABLE
from ..heap.kinds import HCell, HDict, HHostFunction, HInstance, HLeaf, HList, HTuple, HWeakref
from ..heap.objects import HObject, HType

VALUE_CHARS = 24    # longest value label kept in a snapshot (labels, not data)


@dataclass
class Edge:
    """A reference from one object to another: ``kind`` is "strong" or "weak"."""

    target: int
    label: str = ""
    kind: str = "strong"


@dataclass
class ObjState:
    """One object at one moment (see module docstring)."""

    addr: int
    type: str
    refcnt: int
    gen: str                  # "0", "1", "2", "permanent", "collecting" (a collection's scratch list),
                              # "untracked" (GC type, not tracked) or "-" (no GC header)
    flags: list[str]
    nbytes: int
    value: str
    edges: list[Edge] = field(default_factory=list)
    external: int = 0         # refcount minus references from heap objects (roots have > 0)
    gc_refs: int | None = None   # meaningful while the object is in a collection (COLLECTING)

    def as_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"addr": self.addr, "type": self.type, "refcnt": self.refcnt, "gen": self.gen,
                             "flags": self.flags, "nbytes": self.nbytes, "value": self.value,
                             "external": self.external,
                             "edges": [[e.target, e.label, e.kind] for e in self.edges]}
        if self.gc_refs is not None:
            d["gc_refs"] = self.gc_refs
        return d


@dataclass
class Snapshot:
    """Objects (list "a" order), the GC lists by name (member addresses, head to tail), and names."""

    objects: list[ObjState]
    lists: dict[str, list[int]]
    names: dict[str, int]          # module-level name -> address (from dicts keyed by str)
    namespace: int | None = None   # address of the main module's dict, when known

    def by_addr(self) -> dict[int, ObjState]:
        return {o.addr: o for o in self.objects}


def value_label(op: HObject) -> str:
    """A short, deterministic label for an object's value (never a host id)."""
    if isinstance(op, HLeaf):
        text = repr(op.value)
    elif isinstance(op, HType):
        text = f"<class {op.name}>"
    elif isinstance(op, HHostFunction):
        text = f"<function {op.name}>"
    elif isinstance(op, (HList, HTuple)):
        text = f"len {len(op.items)}"
    elif isinstance(op, HDict):
        text = f"len {len(op.entries)}"
    else:
        text = ""
    return text if len(text) <= VALUE_CHARS else text[:VALUE_CHARS - 1] + "…"


def labelled_refs(op: HObject) -> Iterable[tuple[HObject, str]]:
    """(referent, label) for the strong references `op` holds, in tp_traverse order (a dict's str
    keys are not listed: they label the edge to their value)."""
    if isinstance(op, (HList, HTuple)):
        for i, item in enumerate(op.items):
            yield item, f"[{i}]"
    elif isinstance(op, HDict):
        for k, v in op.entries.values():
            if not (isinstance(k, HLeaf) and isinstance(k.value, str)):
                yield k, "key"     # a str key is drawn as the label of its value's edge instead
            yield v, _key_label(k)
    elif isinstance(op, HInstance):
        if op.slots:
            for i, v in enumerate(op.slots):
                if v is not None:
                    yield v, f"slot {i}"
        if op.values:
            for name, v in op.values.items():
                yield v, f".{name}"
        if op.dict is not None:
            yield op.dict, "__dict__"
        if not op.ob_type.static:
            yield op.ob_type, "type"
    elif isinstance(op, HCell):
        if op.ob_ref is not None:
            yield op.ob_ref, "cell"
    else:
        for ref in op.traverse():
            yield ref, ""


def _references(op: HObject, *, labelled: bool) -> list[tuple[HObject, str]]:
    """The object's references, or none while it is half-built: the heap announces an object (its
    alloc event) from inside `Heap.new`, and a kind may fill in its payload only afterwards."""
    try:
        if labelled:
            return [(ref, label) for ref, label in labelled_refs(op) if ref is not None]
        return [(ref, "") for ref in op.traverse() if ref is not None]
    except (AttributeError, TypeError):
        return []


def _safe_label(op: HObject) -> str:
    try:
        return value_label(op)
    except (AttributeError, TypeError):
        return ""


def _key_label(k: HObject) -> str:
    if isinstance(k, HLeaf) and isinstance(k.value, str):
        return k.value
    return f"[{value_label(k)}]"


def gc_membership(heap: Any) -> dict[int, str]:
    """id(object) -> name of the GC list holding it (generations and the permanent generation)."""
    where: dict[int, str] = {}
    for i, gen in enumerate(heap.gc.generations):
        for op in gen:
            where[id(op)] = str(i)
    for op in heap.gc.permanent:
        where[id(op)] = "permanent"
    return where


def flag_names(op: HObject) -> list[str]:
    bits = op.gc_flags or 0
    return [name for bit, name in ((IMMORTAL, "immortal"), (FINALIZED, "finalized"),
                                   (COLLECTING, "collecting"), (UNREACHABLE, "unreachable"))
            if bits & bit]


def take_snapshot(heap: Any, *, only: set[int] | None = None, limit: int | None = None,
                  namespace: Any = None) -> Snapshot:
    """The heap now. ``only``: keep these addresses and the objects that refer to them directly (so
    the module dict or frame holding a new object is there to be its root); ``limit``: keep at most
    this many objects (the newest of ``only`` and the objects holding them; the oldest are dropped).
    Edges to objects left out are dropped too.
    ``namespace``: the dict whose str keys name objects (the main module's globals); without it,
    every str-keyed dict in the snapshot contributes names (first one wins)."""
    membership = gc_membership(heap)
    chosen: list[HObject] = []
    internal: dict[int, int] = {}     # references held by *every* heap object count, chosen or not
    for op in heap.objects():
        if op.is_leaf:
            keep = only is None or op.addr in only
        else:
            refs = [ref.addr for ref, _ in _references(op, labelled=False)]
            for a in refs:
                internal[a] = internal.get(a, 0) + 1
            keep = only is None or op.addr in only or any(a in only for a in refs)
        if keep:
            chosen.append(op)
    if limit is not None and len(chosen) > limit:
        # The program's own names come first: the main module's dict and what it binds stay in the
        # picture however many objects imports created after it (the rest: the newest ones).
        pinned: set[int] = set()
        if namespace is not None:
            pinned.add(namespace.addr)
            pinned.update(v.addr for _, v in namespace.entries.values())
        for op in chosen:              # modules and their dicts, so imported contents can be folded
            if op.ob_type is not None and op.ob_type.name == "module":
                pinned.add(op.addr)
                pinned.update(r.addr for r, _ in _references(op, labelled=False))
        kept = {op.addr for op in _newest([op for op in chosen if op.addr not in pinned], only,
                                          max(limit - len(pinned), 0))}
        chosen = [op for op in chosen if op.addr in kept or op.addr in pinned]
    present = {op.addr for op in chosen}
    states: list[ObjState] = []
    names: dict[str, int] = {}
    for op in chosen:
        immortal = bool(op.gc_flags & IMMORTAL)
        rc = heap.refcount(op)
        if op.is_gc:
            gen = membership.get(id(op)) or ("collecting" if op.gc_next is not None else "untracked")
        else:
            gen = "-"
        edges = [Edge(ref.addr, label) for ref, label in _references(op, labelled=True)
                 if ref.addr in present]
        if isinstance(op, HWeakref) and op.wr_object is not None and op.wr_object.addr in present:
            edges.append(Edge(op.wr_object.addr, "weak", "weak"))
        if isinstance(op, HDict) and (namespace is None or op is namespace):
            for k, v in op.entries.values():
                if isinstance(k, HLeaf) and isinstance(k.value, str) and v.addr in present:
                    names.setdefault(k.value, v.addr)
        state = ObjState(op.addr, op.ob_type.name if op.ob_type is not None else "?", rc, gen,
                         flag_names(op), op.nbytes, _safe_label(op), edges,
                         0 if immortal else rc - internal.get(op.addr, 0))
        if op.is_gc and op.gc_flags & COLLECTING:
            state.gc_refs = op.gc_refs
        states.append(state)
    lists = {str(i): [op.addr for op in gen if op.addr in present]
             for i, gen in enumerate(heap.gc.generations)}
    lists["a"] = [op.addr for op in chosen]
    return Snapshot(states, lists, names, namespace.addr if namespace is not None else None)


def _newest(chosen: list[HObject], only: set[int] | None, limit: int) -> list[HObject]:
    """Keep the holders (objects outside `only`) and the newest of the rest, `limit` in all, in list
    "a" order: a step-through view follows what the program does now."""
    holders = [op for op in chosen if only is not None and op.addr not in only][:limit]
    room = limit - len(holders)
    rest = [op for op in chosen if only is None or op.addr in only]
    keep = {id(op) for op in holders} | {id(op) for op in (rest[-room:] if room > 0 else [])}
    return [op for op in chosen if id(op) in keep]


def module_contents(snap: Snapshot) -> tuple[set[int], dict[int, int]]:
    """Objects that only imported modules (not the main one) hold: hidden by default, they would
    drown the program's own objects. An object is hidden when it is reachable, over strong edges, from
    an imported module's dict but not from the main module's dict without passing through a module.
    Returns (hidden addresses, module dict address -> number hidden under it)."""
    objs = snap.by_addr()
    modules = {o.addr for o in snap.objects if o.type == "module"}
    module_dicts = [e.target for o in snap.objects if o.type == "module" for e in o.edges
                    if e.target in objs and objs[e.target].type == "dict" and e.target != snap.namespace]
    stop = modules | set(module_dicts)

    def reach(starts: list[int]) -> list[int]:
        seen = set(starts)
        order = list(starts)
        for a in order:
            for e in objs[a].edges:
                t = e.target
                if e.kind == "strong" and t in objs and t not in seen and t not in stop:
                    seen.add(t)
                    order.append(t)
        return order

    program = set(reach([snap.namespace])) if snap.namespace in objs else set()
    hidden: set[int] = set()
    counts: dict[int, int] = {}
    for d in module_dicts:
        under = [a for a in reach([d])[1:] if a not in program and a not in hidden]
        hidden.update(under)
        counts[d] = len(under)
    for o in snap.objects:        # weakrefs held outside the heap (a static base's __subclasses__)
        if o.addr not in program and o.edges and all(   # to hidden objects only: hidden with them
                e.kind == "weak" and e.target in hidden for e in o.edges):
            hidden.add(o.addr)
    return hidden, counts


def fold_modules(snap: Snapshot, keep: set[int] | frozenset[int] = frozenset()) -> Snapshot:
    """The snapshot without the contents of imported modules (`module_contents`, except `keep`);
    each folded module dict says how many objects it holds out of view."""
    hidden, counts = module_contents(snap)
    hidden -= set(keep)
    if not hidden:
        return snap
    objects = []
    for o in snap.objects:
        if o.addr in hidden:
            continue
        edges = [e for e in o.edges if e.target not in hidden]
        value = f"{o.value} (+{counts[o.addr]} not drawn)" if counts.get(o.addr) else o.value
        objects.append(replace(o, edges=edges, value=value))
    lists = {name: [a for a in addrs if a not in hidden] for name, addrs in snap.lists.items()}
    return Snapshot(objects, lists, snap.names, snap.namespace)


def path_from_root(snap: Snapshot, target: int) -> list[int]:
    """Addresses from a root (an object with external references) to `target`, shortest first found
    by breadth-first search over strong edges in list "a" order (deterministic). [] if unreachable
    from any root; [target] if `target` is itself a root."""
    objs = snap.by_addr()
    if target not in objs:
        return []
    parents: dict[int, int | None] = {}
    queue: list[int] = []
    for o in snap.objects:
        if o.external > 0 or "immortal" in o.flags:
            parents[o.addr] = None
            queue.append(o.addr)
    i = 0
    while i < len(queue):
        a = queue[i]
        i += 1
        if a == target:
            break
        for e in objs[a].edges:
            if e.kind == "strong" and e.target not in parents:
                parents[e.target] = a
                queue.append(e.target)
    if target not in parents:
        return []
    path = [target]
    while parents[path[-1]] is not None:
        path.append(parents[path[-1]])   # type: ignore[arg-type]
    return path[::-1]
