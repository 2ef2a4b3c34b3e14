"""The gc state a program's first statement sees: start-up's (profile gc.startup_counts, startup_stats,
alloc.startup_freelists) moved by the replay of compiling the program (interp/compile_footprint.py).

Expected values are the goldens of tests/conformance/cases/startup/ ([RUN 3.8.18-3.13.0] through
heapglass.conform.oracle.run_real: the interpreter binary in a fixed small environment without HOME;
start-up allocates differently with HOME: test_start_up_state_follows_home).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from heapglass.interp.api import run_source

CASES = Path(__file__).resolve().parents[1] / "conformance" / "cases" / "startup"


def first_line(name: str, version: str) -> str:
    path = CASES / f"{name}.py"
    return run_source(path.read_text(), str(path), version).stdout.splitlines()[0]


@pytest.mark.parametrize("version, expected", [
    ("3.8", "(449, 9, 0) [9, 0, 0]"), ("3.9", "(596, 9, 0) [9, 0, 0]"), ("3.10", "(73, 10, 0) [10, 0, 0]"),
    ("3.11", "(261, 0, 2) [22, 2, 0]"), ("3.12", "(27, 5, 0) [5, 0, 0]"), ("3.13", "(51, 3, 0) [3, 0, 0]"),
])
def test_tiny_program_sees_start_up_plus_its_compilation(version: str, expected: str) -> None:
    """startup/tiny.py: no collection while compiling; the counters are start-up's plus what compiling
    and running the header allocated, and gc.get_stats() counts start-up's own collections (22 of
    generation 0 and 2 of generation 1 on 3.11)."""
    assert first_line("tiny", version) == expected


@pytest.mark.parametrize("version, generations", [("3.8", "10, 0) [10, 0, 0]"), ("3.9", "10, 0) [10, 0, 0]"),
                                                  ("3.11", "1, 2) [23, 2, 0]")])
def test_compiling_a_long_program_collects_inside_an_allocation(version: str, generations: str) -> None:
    """startup/many_functions.py (40 functions): compiling it crosses threshold 0, and 3.8-3.11 collect
    generation 0 right there, so the first statement sees one more collection than tiny.py does."""
    assert first_line("many_functions", version).endswith(generations)


HEADER = 'import gc\nprint(gc.get_count(), [s["collections"] for s in gc.get_stats()])\n'
BIG = HEADER + "".join(f"def work{i}(a, b={i}):\n    total = a * {i}.5\n    return total, 'w{i}'\n"
                       for i in range(150))


@pytest.mark.parametrize("version, real", [
    ("3.8", ((380, 11, 0), [11, 0, 0])), ("3.9", ((20, 0, 1), [11, 1, 0])), ("3.10", ((313, 0, 1), [11, 1, 0])),
    ("3.11", ((21, 3, 2), [25, 2, 0])), ("3.12", ((20, 6, 0), [6, 0, 0])), ("3.13", ((1695, 3, 0), [3, 0, 0])),
])
def test_compiling_150_functions_runs_the_collections_cpython_runs(version: str, real: tuple) -> None:
    """150 functions (450 lines, [RUN] real values above): compiling them crosses threshold 0 twice
    (3.8-3.11, one of them a generation-1 collection on 3.9/3.10) or once (3.12, where the scheduled
    collection runs at the module's RESUME, before the first statement); 3.13's threshold of 2000 is
    not reached. The collections agree exactly; generation 0's count (what was allocated since the
    last one) within one (exact on 3.8-3.10 and 3.13; 3.11 and 3.12 one low)."""
    (count, stats) = real
    out = run_source(BIG, "big.py", version).stdout.splitlines()[0]
    got_count, got_stats = out.split(") ")
    got = tuple(int(x) for x in got_count.strip("(").split(", "))
    assert got[1:] == count[1:] and got_stats == str(stats)
    assert abs(got[0] - count[0]) <= 1


@pytest.mark.parametrize("version", ["3.8", "3.13"])
def test_code_tuples_live_until_the_module_has_run(version: str) -> None:
    """The code objects' tuples (co_consts, co_names ...) are heap objects the compilation leaves
    behind, tracked: a first collection finds them in generation 0 and untracks the atomic ones."""
    src = ("import gc\nobjs = gc.get_objects(0)\n"
           "print(any(type(o) is tuple and 'a_name_only_here' in o for o in objs))\n"
           "def f():\n    return a_name_only_here\n")
    assert run_source(src, "prog.py", version).stdout == "True\n"


# [RUN 3.8.18-3.13.0] startup/tiny.py's first line in run_real's environment (no HOME) and with
# HOME=/root added to it
TINY_BY_HOME = {
    "3.8": ("(449, 9, 0) [9, 0, 0]", "(427, 9, 0) [9, 0, 0]"),
    "3.9": ("(596, 9, 0) [9, 0, 0]", "(575, 9, 0) [9, 0, 0]"),
    "3.10": ("(73, 10, 0) [10, 0, 0]", "(52, 10, 0) [10, 0, 0]"),
    "3.11": ("(261, 0, 2) [22, 2, 0]", "(261, 0, 2) [22, 2, 0]"),
    "3.12": ("(27, 5, 0) [5, 0, 0]", "(692, 4, 0) [4, 0, 0]"),
    "3.13": ("(51, 3, 0) [3, 0, 0]", "(28, 3, 0) [3, 0, 0]"),
}


@pytest.mark.parametrize("home_set", [False, True])
@pytest.mark.parametrize("version", list(TINY_BY_HOME))
def test_start_up_state_follows_home(version: str, home_set: bool) -> None:
    """site.py allocates differently when HOME is unset (posixpath.expanduser falls back to
    pwd.getpwuid): about 21 fewer GC objects with HOME on 3.8-3.10 and 3.13, the same on 3.11, and on
    3.12 start-up then stays below threshold 0, so the collection that runs before compilation without
    HOME does not happen. run_source(home_set=...) gives the real first line in both environments."""
    path = CASES / "tiny.py"
    out = run_source(path.read_text(), str(path), version, home_set=home_set).stdout.splitlines()[0]
    assert out == TINY_BY_HOME[version][home_set]


COUNT_HEADER = "import gc\nprint(gc.get_count())\n"
WITHOUT_GLOBAL = COUNT_HEADER + "def f():\n    x = 1\n    y = 2\n"
WITH_GLOBAL = COUNT_HEADER + "def f():\n    global x, y\n    x = 1\n    y = 2\n"


@pytest.mark.parametrize("version, real_difference", [
    ("3.8", 1), ("3.9", 1), ("3.10", 1), ("3.11", 0), ("3.12", 1), ("3.13", 2),
])
def test_global_statement_directives(version: str, real_difference: int) -> None:
    """symtable_record_directive: a block's global statement gives it a directives list with one tuple
    per name; the names also land in the module's symbols (st_global), which must not give the module
    block directives of its own. [RUN 3.8.18-3.13.0] first gc.get_count()[0] of WITH_GLOBAL minus
    WITHOUT_GLOBAL: 1, 1, 1, 0, 1, 2."""
    def first_count(src: str) -> int:
        return int(run_source(src, "prog.py", version).stdout.split(",")[0].strip("("))
    assert first_count(WITH_GLOBAL) - first_count(WITHOUT_GLOBAL) == real_difference


def compile_from_a_clean_state(source: str, version: str) -> tuple:
    """gc.get_count() after the replay of compiling `source` from a clean state (api.compile_from_a_clean_state,
    as scripts/measure_startup.py --compile)."""
    from heapglass.interp.api import compile_from_a_clean_state as replay
    return tuple(replay(source, version).gc.counts)


TWO_LISTCOMPS = "x = [s[1] for s in g]\ny0 = [k * 0 for k in h]\n"
GENEXPR = "g = (s for s in y)\n"
STATIC_ATTRIBUTE = "class K0:\n    def __init__(self, x):\n        self.x = x\n"
LISTCOMP_IN_DEF = "def f():\n    return [s for s in g]\n"
ONE_LINE_LISTCOMP = "x = [s for s in y]\n"


@pytest.mark.parametrize("version, source, real", [
    ("3.10", TWO_LISTCOMPS, (49, 0, 0)), ("3.12", TWO_LISTCOMPS, (33, 0, 0)), ("3.13", TWO_LISTCOMPS, (34, 0, 0)),
    ("3.10", GENEXPR, (39, 0, 0)), ("3.12", GENEXPR, (44, 0, 0)), ("3.13", GENEXPR, (44, 0, 0)),
    ("3.12", STATIC_ATTRIBUTE, (63, 0, 0)), ("3.13", STATIC_ATTRIBUTE, (65, 0, 0)),
    ("3.12", LISTCOMP_IN_DEF, (49, 0, 0)), ("3.13", LISTCOMP_IN_DEF, (50, 0, 0)),
    ("3.10", ONE_LINE_LISTCOMP, (36, 0, 0)),
])
def test_compile_footprint_from_a_clean_state(version: str, source: str, real: tuple) -> None:
    """[RUN scripts/measure_startup.py --compile] compile() right after gc.collect() in CPython: the
    replay allocates as many GC objects. Two list comprehensions whose code differs but whose 3.10
    line tables are equal share one key (compile_linetable_columns); a generator's 3.12+ exception
    table is its own (compile_exception_handlers); 3.13's __static_attributes__ tuple equal to the
    method's co_names is merged into it (compiler_static_attributes_tuple); an inlined comprehension
    makes its isolation objects (compile_inlined_comprehension_state: 3.13 one dict more); a
    comprehension and the module making it, all on one line, have 3.10 line tables of different
    lengths (the module loads the qualified name before MAKE_FUNCTION), so two keys."""
    assert compile_from_a_clean_state(source, version) == real
