"""gc.get_referents of generators, frames and what they reach: tp_traverse order per version (profile
facts interp.gen_traverse_fields and frame_traverse_fields), and the references behind it that the
model must count for the collector to stay sound (frame_holds_builtins, frame_holds_globals,
frame_holds_function). Expected outputs were printed by CPython 3.8.18, 3.10.13, 3.11.7, 3.12.1 and
3.13.0 ([RUN], the probe /tmp/hg/ref/probe.py of helper-referents; the conformance cases
generators/referents_*, tracking/frame_referents, closures/function_referents and
cycles/generator_frame_cycle show the rest on all six versions).
"""

from __future__ import annotations

import gc
import textwrap

import pytest

from heapglass.interp.api import run_source
from heapglass.interp.runtime import Runtime


def _run(source: str, version: str) -> str:
    return run_source(textwrap.dedent(source), "prog.py", version).stdout


GENEXP = """
    import gc
    def names(o):
        return [type(x).__name__ for x in gc.get_referents(o)]
    seq = [1, 2]
    ge = (i for i in seq)
    print(names(ge))
    next(ge)
    print(names(ge))
"""


@pytest.mark.parametrize(("version", "expected"), [
    ("3.8", "['frame', 'code', 'str', 'str']\n" * 2),
    ("3.11", ("['code', 'str', 'str', 'function', 'code', 'list_iterator']\n"
              "['code', 'str', 'str', 'function', 'code', 'list_iterator', 'int', 'list_iterator']\n")),
    ("3.13", ("['str', 'str', 'function', 'code', 'list_iterator']\n"
              "['str', 'str', 'function', 'code', 'list_iterator', 'int', 'list_iterator']\n")),
])
def test_genexp_referents(version: str, expected: str) -> None:
    """A generator expression's frame holds its `.0` argument (the iterator) and, once started,
    the loop variable and the FOR_ITER iterator on its value stack (3.11+ through the generator)."""
    assert _run(GENEXP, version) == expected


OWN_FRAME = """
    import gc, sys
    def gg():
        yield sys._getframe()
    gen = gg()
    fr = next(gen)
    refs = gc.get_referents(gen)
    print([type(x).__name__ for x in refs], fr is gen.gi_frame)
    print([x is fr for x in refs], [x is gg.__code__ for x in refs])
"""


@pytest.mark.parametrize(("version", "expected"), [
    ("3.8", "['frame', 'code', 'str', 'str'] True\n[True, False, False, False] [False, True, False, False]\n"),
    ("3.11", ("['code', 'str', 'str', 'frame', 'function', 'code'] True\n"
              "[False, False, False, True, False, False] [True, False, False, False, False, True]\n")),
    ("3.12", ("['str', 'str', 'frame', 'function', 'code'] True\n"
              "[False, False, True, False, False] [False, False, False, False, True]\n")),
])
def test_materialised_frame_of_generator(version: str, expected: str) -> None:
    """3.11+: a generator whose frame object exists visits it first in _PyFrame_Traverse
    (frame_obj); 3.8-3.10 gi_frame is that object."""
    assert _run(OWN_FRAME, version) == expected


COUNTS = """
    import sys
    b = __builtins__.__dict__
    g = globals()
    nb, ng = sys.getrefcount(b), sys.getrefcount(g)
    def f():
        return sys.getrefcount(b) - nb, sys.getrefcount(g) - ng
    def gen():
        yield sys.getrefcount(gen)
    n = sys.getrefcount(gen)
    it = gen()
    print(f(), sys.getrefcount(gen) - n, next(it) - n)
"""


@pytest.mark.parametrize(("version", "expected"), [
    ("3.8", "(2, 4) 0 0\n"),
    ("3.10", "(4, 4) 0 0\n"),
    ("3.11", "(2, 2) 1 1\n"),
    ("3.13", "(2, 2) 1 1\n"),
])
def test_frame_owned_references(version: str, expected: str) -> None:
    """The references frames count, which their traversal reports: f_builtins and f_globals
    through 3.10, the generator's f_func from 3.11 (sys.getrefcount differences)."""
    assert _run(COUNTS, version) == expected


ABANDONED = """
    def numbers(n):
        for i in range(n):
            yield i
    kept = [numbers(10) for _ in range(5)]
    for g in kept:
        next(g)
    kept[0].close()
    print(sum(g.gi_frame is None for g in kept))
"""


def test_close_at_bare_yield_leaves_no_runtime() -> None:
    """3.13 closes (and finalizes) generators suspended at a bare yield without running their
    bodies; their greenlets still end (BodyAbandoned), so consecutive runs keep no Runtime alive.
    [RUN 3.13.0] prints 1."""
    gc.collect()
    before = sum(isinstance(o, Runtime) for o in gc.get_objects())
    for _ in range(3):
        assert _run(ABANDONED, "3.13") == "1\n"
    gc.collect()
    assert sum(isinstance(o, Runtime) for o in gc.get_objects()) == before
