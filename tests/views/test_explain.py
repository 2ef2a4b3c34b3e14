"""The --explain story: per source line, plain text when not a terminal."""

from __future__ import annotations

import io

from viewscene import Scene, play_cycle

from heapglass.views.explain import explain, summarize_collection
from heapglass.views.record import Recorder

SOURCE = "a = []\nb = [a]\na.append(b)\ndel b\n"


def story(terminal: bool = False) -> str:
    sc = Scene()
    rec = Recorder(sc.heap, line_of=sc.line_of)
    rec.attach()
    objs = play_cycle(sc)
    rec.detach()
    out = io.StringIO()
    names = {objs["a"].addr: "a"}
    explain(rec.events, out, source=SOURCE, names=names, title="story", terminal=terminal)
    return out.getvalue()


def test_story_is_told_by_source_line():
    """Line 1 creates the list named a (plus the str key "a"); line 2 creates one list."""
    text = story()
    lines = text.splitlines()
    assert lines[0] == "story"
    assert lines[1] == "line 1: a = []"
    assert lines[2].startswith("  created 2 objects: 1 list, 1 str; named: a (list @")
    assert "line 2: b = [a]" in lines
    assert "\x1b[" not in text          # plain text when not a terminal


def test_terminal_output_uses_rich_styles():
    """On a terminal the same story is printed with rich (ANSI styles)."""
    out = io.StringIO()
    explain([{"seq": 1, "kind": "alloc", "line": 1, "addr": 16, "type": "list", "nbytes": 56}], out,
            source="a = []\n", terminal=True)
    assert "line 1: a = []" in out.getvalue()


def test_collection_sentence():
    """A collection is one sentence: examined = gc_refs entries after update_refs, unreachable = the
    unreachable list, __del__ runs and frees counted from the events, promoted = the rest."""
    events = [{"seq": 1, "kind": "gc_start", "line": 3, "generation": 0},
              {"seq": 2, "kind": "gc_phase", "line": 3, "phase": "update_refs",
               "refs": [[16, 1], [32, 1], [48, 1], [64, 2]]},
              {"seq": 3, "kind": "gc_phase", "line": 3, "phase": "move_unreachable",
               "unreachable": [16, 32]},
              {"seq": 4, "kind": "promote", "line": 3, "generation": 0, "to": 1, "addrs": [48, 64]},
              {"seq": 4, "kind": "finalize", "line": 3, "addr": 16, "by": "gc"},
              {"seq": 5, "kind": "free", "line": 3, "addr": 16},
              {"seq": 6, "kind": "free", "line": 3, "addr": 32},
              {"seq": 7, "kind": "gc_stop", "line": 3, "generation": 0}]
    c = summarize_collection(events)
    assert c.sentence() == ("gen 0: 4 examined, 2 unreachable, 1 __del__ ran, 2 freed, "
                            "2 promoted to gen 1")


def test_freelist_hits_and_arenas_are_reported():
    """Free-list pops and arenas given back to the OS appear under their line."""
    out = io.StringIO()
    explain([{"seq": 1, "kind": "freelist_pop", "line": 2, "family": "tuple"},
             {"seq": 2, "kind": "arena_free_to_os", "line": 5, "arena": 3}], out, source="")
    text = out.getvalue()
    assert "free-list hit: 1 tuple object reused" in text
    assert "arena #3 returned to the OS" in text


def test_full_collection_survivors_stay_and_the_collection_keeps_its_line():
    """A collection of the oldest generation promotes nothing: its survivors stay in gen 2. It is
    told under the line that ran it, even when the lines before it had no events."""
    events = [{"seq": 1, "kind": "alloc", "line": 5, "addr": 16, "type": "list", "nbytes": 56},
              {"seq": 2, "kind": "gc_start", "line": 7, "generation": 2},
              {"seq": 3, "kind": "gc_phase", "line": 7, "phase": "update_refs", "refs": [[16, 1]]},
              {"seq": 4, "kind": "gc_phase", "line": 7, "phase": "move_unreachable", "reachable": [16],
               "unreachable": []},
              {"seq": 5, "kind": "gc_stop", "line": 7, "generation": 2, "collected": 0, "uncollectable": 0}]
    out = io.StringIO()
    explain(events, out, source="\n" * 9)
    lines = out.getvalue().splitlines()
    expected = ("  collection gen 2: 1 examined, 0 unreachable, 0 __del__ ran, 0 freed, "
                "1 survived (they stay in gen 2)")
    assert lines[-2:] == ["line 7", expected]


def test_a_loop_is_told_once_per_line():
    """Runs of the same line (a loop body) are merged: one paragraph per line saying how many runs,
    and one name standing for many objects is counted instead of listed."""
    events = []
    seq = 0
    for i in range(3):
        for line in (2, 3):
            seq += 1
            events.append({"seq": seq, "kind": "alloc", "line": line, "addr": 16 * seq, "type": "Node",
                           "nbytes": 48})
    log = [(e["seq"], "a" if e["line"] == 2 else "b", e["addr"]) for e in events]
    out = io.StringIO()
    explain(events, out, source="for i in range(3):\n    a = Node()\n    b = Node()\n", name_log=log)
    lines = out.getvalue().splitlines()
    assert lines[1:] == ["line 2: a = Node()  (3 runs)", "  created 3 objects: 3 Node; named: a ×3",
                         "line 3: b = Node()  (3 runs)", "  created 3 objects: 3 Node; named: b ×3"]


def test_refcount_changes_of_named_objects():
    """With --trace-refcounts the story gives each named object's net refcount change per line
    (``b = a`` adds one reference to a's list); unnamed objects' changes are left out."""
    events = [{"seq": 1, "kind": "alloc", "line": 1, "addr": 16, "type": "list", "nbytes": 56},
              {"seq": 2, "kind": "incref", "line": 2, "addr": 16},
              {"seq": 3, "kind": "incref", "line": 2, "addr": 32},
              {"seq": 4, "kind": "decref", "line": 2, "addr": 32}]
    out = io.StringIO()
    explain(events, out, source="a = []\nb = a\n", name_log=[(1, "a", 16)])
    assert out.getvalue().splitlines()[-2:] == ["line 2: b = a", "  refcount of a @0x10: +1"]
