"""The match statement (interp/compile_match.py): 3.8/3.9 reject it as their parsers do, 3.10+ run
it holding the references and making the objects CPython's MATCH_* instructions make.

Expected values were printed by the real interpreters ([RUN 3.8.18-3.13.0], `python prog.py`); the
conformance cases tests/conformance/cases/versions/match_*.py check the same against goldens.
"""

from __future__ import annotations

import ast

import pytest

from heapglass.interp.api import run_source
from heapglass.interp.compile_match import add_subscript_index_consts, compiler_made_constants
from heapglass.interp.compile_shapes import unit_shape
from heapglass.profiles import get_profile


def run(source: str, version: str) -> tuple[str, str]:
    r = run_source(source, "prog.py", version)
    return r.stdout, r.stderr


@pytest.mark.parametrize("subject, version, caret", [
    ("x", "3.8", 11), ("x", "3.9", 11), ("x, y", "3.9", 11), ("not x", "3.8", 15),
    ("(x)", "3.8", 14), ("(x)", "3.9", 15), ("-x", "3.8", 13), ("-x", "3.9", 14),
])
def test_old_grammars_report_invalid_syntax_where_their_parsers_stop(subject: str, version: str,
                                                                     caret: int) -> None:
    """`match` is a plain name before 3.10: the error is at the subject's first token, or, when
    `match <subject>` is an expression (a call, a unary operation), at the colon (3.8) or just after
    it (3.9, the NEWLINE the PEG parser read last). Nothing runs."""
    source = f"print('never')\nmatch {subject}:\n    case _:\n        pass\n"
    out, err = run(source, version)
    assert out == ""
    lines = err.splitlines()
    assert lines[0] == '  File "prog.py", line 2'
    assert lines[1] == f"    match {subject}:"
    assert lines[2] == " " * (caret - 1) + "^"     # `caret`: the printed line's column
    assert lines[3] == "SyntaxError: invalid syntax"


DESCRIBE = """
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def describe(v):
    match v:
        case 0 | 1:
            return "small"
        case [a, *rest] if a > 5:
            return ("big-head", a, rest)
        case {"k": val, **others}:
            return ("map", val, others)
        case Point(0, y=yy):
            return ("on-y", yy)
        case Point(x, y) as p:
            return ("pt", x, y, p is v)
        case str() | None:
            return "text or none"
        case _:
            return "other"
for v in (1, [9, 8, 7], [1, 2], {"k": 3, "j": 4}, Point(0, 5), Point(2, 3), "s", None, 3.5):
    print(describe(v))
"""


@pytest.mark.parametrize("version", ["3.10", "3.11", "3.12", "3.13"])
def test_every_pattern_kind_matches_as_pep_634_says(version: str) -> None:
    """Literal, OR, sequence with a starred capture, guard, mapping with **rest, class patterns with
    positional (__match_args__) and keyword sub-patterns, AS, match-self classes, None, wildcard."""
    out, err = run(DESCRIBE, version)
    assert err == ""
    assert out.splitlines() == [
        "small", "('big-head', 9, [8, 7])", "other", "('map', 3, {'j': 4})", "('on-y', 5)",
        "('pt', 2, 3, True)", "text or none", "text or none", "other"]


COUNTS = """
import gc
class P:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = [2]
p = P()
m = {"a": [1], 2: (3,)}
def keys():
    match m:
        case {"a": x, 2: y}:
            return 1
def missing_attribute():
    match p:
        case P(x, c=y):
            return 1
for fn in (keys, missing_attribute):
    gc.collect()
    fn()
    print(gc.get_count()[0])
"""


@pytest.mark.parametrize("version, counts", [("3.10", ["3", "3"]), ("3.11", ["1", "2"]),
                                             ("3.12", ["1", "2"]), ("3.13", ["1", "1"])])
def test_match_keys_and_match_class_make_the_versions_objects(version: str, counts: list[str]) -> None:
    """After gc.collect() (free lists empty): 3.10's MATCH_KEYS makes a values list and a tuple
    (3.11+: the tuple only, match_keys_get_method); a class pattern's missing attribute makes an
    AttributeError with its args tuple up to 3.12 (3.13: PyObject_GetOptionalAttr,
    match_class_attr_optional). 3.10 also counts the function's frame."""
    out, _ = run(COUNTS, version)
    assert out.splitlines() == counts


REFCOUNTS = """
import sys
class T:
    pass
t = T()
base = sys.getrefcount(t)
match t:
    case T() if print(sys.getrefcount(t) - base):
        pass
    case T() as a if print(sys.getrefcount(t) - base) or True:
        print(sys.getrefcount(t) - base)
"""


@pytest.mark.parametrize("version", ["3.10", "3.13"])
def test_the_subject_is_copied_for_every_case_but_the_last(version: str) -> None:
    """A guard of a case that is not the last sees the subject's stack copy (+1); the last case's
    pattern consumed the stack's reference into the capture `a` (+1, in the guard and the body)."""
    out, _ = run(REFCOUNTS, version)
    assert out.splitlines() == ["1", "1", "1"]


@pytest.mark.parametrize("version, word", [("3.11", "type"), ("3.12", "class")])
def test_a_class_pattern_on_a_non_class_is_a_type_error(version: str, word: str) -> None:
    """match_class's first check, worded per version (match_class_not_a_type)."""
    _, err = run("match 1:\n    case len():\n        pass\n", version)
    assert err.splitlines()[-1] == f"TypeError: called match pattern must be a {word}"


OR_PROGRAM = """import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
def kind(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case _:
            return "other"
print(kind(2))
"""


@pytest.mark.parametrize("version, expected", [("3.10", "(83, 10, 0) [10, 0, 0]"),
                                               ("3.11", "(267, 0, 2) [22, 2, 0]"),
                                               ("3.12", "(41, 5, 0) [5, 0, 0]")])
def test_compiling_an_or_pattern_makes_a_list_per_alternative(version: str, expected: str) -> None:
    """replay_compiler_match: the case's stores list and compiler_pattern_or's lists (the first
    alternative's kept as control) are part of the compile footprint the first statement sees."""
    out, _ = run(OR_PROGRAM, version)
    assert out.splitlines()[0] == expected


KEYS_PROGRAM = """def where(p):
    match p:
        case {"x": x, **rest}:
            return 1
"""


def test_3_10_code_units_hold_the_subscript_indices() -> None:
    """[RUN 3.10.13] where.co_consts == (None, 1, 'x', 0, ('x',)): 3.10 gets the value of a mapping
    pattern's key by LOAD_CONST 0 + BINARY_SUBSCR, so 0 is a constant the host's code lacks."""
    tree = ast.parse(KEYS_PROGRAM)
    profile = get_profile("3.10")
    module = unit_shape(compile(tree, "prog.py", "exec"), profile)
    add_subscript_index_consts(module, tree, profile)
    where = next(u for u in module.consts if getattr(u, "name", None) == "where")
    assert sorted(map(repr, where.consts)) == sorted(map(repr, [None, 1, "x", 0, ("x",)]))


def test_the_compiler_makes_attribute_name_and_folded_key_tuples_per_occurrence() -> None:
    """compiler_made_constants: one tuple per class pattern (its keyword names) and per mapping
    pattern whose keys are all constants, under the code unit's qualified name."""
    tree = ast.parse("class C:\n    def m(self, v):\n        match v:\n            case C(a=1) | {1: _, -2: _}:\n"
                     "                pass\n            case {C.k: _}:\n                pass\n")
    assert compiler_made_constants(tree) == {"C.m": [("a",), (1, -2)]}


@pytest.mark.parametrize("version, first_lines", [
    ("3.9", ["    match v:", "          ^", "SyntaxError: invalid syntax"]),
    ("3.10", ["    case [x] | [y]:", "                ^", "SyntaxError: alternative patterns bind different names"]),
    ("3.12", ["    case [x] | [y]:", "         ^^^^^^^^^", "SyntaxError: alternative patterns bind different names"]),
])
def test_host_compiler_errors_are_reported_as_the_version_reports_them(version: str,
                                                                        first_lines: list[str]) -> None:
    """host_syntax_error: the host (3.11) compiler's error becomes the old grammar's at the match
    line (3.9), stays as it is (3.10), or moves to the whole OR pattern (3.12+)."""
    _, err = run("def first(v):\n    match v:\n        case [x] | [y]:\n            return 1\n", version)
    assert err.splitlines()[1:] == first_lines
