"""The simulated `math` module (Modules/mathmodule.c): C functions computed on the host's `math` over
the arguments' host values, each result a new int or float. What a program can see of memory matches
the C module: no function keeps a reference to its arguments; floor/ceil/trunc of an exact int return
that int itself (int.__floor__ is int_int); a class's __floor__/__ceil__/__trunc__ is called; other
arguments convert through __float__ / __index__ like PyFloat_AsDouble and PyNumber_Index.

The function set per version is the fact math_functions_added. Functions newer than the host
interpreter (sumprod, fma) are computed exactly with fractions and rounded once, as CPython's
extended-precision sumprod and fused multiply-add round once.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ...heap.kinds import HLeaf
from ...heap.objects import HObject
from .args import func_str, one_arg, varargs_range
from .facts import module_facts

if TYPE_CHECKING:
    from ..runtime import Runtime

MODULE = "math"

# METH_O functions of one real argument (math_1 and friends)
ONE_ARG = ("acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "degrees", "erf", "erfc",
           "exp", "expm1", "fabs", "gamma", "lgamma", "log10", "log1p", "log2", "radians", "sin", "sinh",
           "sqrt", "tan", "tanh", "isfinite", "isinf", "isnan", "frexp", "modf", "factorial", "isqrt",
           "fsum", "cbrt", "exp2", "ulp")
# the special method an instance of a class may provide instead of a number (math_floor, math_ceil,
# math_trunc look it up on the type)
ROUNDING = {"floor": "__floor__", "ceil": "__ceil__", "trunc": "__trunc__"}
# fixed-arity functions of several arguments: (min, max) positional arguments
SEVERAL = {"atan2": (2, 2), "copysign": (2, 2), "fmod": (2, 2), "pow": (2, 2), "remainder": (2, 2),
           "ldexp": (2, 2), "log": (1, 2), "comb": (2, 2), "perm": (1, 2), "dist": (2, 2),
           "nextafter": (2, 2), "sumprod": (2, 2), "fma": (3, 3)}
VARARGS = ("gcd", "lcm", "hypot")
INT_ARGS = ("factorial", "isqrt", "gcd", "lcm", "comb", "perm")
ITERABLE_ARGS = ("fsum", "dist", "sumprod", "prod")
NEWER = ("lcm", "nextafter", "ulp", "cbrt", "exp2", "sumprod", "fma")   # see math_functions_added
CONSTANTS = {"pi": math.pi, "e": math.e, "tau": math.tau, "inf": math.inf, "nan": math.nan}


def _host_sumprod(p: Any, q: Any) -> Any:
    return float(sum(Fraction(a) * Fraction(b) for a, b in zip(p, q, strict=True)))


def _host_fma(x: float, y: float, z: float) -> float:
    return float(Fraction(x) * Fraction(y) + Fraction(z))


HOST_EXTRA = {"sumprod": _host_sumprod, "fma": _host_fma}


def to_number(rt: Runtime, o: HObject, integral: bool) -> Any:
    """The host number of an argument: an int or float value, or the result of __index__ (integer
    parameters) / __float__ then __index__ (real parameters)."""
    if isinstance(o, HLeaf) and isinstance(o.value, (int, float)):
        return o.value
    if not o.ob_type.static:
        conv = None if integral else rt.special_method(o, "__float__")
        if conv is not None:
            r = rt.call(conv, [o], None)
            try:
                return float(r.value)
            finally:
                rt.decref(r)
        if rt.special_method(o, "__index__") is not None:
            return rt.index(o)
    if integral:
        rt.raise_type("TypeError", f"'{rt.type_name(o)}' object cannot be interpreted as an integer")
    rt.raise_type("TypeError", f"must be real number, not {rt.type_name(o)}")
    raise AssertionError


def to_numbers(rt: Runtime, o: HObject, integral: bool) -> list:
    """The host numbers of an iterable argument (fsum, prod, dist, sumprod)."""
    items = rt.iterate_to_list(o)
    try:
        return [to_number(rt, x, integral) for x in items]
    finally:
        for x in items:
            rt.decref(x)


def _call_host(rt: Runtime, name: str, values: list) -> HObject:
    fn = HOST_EXTRA.get(name) or getattr(math, name)
    try:
        return rt.from_host(fn(*values))
    except (ValueError, TypeError, OverflowError) as e:
        rt.raise_type(type(e).__name__, str(e))
        raise AssertionError from e


def make_math(rt: Runtime) -> HObject:
    """Module factory: `math` (a new reference)."""
    added = module_facts(rt.profile).math_functions_added

    def function(name: str) -> Any:
        integral = name in INT_ARGS
        convert = to_numbers if name in ITERABLE_ARGS else to_number

        def fn(rt: Runtime, args: list, kw: Any) -> HObject:
            if name in ONE_ARG or name in ROUNDING:
                o = one_arg(rt, MODULE, name, args, kw)
                if name in ROUNDING:
                    return _rounding(rt, name, o)
                return _call_host(rt, name, [convert(rt, o, integral)])
            if name in VARARGS:
                if kw:
                    rt.raise_type("TypeError", f"{func_str(rt, MODULE, name)}() takes no keyword arguments")
            elif name in SEVERAL:
                varargs_range(rt, name, args, *SEVERAL[name])
            else:      # isclose, prod: positional and keyword parameters
                return _call_host_kw(rt, name, args, kw)
            return _call_host(rt, name, [convert(rt, a, integral) for a in args])
        return fn

    names = [n for n in (*ONE_ARG, *ROUNDING, *SEVERAL, *VARARGS, "isclose", "prod") if n not in NEWER or n in added]
    module = rt.new_module(MODULE)
    attrs: dict[str, HObject] = {n: rt.define_builtin(n, function(n), f"{MODULE}.{n}", module=module)
                                 for n in sorted(names)}
    for n, v in CONSTANTS.items():
        attrs[n] = rt.new_float(v)
    rt.add_module_attrs(module, attrs)
    return module


def _rounding(rt: Runtime, name: str, o: HObject) -> HObject:
    """math_floor / math_ceil / math_trunc: an exact int is returned itself, a float rounded to a new
    int, an instance of a class asked through its __floor__ / __ceil__ / __trunc__."""
    if isinstance(o, HLeaf) and isinstance(o.value, int) and o.ob_type is rt.t_int:
        rt.incref(o)
        return o
    if not o.ob_type.static and rt.special_method(o, ROUNDING[name]) is not None:
        return rt.call(rt.special_method(o, ROUNDING[name]), [o], None)
    if name == "trunc" and not (isinstance(o, HLeaf) and isinstance(o.value, (int, float))):
        rt.raise_type("TypeError", f"type {rt.type_name(o)} doesn't define __trunc__ method")
    return _call_host(rt, name, [to_number(rt, o, False)])


def _call_host_kw(rt: Runtime, name: str, args: list, kw: Any) -> HObject:
    """math.isclose(a, b, *, rel_tol, abs_tol) and math.prod(iterable, *, start): keyword-only
    parameters passed through to the host function, which checks them."""
    values = [to_numbers(rt, a, False) if name == "prod" and i == 0 else to_number(rt, a, False)
              for i, a in enumerate(args)]
    options = {k: to_number(rt, v, False) for k, v in (kw or {}).items()}
    fn = getattr(math, name)
    try:
        return rt.from_host(fn(*values, **options))
    except (ValueError, TypeError, OverflowError) as e:
        rt.raise_type(type(e).__name__, str(e))
        raise AssertionError from e
