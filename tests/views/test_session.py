"""ViewSession: the interpreter's entry point to every view, driven here by a scene runtime."""

from __future__ import annotations

import io
import json
from types import SimpleNamespace

import pytest
from viewscene import Scene, play_cycle

from heapglass.views.session import ViewError, ViewSession, current_line

SOURCE = "a = []\nb = [a]\na.append(b)\ndel b\n"


class SceneRuntime:
    """The slice of the interpreter's Runtime the views read: heap, main_filename, sources, frame,
    main_module (whose dict holds the program's names)."""

    def __init__(self, sc: Scene) -> None:
        self.heap = sc.heap
        self.main_filename = "/tmp/prog.py"
        self.sources = {self.main_filename: SOURCE}
        self.scene = sc
        self.main_module = SimpleNamespace(dict=sc.glob)

    @property
    def frame(self):
        line = self.scene.line
        return None if line is None else SimpleNamespace(lineno=line, code=SimpleNamespace(
            filename=self.main_filename), back=None)


def run_session(options: dict, out=None) -> None:
    sc = Scene()
    rt = SceneRuntime(sc)
    session = ViewSession(options, out=out)
    session.attach(rt)
    play_cycle(sc)
    session.finish(rt, None)


def test_all_outputs_are_written(tmp_path):
    """--trace, --perfetto, --html and --plot each produce their file from one run."""
    paths = {k: tmp_path / f"out.{ext}" for k, ext in
             (("trace", "jsonl"), ("perfetto", "json"), ("html", "html"), ("plot", "png"))}
    run_session({k: str(v) for k, v in paths.items()})
    head = json.loads(paths["trace"].read_text().splitlines()[0])
    assert head["program"] == "prog.py" and head["python"] == "3.12"
    assert json.loads(paths["perfetto"].read_text())["traceEvents"]
    assert "<svg" not in paths["html"].read_text()[:200] and "heapglass" in paths["html"].read_text()
    assert paths["plot"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_lines_come_from_the_main_frame(tmp_path):
    """Events carry the line of the innermost frame running the main file: lines 1 and 2 allocate;
    lines 3 and 4 only move refcounts (no event without --trace-refcounts)."""
    p = tmp_path / "t.jsonl"
    run_session({"trace": str(p)})
    lines = {json.loads(x)["line"] for x in p.read_text().splitlines()[1:]}
    assert lines == {1, 2}


def test_current_line_skips_frames_of_other_files():
    """A frame of an imported module reports the main program's calling line."""
    main = SimpleNamespace(lineno=7, code=SimpleNamespace(filename="/p/main.py"), back=None)
    inner = SimpleNamespace(lineno=99, code=SimpleNamespace(filename="/lib/mod.py"), back=main)
    assert current_line(SimpleNamespace(main_filename="/p/main.py", frame=inner)) == 7
    assert current_line(SimpleNamespace(main_filename="/p/main.py", frame=None)) is None


def test_explain_prints_the_story():
    """--explain prints the story after the run, naming the source lines and the objects."""
    out = io.StringIO()
    run_session({"explain": True}, out=out)
    text = out.getvalue()
    assert "line 1: a = []" in text and "named: a (list @" in text


def test_explain_names_objects_that_were_unbound_before_the_end():
    """``x = []`` (1), ``y = []`` (2), ``z = []`` (3), ``del x`` (4): the freed list is still told as
    ``x`` — the name seen bound to it while it lived — although no name refers to it at the end."""
    sc = Scene()
    rt = SceneRuntime(sc)
    rt.sources[rt.main_filename] = "x = []\ny = []\nz = []\ndel x\n"
    out = io.StringIO()
    session = ViewSession({"explain": True}, out=out)
    session.attach(rt)
    for line, name in ((1, "x"), (2, "y"), (3, "z")):
        sc.line = line
        lst = sc.new_list()
        sc.bind(name, lst)
        sc.heap.decref(lst)
    sc.line = 4
    sc.unbind("x")
    sc.line = None
    session.finish(rt, None)
    text = out.getvalue()
    assert "line 4: del x\n  freed 1 object: 1 list; named: x (list @" in text


def test_bad_output_directory_fails_before_the_run(tmp_path):
    """A path in a missing directory is refused at attach, with the option named."""
    session = ViewSession({"trace": str(tmp_path / "nope" / "t.jsonl")})
    with pytest.raises(ViewError, match="--trace .*does not exist"):
        session.attach(SceneRuntime(Scene()))


def test_nothing_asked_attaches_nothing():
    """With no view option the session does not subscribe: the bus stays inactive."""
    sc = Scene()
    ViewSession(SimpleNamespace()).attach(SceneRuntime(sc))
    assert not sc.heap.events.active


def test_add_arguments_gives_session_options(tmp_path):
    """The flags `heapglass run` adds parse into options a ViewSession understands."""
    import argparse

    from heapglass.views.session import add_arguments
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    ns = parser.parse_args(["--trace", str(tmp_path / "t.jsonl"), "--trace-refcounts", "--explain"])
    session = ViewSession(ns)
    assert session.paths["trace"] == str(tmp_path / "t.jsonl") and session.refcounts and session.explain


def test_program_end_names_what_shutdown_frees():
    """When the interpreter reports the program's end, the names still bound are noted, so the
    story names the objects shutdown frees (here ``x``, freed with no line)."""
    sc = Scene()
    rt = SceneRuntime(sc)
    rt.sources[rt.main_filename] = "x = []\n"
    out = io.StringIO()
    session = ViewSession({"explain": True}, out=out)
    session.attach(rt)
    sc.line = 1
    lst = sc.new_list()
    sc.line = None
    sc.bind("x", lst)          # bound after the line's last event: only program_end sees it
    sc.heap.decref(lst)
    session.program_end(rt)
    sc.unbind("x")             # shutdown clears the module dict
    session.finish(rt, None)
    assert "freed 1 object: 1 list; named: x (list @" in out.getvalue()
