"""Generator bodies on greenlets (interp/generators.py): what the host must never do with them.

The printed behaviour of generators is the conformance topic ``generators`` (goldens from the real
interpreters); these tests check the host side that no program output shows directly: a body the model
abandons is never resumed or unwound by the host, during the run or after it, and consecutive runs
leave no greenlets behind. Expected outputs quoted here were printed by CPython 3.8.18 ... 3.13.0
([RUN 3.8-3.13], PYTHONUNBUFFERED=1).
"""

from __future__ import annotations

import gc
import textwrap
from typing import Any

import greenlet
import pytest

from heapglass.interp.api import STEP_LIMIT_STATUS, UNSUPPORTED_STATUS, run_source
from heapglass.interp.runtime import Runtime

VERSIONS = ("3.8", "3.9", "3.10", "3.11", "3.12", "3.13")


def _active_greenlets() -> list[greenlet.greenlet]:
    """Started greenlets that have not ended (a greenlet is true while it is active)."""
    gc.collect()
    return [g for g in gc.get_objects() if isinstance(g, greenlet.greenlet) and g and not g.dead
            and g.parent is not None]


def _run(source: str, version: str = "3.12", **kw: Any) -> Any:
    return run_source(textwrap.dedent(source), "prog.py", version, **kw)


# A program stopped by --max-steps (so shutdown never closes its generators) while two bodies are
# suspended inside a `for` over an iterator whose __del__ prints and inside a try/finally that prints:
# unwinding either body would release the iterator or run the finally block.
STOPPED = """
    class Source:
        def __iter__(self):
            return self
        def __next__(self):
            return [1, 2, 3]
        def __del__(self):
            print("Source freed")
    def body(name):
        try:
            for x in Source():
                yield x
        finally:
            print("finally", name)
    a = body("a")
    b = body("b")
    next(a)
    next(b)
    print("suspended")
    while True:
        pass
"""


@pytest.mark.parametrize("version", ["3.8", "3.12"])
def test_bodies_suspended_when_a_run_stops_never_run_again(version: str) -> None:
    """After the run, collecting the runtime on the host runs none of the suspended bodies' code:
    no output appears, no refcount moves, and no greenlet of the run stays active."""
    before = len(_active_greenlets())
    result = _run(STOPPED, version, max_steps=2_000)
    assert result.status == STEP_LIMIT_STATUS
    assert result.stdout == "suspended\n"
    rt = result.runtime
    printed = list(rt.stdout)
    counts = [(o, o.ob_refcnt) for o in rt.heap.objects() if o.ob_type.name == "Source"]
    assert len(counts) == 2
    assert len(_active_greenlets()) == before
    assert rt.stdout == printed
    assert [(o, o.ob_refcnt) for o, _ in counts] == counts


# close() of a freed generator is ignored (a yield in its finally block): CPython prints the
# unraisable RuntimeError and clears the frame without running it; the program goes on in the except
# block it was in. [RUN 3.8-3.13] stdout: "handled: KeyError\nend\n".
IGNORED_CLOSE = """
    import sys
    def stubborn():
        try:
            yield 1
        finally:
            yield "ignored"
            print("never printed")
    try:
        raise KeyError("outer")
    except KeyError:
        it = stubborn()
        next(it)
        del it
        print("handled:", sys.exc_info()[0].__name__)
    print("end")
"""


class _CollectAtProgramEnd:
    """A session that collects the host's garbage at the end of the program, on the run's thread,
    and records the run's greenlets still suspended then."""

    def __init__(self) -> None:
        self.active: list[greenlet.greenlet] = []
        self.suspended = 0

    def attach(self, rt: Runtime) -> None:
        pass

    def program_end(self, rt: Runtime) -> None:
        self.active = _active_greenlets()
        self.suspended = sum(not g.dead for g in self.active)

    def finish(self, rt: Runtime, result: Any = None) -> None:
        pass


@pytest.mark.parametrize("version", VERSIONS)
def test_abandoned_body_stays_suspended_until_the_thread_ends(version: str) -> None:
    """The host collecting an abandoned body during the run (here: at program end, on the run's
    thread, where greenlet would throw GreenletExit into it) leaves it suspended, not unwound."""
    session = _CollectAtProgramEnd()
    result = _run(IGNORED_CLOSE, version, session=session)
    assert result.stdout == "handled: KeyError\nend\n"
    assert "RuntimeError: generator ignored GeneratorExit" in result.stderr
    assert len(session.active) == session.suspended == 1
    assert session.active[0] not in _active_greenlets()    # released with the run's thread


HEAVY = """
    def numbers(n):
        for i in range(n):
            yield i
    def evens(it):
        for x in it:
            if x % 2 == 0:
                yield x
    def chain(k):
        if k == 0:
            yield from numbers(3)
        else:
            yield from chain(k - 1)
    total = sum(x for x in evens(numbers(100)))
    total += len(list(chain(30)))
    kept = [numbers(10) for _ in range(20)]
    for g in kept:
        next(g)
    print(total)
"""


def test_consecutive_runs_leave_no_greenlets_or_runtimes() -> None:
    """Runs that end normally (shutdown closes the generators they keep) free every greenlet and
    their whole runtime: nothing accumulates over many runs in one process."""
    gc.collect()
    runtimes = sum(isinstance(o, Runtime) for o in gc.get_objects())
    greenlets = len(_active_greenlets())
    for _ in range(20):
        result = _run(HEAVY)
        assert result.stdout == "2453\n"     # [RUN 3.8-3.13]
        del result
    gc.collect()
    assert sum(isinstance(o, Runtime) for o in gc.get_objects()) == runtimes
    assert len(_active_greenlets()) == greenlets


# Deep simulated recursion inside bodies resumed at different host depths. [RUN 3.8-3.13]
DEEP = """
    import sys
    sys.setrecursionlimit(3000)
    def down(n):
        return 0 if n == 0 else 1 + down(n - 1)
    def gen():
        while True:
            yield down(2500)
    g = gen()
    def resume_at(depth):
        return next(g) if depth == 0 else resume_at(depth - 1)
    print(next(g), resume_at(400), next(g))
    def nested(k):
        if k:
            yield from nested(k - 1)
        else:
            yield down(2000)
    print(next(nested(300)))
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_deep_recursion_inside_generator_bodies(version: str) -> None:
    result = _run(DEEP, version)
    assert (result.stdout, result.stderr, result.status) == ("2500 2500 2500\n2000\n", "", 0)


def test_step_limit_inside_a_body_reaches_the_consumer() -> None:
    """A host signal raised in a body (--max-steps) ends the run as it would in the consumer."""
    result = _run("""
        def forever():
            while True:
                pass
            yield
        print("start")
        next(forever())
    """, max_steps=1_000)
    assert result.status == STEP_LIMIT_STATUS
    assert result.stdout == "start\n"
    assert result.stderr.startswith("heapglass: stopped after 1000 steps")


def test_unsupported_inside_a_nested_body_names_the_body_line() -> None:
    """An unsupported construct met by a body resumed from another body stops the run (status 2)
    and names the line in the innermost body, whose frame is the current one."""
    result = _run("""
        def reads():
            yield 1
            open("data.txt")
            yield 2
        def outer():
            yield from reads()
        print(list(outer()))
    """)
    assert result.status == UNSUPPORTED_STATUS
    assert result.stdout == ""
    assert result.stderr.startswith("heapglass: unsupported: open()")
    assert result.stderr.rstrip().endswith("prog.py:4")
