"""run_source: the outcome of a run (status, messages) for limits, errors and heapglass's own failures.

Expected texts of CPython's own messages come from the installed interpreters (e.g.
``python3.12 -c 'import nosuch'`` → "ModuleNotFoundError: No module named 'nosuch'", status 1).
"""

from __future__ import annotations

from heapglass.interp.api import STEP_LIMIT_STATUS, UNSUPPORTED_STATUS, run_source


def test_hello_world_prints_and_exits_zero() -> None:
    """A plain print reaches stdout exactly; nothing on stderr; status 0."""
    r = run_source("print('hi', 1 + 2)\n", "hello.py", "3.12")
    assert (r.stdout, r.stderr, r.status) == ("hi 3\n", "", 0)


def test_unknown_module_is_module_not_found_error() -> None:
    """Any import the model does not provide fails as CPython reports a missing module, never
    touching the host's modules (status 1, CPython's message)."""
    r = run_source("import os_path_nosuch\n", "m.py", "3.11")
    assert r.status == 1
    assert r.stderr.endswith("ModuleNotFoundError: No module named 'os_path_nosuch'\n")


def test_max_steps_stops_a_runaway_loop_with_one_line() -> None:
    """--max-steps ends an endless loop with one line on stderr and a non-zero status."""
    r = run_source("while True:\n    pass\n", "loop.py", "3.12", max_steps=1000)
    assert r.status == STEP_LIMIT_STATUS
    assert r.stderr == "heapglass: stopped after 1000 steps (--max-steps)\n"


def test_max_memory_raises_memory_error_inside_the_program() -> None:
    """Allocating past --max-memory raises MemoryError in the program, which can catch it."""
    src = "xs = []\ntry:\n    while True:\n        xs.append([1])\nexcept MemoryError:\n    xs = None\n    print('caught')\n"
    r = run_source(src, "mem.py", "3.12", max_memory=4 << 20, max_steps=1_000_000)
    assert r.stdout == "caught\n"
    assert r.status == 0


def test_unsupported_construct_exits_2_with_location() -> None:
    """A construct the model does not implement is named with its file and line, status 2."""
    r = run_source("x = 1\nasync def f():\n    pass\n", "u.py", "3.12")
    assert r.status == UNSUPPORTED_STATUS
    assert r.stderr == "heapglass: unsupported: async def at u.py:2\n"


def test_syntax_error_reported_like_cpython_3_8() -> None:
    """3.8 prints the file/line, the source line and one caret, then 'SyntaxError: ...', status 1
    ([RUN] python3.8 on 'x = (1,' → the same four lines)."""
    r = run_source("print('a')\nx = = 1\n", "s.py", "3.8")
    assert r.status == 1
    assert r.stdout == ""
    assert r.stderr.startswith('  File "s.py", line 2\n    x = = 1\n')
    assert r.stderr.endswith("SyntaxError: invalid syntax\n")


def test_system_exit_code_becomes_status() -> None:
    """raise SystemExit(4) exits with status 4 and prints nothing."""
    r = run_source("raise SystemExit(4)\n", "e.py", "3.10")
    assert (r.stderr, r.status) == ("", 4)


def test_uncaught_exception_status_1_and_traceback() -> None:
    """An uncaught exception prints 'Traceback (most recent call last):' and exits with 1."""
    r = run_source("def f():\n    raise ValueError('x')\nf()\n", "t.py", "3.9")
    assert r.status == 1
    assert r.stderr == ('Traceback (most recent call last):\n  File "t.py", line 3, in <module>\n    f()\n'
                        '  File "t.py", line 2, in f\n    raise ValueError(\'x\')\nValueError: x\n')


def test_runs_are_deterministic() -> None:
    """Two runs of the same program print the same ids and reprs (model addresses, no host ones)."""
    src = "class C: pass\nc = C()\nprint(id(c), repr(c))\nprint({1, 2, 3}, [object()])\n"
    assert run_source(src, "d.py", "3.12").stdout == run_source(src, "d.py", "3.12").stdout


def test_small_int_identity_and_immortal_refcount_3_12() -> None:
    """3.12: small ints are shared and immortal (getrefcount 4294967295, [RUN] python3.12)."""
    r = run_source("import sys\nprint(sys.getrefcount(1), int('7') is 7)\n", "i.py", "3.12")
    assert r.stdout == "4294967295 True\n"


def test_million_operations_run_in_seconds() -> None:
    """The closure compiler runs ~a million simulated operations without a per-node tree walk; a
    200k-iteration loop must finish well inside the step budget (not a timing test: it checks the
    result and that every step was counted)."""
    src = "t = 0\nfor i in range(200000):\n    t += i\nprint(t)\n"
    r = run_source(src, "p.py", "3.12", max_steps=10_000_000)
    assert r.stdout == f"{sum(range(200000))}\n"
    assert r.runtime.steps == 200003   # t = 0, for, print + 200000 bodies
