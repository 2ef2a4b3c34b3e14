"""The exc_info entry of an exception a handler is handling (interp/errors.py `ExcInfo`,
Runtime.enter_handler / leave_handler / exc_info_triple) and the references it stands for.

CPython 3.8-3.10 keep the handled exception's type, value and traceback in exc_info, and a finally
body or with's __exit__ runs with the triple on the value stack too; 3.11+ keep the value alone, on the
stack as well for finally/with (profile facts exc_info_fields, handler_stack_fields). What programs
see of it (getrefcount of the class, the instance and the traceback in a handler) is the conformance
topic ``exceptions`` (exc_info_holds_type_and_traceback, finally_stack_holds_exception,
exc_info_traceback_at_entry, throw_into_handling_generator); these tests check the mechanism itself.
"""

from __future__ import annotations

import pytest

from heapglass.heap.heap import Heap
from heapglass.interp.api import run_source
from heapglass.interp.objects import HExc
from heapglass.interp.runtime import Runtime
from heapglass.profiles import get_profile

TRIPLE = ("3.8", "3.9", "3.10")
VALUE_ONLY = ("3.11", "3.12", "3.13")


def _handled(version: str) -> tuple[Runtime, HExc, object, object]:
    """A runtime and an exception of a fresh class with a stand-in traceback (any object will do
    for counting references): (runtime, exception, its type, its traceback)."""
    rt = Runtime(Heap(get_profile(version)), filename="t.py")
    tp = rt.builtin_types["TypeError"]
    exc = rt.new_exception(tp, [])
    tb = rt.tuple_of([rt.new_int(12345)])
    exc.traceback = tb
    return rt, exc, tp, tb


@pytest.mark.parametrize("version", TRIPLE)
def test_except_clause_holds_type_and_traceback(version: str) -> None:
    """3.8-3.10: an except clause's body runs with exc_info holding the type and the traceback (new
    references) beside the value; leaving the handler releases them."""
    rt, exc, tp, tb = _handled(version)
    counts = (tp.ob_refcnt, exc.ob_refcnt, tb.ob_refcnt)
    entry = rt.enter_handler(exc, keeps_stack=False)
    assert (tp.ob_refcnt, exc.ob_refcnt, tb.ob_refcnt) == (counts[0] + 1, counts[1], counts[2] + 1)
    assert rt.exc_info_triple() == (tp, exc, tb)
    rt.leave_handler(entry)
    assert (tp.ob_refcnt, exc.ob_refcnt, tb.ob_refcnt) == counts
    assert rt.topmost_handled() is None


@pytest.mark.parametrize("version", VALUE_ONLY)
def test_except_clause_holds_value_only(version: str) -> None:
    """3.11+: exc_info holds the value alone (the one the unwind handed over): nothing more is
    counted, and sys.exc_info() reads the type and traceback from the instance."""
    rt, exc, tp, tb = _handled(version)
    counts = (tp.ob_refcnt, exc.ob_refcnt, tb.ob_refcnt)
    entry = rt.enter_handler(exc, keeps_stack=False)
    assert (tp.ob_refcnt, exc.ob_refcnt, tb.ob_refcnt) == counts
    assert entry.type is None and entry.traceback is None
    exc.traceback = None
    assert rt.exc_info_triple() == (tp, exc, rt.none)
    exc.traceback = tb
    rt.leave_handler(entry)


@pytest.mark.parametrize(("version", "extra"), [(v, (2, 1, 2)) for v in TRIPLE] + [(v, (0, 1, 0)) for v in VALUE_ONLY])
def test_finally_keeps_the_stack_copies(version: str, extra: tuple[int, int, int]) -> None:
    """A finally body run by the unwind: exc_info's references plus the value stack's (3.8-3.10 the
    triple again, 3.11+ the value), the value's own (the PyErr's) not counted twice."""
    rt, exc, tp, tb = _handled(version)
    counts = (tp.ob_refcnt, exc.ob_refcnt, tb.ob_refcnt)
    entry = rt.enter_handler(exc, keeps_stack=True)
    assert (tp.ob_refcnt - counts[0], exc.ob_refcnt - counts[1], tb.ob_refcnt - counts[2]) == extra
    assert sorted(map(id, entry.refs())) == sorted(map(id, [exc, *entry.held]))
    rt.leave_handler(entry)
    assert (tp.ob_refcnt, exc.ob_refcnt, tb.ob_refcnt) == counts


@pytest.mark.parametrize(("version", "expected"), [(v, "True 1\n") for v in TRIPLE] + [(v, "False 0\n") for v in VALUE_ONLY])
def test_traceback_read_at_handler_entry(version: str, expected: str) -> None:
    """3.8-3.10 sys.exc_info() and a bare raise use the traceback exc_info took when the handler was
    entered (do_raise restores exc_info's triple), even after e.__traceback__ is cleared; 3.11+ read
    the instance's."""
    src = (
        "import sys\n"
        "try:\n"
        "    try:\n"
        "        raise KeyError\n"
        "    except KeyError as e:\n"
        "        e.__traceback__ = None\n"
        "        kept = sys.exc_info()[2] is not None\n"
        "        raise\n"
        "except KeyError as e2:\n"
        "    n, tb = 0, e2.__traceback__\n"
        "    while tb is not None:\n"
        "        n, tb = n + 1, tb.tb_next\n"
        "    print(kept, n)\n"
    )
    r = run_source(src, "t.py", version)
    assert (r.stdout, r.stderr) == (expected, "")


@pytest.mark.parametrize("version", TRIPLE + VALUE_ONLY)
def test_exit_raising_releases_the_exception(version: str) -> None:
    """An __exit__ that raises replaces the exception it was given: the unwind pops that one off the
    stack, so only the new error's __context__ keeps it (no reference is left behind)."""
    src = (
        "import sys\n"
        "class Bad:\n"
        "    def __enter__(self): return self\n"
        "    def __exit__(self, *a): raise KeyError\n"
        "ex = ValueError()\n"
        "try:\n"
        "    with Bad():\n"
        "        raise ex\n"
        "except KeyError as k:\n"
        "    print(k.__context__ is ex, sys.getrefcount(ex))\n"
        "    del k\n"
        "print(sys.getrefcount(ex))\n"
    )
    r = run_source(src, "t.py", version)
    assert (r.stdout, r.stderr) == ("True 4\n2\n", "")


@pytest.mark.parametrize(("version", "expected"), [
    ("3.8", "NoneType 5\nValueError\n"), ("3.9", "KeyError 5\nKeyError\n"), ("3.10", "KeyError 5\nKeyError\n"),
    ("3.11", "KeyError 4\nKeyError\n"), ("3.12", "KeyError 4\nKeyError\n"), ("3.13", "KeyError 4\nKeyError\n"),
])
def test_throw_into_a_handling_generator(version: str, expected: str) -> None:
    """3.9+ chain the generator's own handled exception to what is thrown in (_PyErr_ChainStackItem;
    3.8: close()'s GeneratorExit has only the consumer's), and 3.8-3.10 throw() holds its arguments
    in a tuple for the whole call (METH_VARARGS): profile facts gen_throw_chains_exc_state,
    gen_throw_varargs."""
    src = (
        "import sys\n"
        "def gen():\n"
        "    try:\n"
        "        raise KeyError\n"
        "    except KeyError:\n"
        "        try:\n"
        "            yield\n"
        "        except TypeError as e:\n"
        "            print(type(e.__context__).__name__, sys.getrefcount(e))\n"
        "        try:\n"
        "            yield\n"
        "        except GeneratorExit as x:\n"
        "            print(type(x.__context__).__name__)\n"
        "            raise\n"
        "g = gen()\n"
        "next(g)\n"
        "g.throw(TypeError())\n"
        "try:\n"
        "    raise ValueError\n"
        "except ValueError:\n"
        "    g.close()\n"
    )
    r = run_source(src, "t.py", version)
    assert (r.stdout, r.stderr) == (expected, "")
