"""The object graph as DOT, and its rendering with Graphviz."""

from __future__ import annotations

import re
import shutil

import pytest
from viewscene import Scene, play_cycle

from heapglass.heap.kinds import HTuple, new_static_type
from heapglass.views.graph import GraphError, render, resolve, to_dot
from heapglass.views.snapshot import take_snapshot


def node_statement(dot: str, addr: int) -> str:
    """The attributes of one node statement (labels span several lines)."""
    m = re.search(rf"\to{addr:x} \[(.*?)\]\n", dot, re.DOTALL)
    assert m, f"no node for {addr:#x}"
    return m.group(1)


def cycle_snapshot():
    sc = Scene()
    objs = play_cycle(sc)
    return sc, objs, take_snapshot(sc.heap)


def test_dot_shows_refcount_generation_and_names():
    """Each node carries its refcount and generation; the name bound in the module dict labels the
    node and the edge from the dict."""
    _, objs, snap = cycle_snapshot()
    dot = to_dot(snap)
    assert f"a = list @{objs['a'].addr:#x}" in dot
    assert "rc=2 · gen 0" in dot
    assert "root ×1" in dot


def test_dot_is_deterministic():
    """Two identical scenes give identical DOT text."""
    assert to_dot(cycle_snapshot()[2]) == to_dot(cycle_snapshot()[2])


def test_why_highlights_the_path():
    """--why b highlights module dict -> a -> b: two red edges from objects plus the root marker's."""
    _sc, objs, snap = cycle_snapshot()
    dot = to_dot(snap, why=objs["b"].addr)
    red = [line.strip() for line in dot.splitlines() if "penwidth=2.5" in line]
    assert len(red) == 3 + 1 + 2            # 3 path nodes, the root marker's edge, 2 path edges
    assert f"o{objs['a'].addr:x} -> o{objs['b'].addr:x}" in "\n".join(red)


def test_resolve_by_name_and_address():
    """--why accepts a module-level name or an address; anything else is a clear error."""
    _, objs, snap = cycle_snapshot()
    assert resolve(snap, "a") == objs["a"].addr
    assert resolve(snap, hex(objs["b"].addr)) == objs["b"].addr
    with pytest.raises(GraphError, match="no object named 'zz'"):
        resolve(snap, "zz")
    with pytest.raises(GraphError, match="no live object at 0x10"):
        resolve(snap, "0x10")


def test_dot_output_needs_no_binary(tmp_path, monkeypatch):
    """.dot output is written without Graphviz's dot program; .svg without it is a clear error."""
    monkeypatch.setattr(shutil, "which", lambda name: None)
    out = render(to_dot(cycle_snapshot()[2]), tmp_path / "g.dot")
    assert out.read_text().startswith("digraph heap")
    with pytest.raises(GraphError, match="apt-get install graphviz"):
        render("digraph{}", tmp_path / "g.svg")


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's dot is not installed "
                    "(apt-get install graphviz)")
def test_svg_render(tmp_path):
    """With Graphviz installed the graph renders to SVG."""
    out = render(to_dot(cycle_snapshot()[2]), tmp_path / "g.svg")
    assert "<svg" in out.read_text()


def test_immortal_and_untracked_objects_are_marked():
    """An immortal object (3.12+) shows "immortal" instead of a refcount and a double border; an
    untracked container is drawn dashed and says so. An immortal with no drawn edge (an interned
    str used only as a dict key) is left out."""
    sc = Scene("3.12")
    keep = sc.new_list()
    sc.heap.make_immortal(keep)
    loose = sc.new_list(keep)
    sc.heap.gc_untrack(loose)
    alone = sc.new_str("alone")
    sc.heap.make_immortal(alone)
    dot = to_dot(take_snapshot(sc.heap))
    imm = node_statement(dot, keep.addr)
    assert "immortal · gen 0" in imm and "peripheries=2" in imm
    unt = node_statement(dot, loose.addr)
    assert "rc=1 · untracked" in unt and "dashed" in unt
    assert f"o{alone.addr:x} [" not in dot


def test_imported_module_contents_are_folded():
    """What only an imported module's dict holds is not drawn (the module dict says how many
    objects it folds); the main namespace's objects are drawn; --all draws everything."""
    sc = Scene()
    mod_t = new_static_type("module")
    helper = sc.new_list()                      # held only by the imported module's dict
    mdict = sc.new_dict()
    mdict.entries["helper"] = (sc.new_str("helper"), helper)
    module = HTuple()                           # any container holding the dict stands in for it
    module.items = [mdict]
    sc.heap.new(module, mod_t, 64)
    mine = sc.new_list()
    sc.bind("mine", mine)
    snap = take_snapshot(sc.heap, namespace=sc.glob)
    dot = to_dot(snap)
    assert f"o{helper.addr:x} [" not in dot and "len 1 (+1 not drawn)" in dot
    assert f"o{mine.addr:x} [" in dot
    assert f"o{helper.addr:x} [" in to_dot(snap, everything=True)
