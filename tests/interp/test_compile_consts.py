"""Compile-time facts of code objects the model must reproduce, each checked against what the real
interpreters print ([RUN 3.8.18-3.13.0]).

* _PyCode_ConstantKey keys a float or complex zero with its sign: 0.0 and -0.0 are two constants of
  one code object, not one.
* dictbytype sorts the free and cell variable names; from 3.11 the cells that are arguments come
  first, in argument order (compute_localsplus_info). __closure__ follows co_freevars.
"""

from __future__ import annotations

import pytest
from modelrun import ALL, run


@pytest.mark.parametrize("version", ALL)
def test_signed_zero_constants_are_distinct(version: str) -> None:
    """0.0 and -0.0 (and 0j, -0j) in one code object keep their signs, alone and inside tuples."""
    src = ("print(0.0, -0.0, 0j, -0j)\nprint((0.0, -0.0), (-0.0, 0.0))\n"
           "def f():\n    return 0.0, -0.0, 1.0 * -0.0\nprint(f())\n")
    assert run(src, version) == "0.0 -0.0 0j (-0-0j)\n(0.0, -0.0) (-0.0, 0.0)\n(0.0, -0.0, -0.0)\n"


@pytest.mark.parametrize("version", ALL)
def test_free_and_cell_variables_are_sorted(version: str) -> None:
    """co_freevars sorted everywhere, __closure__ in that order; co_cellvars sorted on 3.8-3.10, the
    argument cells first (in argument order) on 3.11+."""
    src = ("def f(z, c):\n    b = 1\n    a = 2\n    def g():\n        return b, a, z, c\n    return g\n"
           "g = f(3, 4)\nprint(g.__code__.co_freevars, f.__code__.co_cellvars)\n"
           "print([c.cell_contents for c in g.__closure__])\nprint(g())\n")
    cells = "('a', 'b', 'c', 'z')" if version in ("3.8", "3.9", "3.10") else "('z', 'c', 'a', 'b')"
    assert run(src, version) == f"('a', 'b', 'c', 'z') {cells}\n[2, 1, 4, 3]\n(1, 2, 3, 4)\n"
