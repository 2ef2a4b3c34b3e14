"""The object graph of one moment as Graphviz DOT, and its rendering to SVG/PNG.

Each node is one object: type, value, refcount (or "immortal"); its fill colour is its generation
(white = untracked, no fill = no GC header); immortal objects have a double border. Strong references
are solid arrows labelled with the dict key, list index or attribute; weak references are dashed.
Objects with external references (refcount minus references from heap objects > 0: frames, the value
stack, module state) hang from a "root" marker saying how many. ``why`` highlights, in red, the path
from a root that keeps an object alive.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
from pathlib import Path

from .snapshot import ObjState, Snapshot, fold_modules, path_from_root

GEN_COLOURS = {"0": "#cfe8ff", "1": "#fff1b8", "2": "#ffd6cc", "permanent": "#dddddd",
               "collecting": "#e8d5ff", "untracked": "#ffffff"}
HIGHLIGHT = "#d62728"


class GraphError(ValueError):
    """A graph request that cannot be satisfied (unknown object, missing renderer)."""


def node_label(o: ObjState, name: str | None) -> str:
    rc = "immortal" if "immortal" in o.flags else f"rc={o.refcnt}"
    parts = [f"{name} = " if name else "", f"{o.type} @{o.addr:#x}"]
    first = "".join(parts)
    lines = [first]
    if o.value:
        lines.append(o.value)
    gen = {"-": "no GC header", "untracked": "untracked"}.get(o.gen, f"gen {o.gen}")
    lines.append(f"{rc} · {gen}")
    if "finalized" in o.flags:
        lines.append("finalized")
    return "\n".join(lines)


def resolve(snap: Snapshot, what: str) -> int:
    """An object named by address (0x… or decimal) or by a module-level name."""
    objs = snap.by_addr()
    text = what.strip()
    try:
        addr = int(text, 0)
    except ValueError:
        addr = None
    if addr is not None:
        if addr not in objs:
            raise GraphError(f"no live object at {addr:#x} at that moment")
        return addr
    if text in snap.names:
        return snap.names[text]
    known = ", ".join(sorted(snap.names)[:20]) or "none"
    raise GraphError(f"no object named {text!r} at that moment (names: {known})")


def to_dot(snap: Snapshot, *, why: int | None = None, title: str = "", everything: bool = False) -> str:
    """DOT source for the snapshot (deterministic: nodes in list "a" order). Unless `everything`,
    the contents of imported modules are left out (see `module_contents`)."""
    import graphviz

    names = {addr: name for name, addr in snap.names.items()}
    path = path_from_root(snap, why) if why is not None else []
    on_path = set(path)
    if not everything:
        snap = fold_modules(snap, keep=on_path)
    path_edges = set(itertools.pairwise(path))
    g = graphviz.Digraph("heap", graph_attr={"rankdir": "LR", "fontname": "Helvetica", "label": title,
                                              "labelloc": "t"},
                         node_attr={"shape": "box", "style": "rounded,filled", "fontname": "Helvetica",
                                    "fontsize": "10"},
                         edge_attr={"fontname": "Helvetica", "fontsize": "9"})
    linked = {e.target for o in snap.objects for e in o.edges} | {o.addr for o in snap.objects if o.edges}
    for o in snap.objects:
        if o.addr not in linked and o.addr not in on_path and (
                "immortal" in o.flags or o.external <= 0 or o.gen == "-"):
            continue   # a dict's str key (its value's edge label), an interned str, a code constant
        attrs = {"fillcolor": GEN_COLOURS.get(o.gen, "#ffffff")}
        if o.gen == "-":
            attrs["style"] = "rounded"
        if o.gen == "untracked":
            attrs["style"] = "rounded,filled,dashed"
        if "immortal" in o.flags:
            attrs["peripheries"] = "2"
        if o.addr in on_path:
            attrs.update(color=HIGHLIGHT, penwidth="2.5")
        g.node(f"o{o.addr:x}", node_label(o, names.get(o.addr)), **attrs)
        if o.external > 0:
            root = f"r{o.addr:x}"
            g.node(root, f"root ×{o.external}", tooltip="references from outside the heap objects: "
                   "frames, the value stack, module state", shape="plaintext",
                   style="", fontcolor="#555555")
            rattrs = {"color": HIGHLIGHT, "penwidth": "2.5"} if path and path[0] == o.addr else {}
            g.edge(root, f"o{o.addr:x}", **rattrs)
    for o in snap.objects:
        for e in o.edges:
            attrs = {"label": e.label} if e.label and e.label != "key" else {}
            if e.kind == "weak":
                attrs.update(style="dashed", color="#777777")
            if (o.addr, e.target) in path_edges and e.kind == "strong":
                attrs.update(color=HIGHLIGHT, penwidth="2.5", fontcolor=HIGHLIGHT)
            g.edge(f"o{o.addr:x}", f"o{e.target:x}", **attrs)
    if why is not None and not path:
        g.node("why", f"@{why:#x} is not reachable from any root:\nonly a cycle keeps it (garbage)",
               shape="note", color=HIGHLIGHT)
    return g.source


def render(dot: str, out: str | Path) -> Path:
    """Write `dot` to `out`; .dot is written as is, .svg/.png are rendered with Graphviz's `dot`."""
    out = Path(out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt in ("dot", "gv"):
        out.write_text(dot, encoding="utf-8")
        return out
    if fmt not in ("svg", "png"):
        raise GraphError(f"unsupported output format {out.suffix!r}: use .svg, .png or .dot")
    exe = shutil.which("dot")
    if exe is None:
        raise GraphError("rendering .svg/.png needs Graphviz's `dot` program (Debian: apt-get install "
                         "graphviz); .dot output works without it")
    proc = subprocess.run([exe, f"-T{fmt}", "-o", str(out)], input=dot.encode("utf-8"),
                          capture_output=True, check=False)
    if proc.returncode != 0:
        raise GraphError(f"dot failed: {proc.stderr.decode(errors='replace').strip()}")
    return out
