"""The simulated math module (modules/mathmod.py) against the real interpreters: results, CPython's
error messages, identity of floor(int), __float__/__floor__ of a class, the function set per version
(fact math_functions_added) and the GC allocations of a loop of calls. Expected text printed by
``PYENV_VERSION=3.8.18|3.11.7|3.13.0 python program``.
"""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source

PROGRAM = """import gc
import math
import sys
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.7), math.sqrt(2), math.hypot(3, 4), math.pi, math.isclose(0.1+0.2, 0.3), math.fsum([0.1]*10), math.gcd(12, 18), math.prod([1,2,3]), math.comb(5,2), math.log(8, 2), math.dist((0,0),(3,4)), math.inf, math.nan, math.copysign(1, -0.0), math.modf(2.5), math.frexp(8.0))
for f in (lambda: math.sqrt(-1), lambda: math.sqrt("a"), lambda: math.exp(1000), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.floor("x"), lambda: math.gcd(1.5, 2), lambda: math.isqrt(-1), lambda: math.sqrt(), lambda: math.trunc("x")):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
big = 10 ** 20
base = sys.getrefcount(big)
r = math.floor(big)
print(r is big, sys.getrefcount(big) - base, math.factorial(20), math.isqrt(10 ** 10), math.prod(range(1, 6), start=2))
class F:
    def __float__(self):
        return 2.25
    def __floor__(self):
        return "floored"
print(math.sqrt(F()), math.floor(F()), math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.fabs(-3))
print(round(math.sin(math.pi / 6), 12), math.exp(1) == math.e, math.log10(1000), math.log2(8), math.pow(2, 10), math.fmod(7, 3))
print(sorted(n for n in dir(math) if not n.startswith("_")) == sorted(n for n in vars(math) if not n.startswith("_")), len([n for n in vars(math) if not n.startswith("_")]))
gc.collect()
before = gc.get_count()[0]
vals = [math.sqrt(i) for i in range(10)]
print(gc.get_count()[0] - before, vals[-1])
"""

COMMON = (
    '2 -2 -2 1.4142135623730951 5.0 3.141592653589793 True 1.0 6 6 10 3.0 5.0 inf nan -1.0 (0.5, 2.0) (0.5, 4)\n'
    'ValueError math domain error\n'
    'TypeError must be real number, not str\n'
    'OverflowError math range error\n'
    'ValueError math domain error\n'
    'ValueError factorial() not defined for negative values\n'
    'TypeError must be real number, not str\n'
    "TypeError 'float' object cannot be interpreted as an integer\n"
    'ValueError isqrt() argument must be nonnegative\n'
    'TypeError {sqrt}() takes exactly one argument (0 given)\n'
    "TypeError type str doesn't define __trunc__ method\n"
    'True 1 2432902008176640000 100000 240\n'
    '1.5 floored 180.0 3.141592653589793 0.7853981633974483 3.0\n'
    '0.5 True 3.0 3.0 1024.0 1.0\n'
)
# public names of the module and the gc count after ten calls (3.8: each call's argument tuple)
TAIL = {"3.8": "True 55\n4 3.0\n", "3.11": "True 60\n2 3.0\n", "3.13": "True 62\n2 3.0\n"}


@pytest.mark.parametrize("version", sorted(TAIL))
def test_math_module_matches_cpython(version: str) -> None:
    """Every line equals the real interpreter's output for that version."""
    r = run_source(PROGRAM, "math_program.py", version)
    assert (r.stderr, r.status) == ("", 0)
    sqrt = "sqrt" if version == "3.8" else "math.sqrt"     # fact qualified_names
    assert r.stdout == "".join(COMMON).replace("{sqrt}", sqrt) + TAIL[version]
