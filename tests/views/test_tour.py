"""`heapglass tour`: chapter data in both languages, programs whose printed claims are checked on
the real interpreters, and the plain-text walk through."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from types import SimpleNamespace

import pytest
from test_session import SceneRuntime
from viewscene import Scene, play_cycle

from heapglass.conform.model import model_available
from heapglass.profiles import PATCH_RELEASES
from heapglass.views import tour

CHAPTER_IDS = ["refcount", "cycles", "generations", "caches", "weakrefs", "del_stmt", "finalizers", "caveats"]


def real(version: str, program: str) -> str:
    env = dict(os.environ, PYENV_VERSION=PATCH_RELEASES[version], PYTHONUNBUFFERED="1")
    proc = subprocess.run(["python", "-c", program], capture_output=True, text=True, env=env, check=False,
                          timeout=60)
    return proc.stdout + proc.stderr


needs_pyenv = pytest.mark.skipif(shutil.which("pyenv") is None, reason="the real interpreters (pyenv) "
                                 "are not installed")


def chapter(cid: str) -> dict:
    return next(c for c in tour.chapters() if c["id"] == cid)


def test_chapters_follow_the_seed_order():
    """Reference counting, cycles, generations, caches, weakrefs, del, __del__, caveats."""
    assert [c["id"] for c in tour.chapters()] == CHAPTER_IDS


def test_both_languages_have_every_text():
    """English and Chinese texts cover the same chapters and interface strings."""
    en, zh = tour.texts("en"), tour.texts("zh")
    assert en["ui"].keys() == zh["ui"].keys()
    for cid in CHAPTER_IDS:
        assert en["chapters"][cid].keys() == zh["chapters"][cid].keys()
        assert bool(en["chapters"][cid]["correction"]) == bool(zh["chapters"][cid]["correction"])
    with pytest.raises(ValueError, match="unknown tour language 'fr'"):
        tour.texts("fr")


@needs_pyenv
@pytest.mark.parametrize(("version", "found"), [("3.8", 4), ("3.10", 4), ("3.11", 2), ("3.13", 2)])
def test_cycles_correction_matches_real_interpreters(version, found):
    """The cycles chapter says 3.8-3.10 find 4 unreachable objects (two instances and their
    __dict__s) and 3.11+ find 2, and that a release build has no list of all objects."""
    out = real(version, chapter("cycles")["program"])
    assert f"gc.collect() found {found} unreachable objects" in out
    assert "keeps no list of all objects: False" in out


@needs_pyenv
def test_chapter_programs_print_what_the_texts_claim():
    """On real 3.12.1: a new float lands on the freed one's memory, del leaves b's list alive, the
    cycle's finalizers wait for gc.collect(), and the caveats' objects die once released."""
    assert "reuses the freed float's memory (free list): True" in real("3.12", chapter("caches")["program"])
    assert "refcount 2" in real("3.12", chapter("del_stmt")["program"])
    fin = real("3.12", chapter("finalizers")["program"]).splitlines()
    assert fin.index("__del__ of a") > fin.index("a and b are unreachable, but no __del__ has run yet")
    cav = real("3.12", chapter("caveats")["program"])
    assert "alive: True" in cav and "after del saved: False" in cav and "after del everything: False" in cav


@pytest.mark.skipif(not model_available(), reason="the heapglass interpreter is not available yet")
@needs_pyenv
@pytest.mark.parametrize("cid", CHAPTER_IDS)
def test_chapter_output_on_the_model_matches_cpython(cid):
    """What the tour shows as the model's output is what CPython 3.12.1 prints."""
    ui = tour.texts("en")["ui"]
    run = tour.run_chapter(chapter(cid), "3.12", ui)
    assert run.error == ""
    expected = real("3.12", chapter(cid)["program"])
    if run.output != expected and ("ModuleNotFoundError: No module named" in run.output
                                   or "not supported" in run.output):
        pytest.xfail(f"the interpreter does not support this chapter's program yet: "
                     f"{run.output.strip().splitlines()[-1]}")
    assert run.output == expected


def fake_run(source, filename, version, views):
    """Stands in for the interpreter: plays the cycle scene through the views protocol."""
    sc = Scene(version)
    rt = SceneRuntime(sc)
    views.attach(rt)
    play_cycle(sc)
    views.finish(rt, None)
    return SimpleNamespace(stdout=f"ran {filename}\n", stderr="", status=0)


def test_tour_prints_straight_through_when_not_a_terminal(monkeypatch):
    """Not a terminal: every chapter in order, plain text, with the notes' claim, the output, the
    model's view and the corrections; no pause, no ANSI codes."""
    monkeypatch.setattr(tour, "run_with_views", fake_run)
    out = io.StringIO()
    assert tour.tour("en", "3.12", out) == 0
    text = out.getvalue()
    assert "\x1b[" not in text
    heads = [line for line in text.splitlines() if line.startswith("Chapter ")]
    assert heads[0] == "Chapter 1/8: Reference counting" and len(heads) == 8
    assert "ran <tour:cycles>" in text
    assert "arenas returned to the OS: 0; arenas still held at the end: 1" in text
    assert "only in a debug build" in text


def test_tour_in_chinese(monkeypatch):
    """--lang zh prints the Chinese texts, quoting the seed notes as they are."""
    monkeypatch.setattr(tour, "run_with_views", fake_run)
    out = io.StringIO()
    tour.tour("zh", "3.12", out, only=6)
    text = out.getvalue()
    assert "第 6/8 章：del" in text and "del 会是数据对象的引用技术减一" in text


def test_tour_reports_a_missing_interpreter_per_chapter(monkeypatch):
    """Without the interpreter each chapter says why its program could not run; status 1."""
    def unavailable(*a, **k):
        raise tour.ModelUnavailable("the heapglass interpreter is not available: no module")
    monkeypatch.setattr(tour, "run_with_views", unavailable)
    out = io.StringIO()
    assert tour.tour("en", "3.12", out, only=1) == 1
    assert "(the program could not run on the model: the heapglass interpreter is not available" in out.getvalue()


def test_collections_are_told_in_the_tour_language():
    """What the model saw is told in the chosen language, with the line that ran the collection."""
    from heapglass.views.explain import Collection
    c = Collection(0, 10, 2, 1, 2, 8, 0, promoted_to=1, reason="heap")
    assert tour.collection_text(c, 7, tour.texts("zh")["ui"]) == \
        "第 7 行：第 0 代回收（自动触发）：检查 10 个，不可达 2 个，__del__ 运行 1 次，释放 2 个，8 个晋升到第 1 代"
    assert tour.collection_text(c, None, tour.texts("en")["ui"]).startswith(
        "collection of generation 0 (automatic): 10 examined")
