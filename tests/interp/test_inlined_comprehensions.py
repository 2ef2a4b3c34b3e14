"""PEP 709 inlined comprehensions (profile facts interp.comprehension_inlined and
interp.comprehension_hidden_locals): from 3.12 a list/set/dict comprehension runs in the enclosing
frame, its names isolated by LOAD_FAST_AND_CLEAR / STORE_FAST; through 3.11 it is a function with a
frame of its own. Each expected output was printed by the real interpreters for the same snippet
(``env -u HOME PYENV_VERSION=3.11.7|3.12.1|3.13.0 python snippet.py``)."""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source

VERSIONS = ("3.11", "3.12", "3.13")


def run(source: str, version: str) -> str:
    r = run_source(source, "snippet.py", version)
    assert (r.stderr, r.status) == ("", 0)
    return r.stdout


def old(version: str) -> bool:
    return version == "3.11"


@pytest.mark.parametrize("version", VERSIONS)
def test_the_body_runs_in_the_enclosing_frame(version: str) -> None:
    """sys._getframe() inside a list/set/dict comprehension is the enclosing frame from 3.12; a
    generator expression keeps its own frame."""
    src = ("import sys\n"
           "def f():\n"
           "    return ([sys._getframe().f_code.co_name for _ in 'a'], {sys._getframe().f_code.co_name for _ in 'a'},\n"
           "            {k: sys._getframe().f_code.co_name for k in 'a'}, list(sys._getframe().f_code.co_name for _ in 'a'))\n"
           "print(f())\n"
           "print([sys._getframe().f_code.co_name for _ in range(1)])\n")
    want = ("(['<listcomp>'], {'<setcomp>'}, {'a': '<dictcomp>'}, ['<genexpr>'])\n['<listcomp>']\n" if old(version)
            else "(['f'], {'f'}, {'a': 'f'}, ['<genexpr>'])\n['<module>']\n")
    assert run(src, version) == want


@pytest.mark.parametrize("version", VERSIONS)
def test_locals_shows_the_enclosing_scope_and_the_comprehension_names(version: str) -> None:
    """locals(): the comprehension's own ('.0' and its variable) through 3.11; from 3.12 the enclosing
    function's plus the comprehension's; in a class body 3.12 copies the body's dict and adds the
    hidden locals, 3.13 shows the hidden ones alone (fact comprehension_hidden_locals)."""
    src = ("def f():\n"
           "    y = 5\n"
           "    return [sorted(locals()) for _ in range(1)][0]\n"
           "print(f())\n"
           "class C:\n"
           "    z = 3\n"
           "    r = [sorted(locals()) for b in range(1)]\n"
           "print(C.r, sorted(k for k in vars(C) if len(k) == 1))\n")
    want = {"3.11": "['.0', '_']\n[['.0', 'b']] ['r', 'z']\n",
            "3.12": "['_', 'y']\n[['__module__', '__qualname__', 'b', 'z']] ['r', 'z']\n",
            "3.13": "['_', 'y']\n[['b']] ['r', 'z']\n"}[version]
    assert run(src, version) == want


@pytest.mark.parametrize("version", VERSIONS)
def test_a_shadowed_variable_is_restored_also_when_the_comprehension_raises(version: str) -> None:
    """pop_inlined_comprehension_state and its cleanup handler put the enclosing value back; a name
    only the comprehension binds is unbound after it (LOAD_GLOBAL's NameError)."""
    src = ("import sys\n"
           "def g():\n"
           "    x = 'outer' + str(1)\n"
           "    n = sys.getrefcount(x)\n"
           "    r = [x for x in range(3)]\n"
           "    try:\n"
           "        [1 // (x - 1) for x in range(3)]\n"
           "    except ZeroDivisionError:\n"
           "        pass\n"
           "    try:\n"
           "        v\n"
           "    except NameError as e:\n"
           "        m = str(e)\n"
           "    [v for v in 'a']\n"
           "    return x, r, n, sys.getrefcount(x), m\n"
           "print(g())\n"
           "x = 'module'\n"
           "print([x for x in 'ab'], x)\n")
    assert run(src, version) == ("('outer1', [0, 1, 2], 2, 3, \"name 'v' is not defined\")\n"
                                 "['a', 'b'] module\n")


@pytest.mark.parametrize("version", VERSIONS)
def test_cells_follow_symtable_inline_comprehension(version: str) -> None:
    """An enclosing variable only read by a comprehension stays a plain local from 3.12 (no cell at
    entry, so gc.get_count() does not count one); a comprehension variable a lambda captures becomes
    a cell of the enclosing function."""
    src = ("import gc\n"
           "def reads(k):\n"
           "    c = gc.get_count()\n"
           "    return [k * x for x in range(2)], c, reads.__code__.co_cellvars\n"
           "def captures():\n"
           "    x = 1\n"
           "    fs = [lambda: x for x in range(3)]\n"
           "    return x, [f() for f in fs], captures.__code__.co_cellvars\n"
           "gc.collect()\n"
           "print(reads(3))\n"
           "print(captures())\n")
    want = ("([0, 3], (1, 0, 0), ('k',))\n(1, [2, 2, 2], ())\n" if old(version)
            else "([0, 3], (0, 0, 0), ())\n(1, [2, 2, 2], ('x',))\n")
    assert run(src, version) == want


@pytest.mark.parametrize("version", VERSIONS)
def test_an_uncaught_error_has_no_comprehension_entry(version: str) -> None:
    """The traceback of an exception raised inside an inlined comprehension shows the enclosing
    function's line only (full stderr as CPython prints it)."""
    src = "def boom(xs):\n    return [1 // x\n            for x in xs]\n\n\nboom([1, 0])\n"
    r = run_source(src, "/tmp/prog.py", version)
    head = 'Traceback (most recent call last):\n  File "/tmp/prog.py", line 6, in <module>\n    boom([1, 0])\n'
    if version == "3.13":
        head += "    ~~~~^^^^^^^^\n"
    comp = ('  File "/tmp/prog.py", line 2, in <listcomp>\n    return [1 // x\n            ~~^^~~\n'
            if old(version) else "")
    outer = "           ^^^^^^^\n" if old(version) else "            ~~^^~~\n"
    want = (head + '  File "/tmp/prog.py", line 2, in boom\n    return [1 // x\n' + outer + comp
            + "ZeroDivisionError: integer division or modulo by zero\n")
    assert (r.stderr, r.status) == (want, 1)
