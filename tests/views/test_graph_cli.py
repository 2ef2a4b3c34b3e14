"""`heapglass graph`: the moment chosen by --event/--line, --why, output formats, clear errors.

The interpreter is replaced by a scene that plays ``a = []; b = [a]; a.append(b); del b`` through
the same views protocol (attach before, finish after), so these tests do not need it."""

from __future__ import annotations

import argparse
from types import SimpleNamespace

import pytest
from test_session import SceneRuntime
from viewscene import Scene, play_cycle

from heapglass.views import graph_cli
from heapglass.views.graph import GraphError

PROGRAM = "a = []\nb = [a]\na.append(b)\ndel b\n"


def fake_run(source, filename, version, views):
    sc = Scene(version)
    rt = SceneRuntime(sc)
    views.attach(rt)
    play_cycle(sc)
    views.finish(rt, None)


def run_capture(**kw) -> graph_cli.GraphCapture:
    cap = graph_cli.GraphCapture(**kw)
    fake_run(PROGRAM, "prog.py", "3.12", cap)
    return cap


def test_line_moment_sees_the_lines_effects():
    """--line 1: the snapshot is taken when the next line's first event arrives, so line 1's
    binding of ``a`` (which emits no event of its own) is already in the module dict."""
    snap = run_capture(line=1).snapshot
    assert "a" in snap.names and "b" not in snap.names
    assert snap.by_addr()[snap.names["a"]].refcnt == 1


def test_event_moment():
    """--event 2 is just after the second event: the first list exists, nothing is bound yet."""
    snap = run_capture(event=2).snapshot
    assert [o.type for o in snap.objects] == ["list"]


def test_event_beyond_the_run_is_an_error():
    """Asking for an event the run never reaches names how many events there were."""
    with pytest.raises(GraphError, match="--event 9999: the run has only"):
        run_capture(event=9999)


def test_line_without_events_is_an_error():
    """A line that never touched the heap cannot be a moment."""
    with pytest.raises(GraphError, match="no heap event happened on line 9"):
        run_capture(line=9)


def args(tmp_path, **kw) -> argparse.Namespace:
    prog = tmp_path / "prog.py"
    prog.write_text(PROGRAM)
    base = {"file": str(prog), "python": "3.12", "line": None, "event": None, "why": None, "all": False,
                "output": str(tmp_path / "g.dot")}
    base.update(kw)
    return argparse.Namespace(**base)


def test_main_writes_dot_with_why(tmp_path, monkeypatch, capsys):
    """At the end of the run (after ``del b``) the command writes the DOT file with the --why path
    to ``a`` highlighted: module dict -> a (b is still there, held by a, but has no name)."""
    monkeypatch.setattr(graph_cli, "run_with_views", fake_run)
    assert graph_cli.main(args(tmp_path, why="a")) == 0
    dot = (tmp_path / "g.dot").read_text()
    assert "a = list" in dot and "b = list" not in dot
    assert sum("penwidth=2.5" in line for line in dot.splitlines()) == 2 + 1 + 1   # 2 nodes, 2 edges


def test_main_reports_bad_input_without_traceback(tmp_path, monkeypatch, capsys):
    """A missing file, a bad output suffix or an unknown name give one clear line and status 2."""
    monkeypatch.setattr(graph_cli, "run_with_views", fake_run)
    assert graph_cli.main(args(tmp_path, file=str(tmp_path / "missing.py"))) == 2
    assert "cannot read" in capsys.readouterr().err
    assert graph_cli.main(args(tmp_path, output=str(tmp_path / "g.jpg"))) == 2
    assert "use a .svg, .png or .dot" in capsys.readouterr().err
    assert graph_cli.main(args(tmp_path, why="nosuchname")) == 2
    assert "no object named 'nosuchname'" in capsys.readouterr().err


def test_parser_accepts_the_documented_options():
    """heapglass graph FILE --python 3.X --line N --why NAME -o OUT parses."""
    parser = argparse.ArgumentParser()
    graph_cli.add_parser(parser.add_subparsers())
    ns = parser.parse_args(["graph", "p.py", "--python", "3.9", "--line", "3", "--why", "a", "-o", "x.svg"])
    assert (ns.file, ns.python, ns.line, ns.why, ns.output) == ("p.py", "3.9", 3, "a", "x.svg")


def test_program_end_hook_gives_the_exact_end_of_run():
    """When the interpreter reports the program's end (before shutdown), the end-of-run graph is
    taken right then: both names still bound, nothing of the shutdown seen."""
    sc = Scene()
    rt = SceneRuntime(sc)
    cap = graph_cli.GraphCapture()
    cap.attach(rt)
    play_cycle(sc)
    cap.program_end(rt)
    sc.unbind("a")             # what shutdown would do next
    cap.finish(rt, None)
    assert set(cap.snapshot.names) == {"a"}


def test_a_program_that_does_not_run_is_reported(tmp_path, monkeypatch, capsys):
    """A program that fails before running a line (a SyntaxError) gets its error shown and no
    graph: status 2, not an empty picture."""
    def syntax_error(source, filename, version, views):
        sc = Scene(version)
        rt = SceneRuntime(sc)
        views.attach(rt)
        views.finish(rt, None)
        return SimpleNamespace(status=1, stdout="", stderr="  x = (\nSyntaxError: '(' was never closed\n")
    monkeypatch.setattr(graph_cli, "run_with_views", syntax_error)
    assert graph_cli.main(args(tmp_path)) == 2
    err = capsys.readouterr().err
    assert "exited with status 1" in err and "SyntaxError" in err and "did not run" in err
    assert not (tmp_path / "g.dot").exists()


def test_line_hook_makes_the_moment_exact():
    """When the interpreter reports each statement (on_line), --line 2 is taken as line 3 starts:
    b is bound and no later line (here ``del b``, which makes no heap event) has run. A call from
    line 2 into a function (a deeper frame) does not end line 2."""
    sc = Scene()
    rt = SceneRuntime(sc)
    cap = graph_cli.GraphCapture(line=2)
    cap.attach(rt)
    module = SimpleNamespace(code=SimpleNamespace(filename=rt.main_filename), back=None)
    callee = SimpleNamespace(code=SimpleNamespace(filename=rt.main_filename), back=module)
    sc.line = 1                                 # what frame.lineno says, as in the interpreter
    cap.on_line(module, 1)
    a = sc.new_list()
    sc.bind("a", a)
    sc.heap.decref(a)
    sc.line = 2
    cap.on_line(module, 2)
    cap.on_line(callee, 9)                      # a function called from line 2
    b = sc.new_list(a)
    sc.bind("b", b)
    sc.heap.decref(b)
    sc.line = 3
    cap.on_line(module, 3)                      # line 3: del b
    sc.unbind("b")
    cap.finish(rt, None)
    assert set(cap.snapshot.names) == {"a", "b"}
