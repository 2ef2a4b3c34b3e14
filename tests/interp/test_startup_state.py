"""The interpreter's state right after start-up and the one-time objects a program's first operations
make, each checked against what the real interpreters print (numbers from [RUN 3.8.18-3.13.0]).

* The start-up heap's tracked objects the model does not build still count: in long_lived_total (the
  25 % rule of the oldest generation) and in the freeze count (3.12 starts with 375 immortal tuples
  in the permanent generation).
* The first repr of a container makes the thread-state dict and its 'Py_Repr' list (Py_ReprEnter).
* 3.8-3.10 frame objects are not tracked while they run.
* print()'s argument parser makes its keyword-name tuple once (3.8-3.11).
* init_subclass calls super through tp_call (an args tuple) before super got vectorcall (3.11).
* Every pymalloc size class has a used pool after start-up.
"""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source

ALL = ("3.8", "3.9", "3.10", "3.11", "3.12", "3.13")


def run(src: str, version: str) -> str:
    r = run_source(src, "prog.py", version)
    assert (r.stderr, r.status) == ("", 0)
    return r.stdout


@pytest.mark.parametrize("version", ALL)
def test_freeze_count_at_start_is_the_permanent_immortals(version: str) -> None:
    """gc.get_freeze_count() before any freeze: 375 on 3.12 (immortal tuples a start-up collection
    moved there), 0 elsewhere; a collection keeps it; unfreeze empties the permanent generation."""
    src = ("import gc\nn = gc.get_freeze_count()\ngc.collect()\nm = gc.get_freeze_count()\n"
           "gc.freeze()\nf = gc.get_freeze_count()\ngc.unfreeze()\n"
           "print(n, m, f > n, gc.get_freeze_count())\n")
    n = 375 if version == "3.12" else 0
    assert run(src, version) == f"{n} {n} True 0\n"


def test_unfrozen_immortals_return_to_permanent_at_the_next_full_collection() -> None:
    """3.12: after gc.unfreeze() the immortal start-up tuples are in generation 2; update_refs of the
    next full collection moves them back, so the freeze count is 375 again."""
    src = "import gc\ngc.unfreeze()\na = gc.get_freeze_count()\ngc.collect()\nprint(a, gc.get_freeze_count())\n"
    assert run(src, "3.12") == "0 375\n"


@pytest.mark.parametrize("version", ALL)
def test_long_lived_start_up_objects_hold_back_full_collections(version: str) -> None:
    """With thresholds (5, 2, 2) and 300 lists kept, the thousands of long-lived start-up objects keep
    long_lived_pending under long_lived_total / 4: 50 collections, none of generation 2
    (conformance case generations/generation_mix_small_thresholds: '50 [38, 12, 0]' everywhere)."""
    src = ("import gc\ngc.collect()\ngc.set_threshold(5, 2, 2)\ngens = []\n"
           "gc.callbacks.append(lambda phase, info: phase == 'start' and gens.append(info['generation']))\n"
           "keep = []\nfor i in range(300):\n    keep.append([i])\n"
           "gc.callbacks.clear()\ngc.set_threshold(700, 10, 10)\n"
           "print(len(gens), [gens.count(g) for g in (0, 1, 2)])\n")
    assert run(src, version) == "50 [38, 12, 0]\n"


@pytest.mark.parametrize("version", ALL)
def test_first_container_repr_makes_the_thread_state_dict(version: str) -> None:
    """Py_ReprEnter: the first repr of a non-empty tuple makes the thread-state dict and its
    'Py_Repr' list, which stay (the dict tracked in generation 0). An empty list's repr never
    enters; the list it built and freed is the free-list entry the 'Py_Repr' list reuses, so the
    counts read (1 + 1, 1 + 0, 1 + 0), each reading's own tuple included."""
    src = ("import gc\ngc.collect()\na = gc.get_count()[0]\ns = repr([])\nb = gc.get_count()[0]\n"
           "s = repr((1, 2))\nc = gc.get_count()[0]\ns = repr((1, 2))\nd = gc.get_count()[0]\n"
           "print(b - a, c - b, d - c)\n"
           "print([type(o).__name__ for o in gc.get_objects(0) if type(o) is dict and 'Py_Repr' in o])\n")
    assert run(src, version) == "2 1 0\n['dict']\n"


@pytest.mark.parametrize("version", ALL)
def test_running_frame_is_untracked_before_3_11(version: str) -> None:
    """3.8-3.10 run a call in a frame made by _PyFrame_New_NoTrack: gc.is_tracked is False while it
    runs and True once it outlives the call; 3.11+ frame objects made on demand are untracked too,
    and tracked when they take the frame's data."""
    src = ("import gc, sys\ndef f():\n    fr = sys._getframe()\n    print(gc.is_tracked(fr))\n"
           "    return fr\nprint(gc.is_tracked(f()))\n")
    assert run(src, version) == "False\nTrue\n"


@pytest.mark.parametrize("version, counts", [("3.8", "3 2"), ("3.10", "2 1"), ("3.11", "3 2"),
                                             ("3.12", "2 2"), ("3.13", "2 2")])
def test_print_keyword_tuple_is_made_once(version: str, counts: str) -> None:
    """print's _PyArg_Parser builds ('sep', 'end', 'file', 'flush') on its first call with keywords
    (3.8-3.10) or its first call (3.11); 3.12+ use a static tuple: the first of two identical prints
    after a collection counts one more only where the tuple is made."""
    src = ("import gc\ngc.collect(); a = gc.get_count()[0]; print('x', end='\\n'); b = gc.get_count()[0]\n"
           "gc.collect(); c = gc.get_count()[0]; print('y', end='\\n'); d = gc.get_count()[0]\n"
           "print(b - a, d - c)\n")
    assert run(src, version).splitlines()[-1] == counts


@pytest.mark.parametrize("version, counts", [("3.8", "13 8"), ("3.10", "12 8"), ("3.11", "10 7"),
                                             ("3.13", "10 7")])
def test_first_class_after_a_collection(version: str, counts: str) -> None:
    """The first class statement after gc.collect() costs more than the next one (free lists were
    cleared); before 3.11 that includes init_subclass's args tuple for super (no vectorcall)."""
    src = ("import gc\nclass Z: pass\ngc.collect()\na = gc.get_count()[0]\nclass D:\n    pass\n"
           "b = gc.get_count()[0]\nclass M:\n    pass\nc = gc.get_count()[0]\nprint(b - a, c - b)\n")
    assert run(src, version) == counts + "\n"


@pytest.mark.parametrize("version", ALL)
def test_freed_instance_memory_goes_to_the_next_same_size_instance(version: str) -> None:
    """The start-up heap keeps a used pool in every size class, so a freed instance's pool stays in
    use: the next instance reuses its block when it has the same size (before 3.13), and lands in
    another pool when 3.13's inline values make it smaller (caches/id_reuse_instance)."""
    src = "class C:\n    pass\nc = C()\ni = id(c)\ndel c\nc2 = C()\nprint(id(c2) == i)\n"
    assert run(src, version) == ("False\n" if version == "3.13" else "True\n")


@pytest.mark.parametrize("version, count", [("3.8", 12), ("3.10", 11), ("3.11", 10), ("3.13", 10)])
def test_type_call_keeps_the_given_bases_tuple(version: str, count: int) -> None:
    """type(name, (object,), ns) uses the caller's bases tuple (type_new packs (object,) only for
    empty bases): it costs what type(name, (), ns) costs, [RUN] 12/11/10/10 after gc.collect()."""
    for bases in ("()", "(object,)"):
        src = (f"import gc\ngc.collect()\na = gc.get_count()[0]\nT = type('D', {bases}, {{}})\n"
               "b = gc.get_count()[0]\nprint(b - a, T.__bases__)\n")
        assert run(src, version) == f"{count} (<class 'object'>,)\n"
