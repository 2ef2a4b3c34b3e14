"""The compiler's SyntaxWarnings (interp/compile_warnings.py), checked against what the real
interpreters printed for the same sources ([RUN 3.8.18-3.13.0] `compile(src, path, "exec")`); the
conformance cases versions/compile_warning_*.py check them end to end."""

from __future__ import annotations

import ast
import warnings

import pytest

from heapglass.interp.compile_expr import NOT_CONST, ExprCompiler
from heapglass.interp.compile_warnings import compile_warnings, format_warnings
from heapglass.profiles import get_profile


class Folder:
    folded = ExprCompiler.folded


def warnings_of(source: str, version: str, filename: str = "/p.py") -> str:
    with warnings.catch_warnings():     # the host parser's own DeprecationWarnings for '\d'
        warnings.simplefilter("ignore")
        tree = ast.parse(source)
    found = compile_warnings(tree, source, Folder().folded, NOT_CONST, get_profile(version).interp)
    return format_warnings(found, filename, source.splitlines())


@pytest.mark.parametrize("version,text", [
    ("3.8", '"is" with a literal. Did you mean "=="?'),
    ("3.11", '"is" with a literal. Did you mean "=="?'),
    ("3.12", '"is" with \'int\' literal. Did you mean "=="?'),
    ("3.13", '"is" with \'int\' literal. Did you mean "=="?'),
])
def test_is_with_a_literal_names_the_type_from_3_12(version, text):
    assert warnings_of("x = 1\nprint(x is 1)\n", version) == f"/p.py:2: SyntaxWarning: {text}\n  print(x is 1)\n"


def test_singletons_and_non_literals_do_not_warn():
    assert warnings_of("x = 1\nprint(x is None, x is True, x is ..., x is [1], x is -x)\n", "3.12") == ""


def test_folded_operands_are_literals():
    """-1 and () are constants once the AST optimizer folded them."""
    out = warnings_of("x = 1\nprint(x is -1, x is ())\n", "3.12")
    assert "'int' literal" in out and "'tuple' literal" in out


@pytest.mark.parametrize("version,count", [("3.8", 1), ("3.9", 1), ("3.10", 2), ("3.13", 2)])
def test_assert_on_a_constant_tuple_warns_from_3_10(version, count):
    out = warnings_of("x = 1\nassert (x, 2)\nassert (1, 2)\nassert ()\n", version)
    assert out.count("assertion is always true, perhaps remove parentheses?") == count


@pytest.mark.parametrize("version,warns", [("3.11", False), ("3.12", True), ("3.13", True)])
def test_invalid_escapes_warn_first_from_3_12(version, warns):
    out = warnings_of('x = 1 is 2\ns = "\\d" "\\w"\nr = r"\\d"\n', version)
    lines = [ln for ln in out.splitlines() if "SyntaxWarning" in ln]
    if warns:
        assert lines[0] == "/p.py:2: SyntaxWarning: invalid escape sequence '\\d'"
        assert len(lines) == 3    # one per literal, then the compiler's
    else:
        assert len(lines) == 1


def test_comprehension_inner_code_before_outer_iterable_until_inlined():
    """compiler_comprehension (<= 3.11): the code object's body first, the outermost iterable after;
    inlined comprehensions (3.12+) evaluate the iterable first."""
    src = "g = [y is 1\n     for y in [2 is 3]\n     if y is 4]\n"
    order = [ln.split(":")[1] for ln in warnings_of(src, "3.9").splitlines() if "SyntaxWarning" in ln]
    assert order == ["3", "1", "2"]
    order = [ln.split(":")[1] for ln in warnings_of(src, "3.12").splitlines() if "SyntaxWarning" in ln]
    assert order == ["2", "3", "1"]


def test_class_body_before_its_bases():
    src = "class K(1 is 2 or object):\n    x = 3 is 4\n"
    order = [ln.split(":")[1] for ln in warnings_of(src, "3.10").splitlines() if "SyntaxWarning" in ln]
    assert order == ["2", "1"]


def test_string_filename_has_no_source_line():
    assert warnings_of("x = 1\nx is 1\n", "3.12", "<string>") == \
        "<string>:2: SyntaxWarning: \"is\" with 'int' literal. Did you mean \"==\"?\n"


def test_typo_shapes():
    src = "(1, 2)(3)\n[1][0, 1]\n5[0]\n'a'['b']\nNone()\n"
    out = warnings_of(src, "3.8")
    assert "'tuple' object is not callable; perhaps you missed a comma?" in out
    assert "list indices must be integers or slices, not tuple; perhaps you missed a comma?" in out
    assert "'int' object is not subscriptable; perhaps you missed a comma?" in out
    assert "str indices must be integers or slices, not str; perhaps you missed a comma?" in out
    assert "'NoneType' object is not callable; perhaps you missed a comma?" in out
