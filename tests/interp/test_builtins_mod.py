"""The builtins module's names (interp/builtins_mod.py): every name CPython's builtins has is there —
implemented, or reported unsupported when used — never the NameError a missing name gives.

Expected values: [RUN 3.8.18-3.13.0] `import builtins; print(sorted(vars(builtins)))`, and the
programs below on the real interpreters."""

from __future__ import annotations

import pytest
from modelrun import ALL, run

from heapglass.interp.api import run_source


@pytest.mark.parametrize("version", ALL)
def test_every_real_builtin_name_is_there(version):
    """3.8: 152 names, 3.10: 155, 3.11: 157, 3.13: 159, the import system's three among them
    (interp/modspec.py)."""
    real = {"3.8": 152, "3.9": 152, "3.10": 155, "3.11": 157, "3.12": 157, "3.13": 159}[version]
    out = run("b = __builtins__\nprint(len(vars(b)), [n for n in ('__spec__', '__loader__', '__package__') "
              "if hasattr(b, n)])\n", version)
    assert out == f"{real} ['__spec__', '__loader__', '__package__']\n"


@pytest.mark.parametrize("version", ALL)
def test_debug_is_the_constant_true(version):
    """ast_opt.c folds a load of __debug__ to True; the builtins dict has it too."""
    assert run("print(__debug__, not __debug__, __builtins__.__debug__)\n", version) == "True False True\n"


@pytest.mark.parametrize("version", ALL)
def test_assigning_debug_is_a_syntax_error(version):
    r = run_source("x = 1\n__debug__ = 2\n", "prog.py", version)
    assert r.status == 1 and r.stderr.endswith("SyntaxError: cannot assign to __debug__\n")


@pytest.mark.parametrize("version", ALL)
def test_oserror_aliases(version):
    assert run("print(IOError is OSError, EnvironmentError is OSError)\n", version) == "True True\n"


@pytest.mark.parametrize("version", ALL)
def test_added_exceptions_follow_the_version(version):
    """EncodingWarning from 3.10, the exception groups from 3.11, PythonFinalizationError and
    _IncompleteInputError on 3.13 (fact builtin_exceptions_added)."""
    names = ("EncodingWarning", "BaseExceptionGroup", "ExceptionGroup", "PythonFinalizationError",
             "_IncompleteInputError", "aiter", "anext")
    out = run(f"print([n for n in {names!r} if hasattr(__builtins__, n)])\n", version)
    expected = {"3.8": [], "3.9": [], "3.10": ["EncodingWarning", "aiter", "anext"],
                "3.11": ["EncodingWarning", "BaseExceptionGroup", "ExceptionGroup", "aiter", "anext"]}
    expected["3.12"] = expected["3.11"]
    expected["3.13"] = list(names)
    assert out == f"{expected[version]}\n"


@pytest.mark.parametrize("src, construct", [
    ("bytearray(b'x')\n", "bytearray()"),
    ("memoryview(b'x')\n", "memoryview()"),
    ("compile('1', 'f', 'eval')\n", "compile()"),
    ("__import__('gc')\n", "__import__()"),
    ("breakpoint()\n", "breakpoint()"),
    ("help()\n", "help()"),
    ("class B(bytearray):\n    pass\nB(b'x')\n", "bytearray()"),
])
def test_unmodelled_builtins_are_unsupported_when_called(src, construct):
    """Also an instance of a class derived from an unmodelled type (its first builtin base)."""
    r = run_source("x = 1\n" + src, "prog.py", "3.12")
    line = src.count("\n") + 1
    assert (r.status, r.stderr) == (2, f"heapglass: unsupported: {construct} at prog.py:{line}\n")


@pytest.mark.parametrize("src", [
    "raise ExceptionGroup('m', [ValueError()])\n",
    "class E(ExceptionGroup):\n    pass\nE('m', [ValueError()])\n",
])
def test_exception_groups_are_unsupported_when_made(src):
    r = run_source(src, "prog.py", "3.11")
    assert r.status == 2 and r.stderr.startswith("heapglass: unsupported: ExceptionGroup at prog.py:")


def test_exception_group_types_work_in_except_and_issubclass():
    out = run("try:\n    1/0\nexcept ExceptionGroup:\n    print('no')\nexcept ZeroDivisionError:\n"
              "    print('zde')\nprint(issubclass(ExceptionGroup, Exception), isinstance(1, BaseExceptionGroup))\n",
              "3.13")
    assert out == "zde\nTrue False\n"


def test_async_iteration_builtins_are_unsupported_when_called():
    r = run_source("aiter([])\n", "prog.py", "3.10")
    assert (r.status, r.stderr) == (2, "heapglass: unsupported: aiter() at prog.py:1\n")
