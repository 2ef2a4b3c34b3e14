"""Argument checking of builtin (C) functions, with the messages CPython prints for each calling
convention: METH_NOARGS, METH_O, METH_VARARGS, Argument Clinic positional-or-keyword parameters, and
the `_PyLong_AsInt` conversion. Messages differ by version; the wording comes from `facts.py`.

Every check raises the simulated TypeError / ValueError / OverflowError (never a host exception).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...heap.kinds import HLeaf
from ...heap.objects import HObject
from .facts import module_facts

if TYPE_CHECKING:
    from ..runtime import Runtime

INT_MAX = 2**31 - 1
INT_MIN = -(2**31)


def func_str(rt: Runtime, module: str, name: str) -> str:
    """_PyObject_FunctionStr: 'gc.enable' from 3.9 on, 'enable' before."""
    return f"{module}.{name}" if module_facts(rt.profile).qualified_names else name


def no_keywords(rt: Runtime, module: str, name: str, kwargs: dict | None, *, varargs: bool = False) -> None:
    """cfunction_check_kwargs / _PyArg_NoKeywords: 'X() takes no keyword arguments'."""
    if kwargs:
        facts = module_facts(rt.profile)
        qualified = facts.varargs_kwargs_qualified if varargs else facts.qualified_names
        shown = f"{module}.{name}" if qualified else name
        rt.raise_type("TypeError", f"{shown}() takes no keyword arguments")


def noargs(rt: Runtime, module: str, name: str, args: list, kwargs: dict | None) -> None:
    """METH_NOARGS (cfunction_vectorcall_NOARGS)."""
    no_keywords(rt, module, name, kwargs)
    if args:
        rt.raise_type("TypeError", f"{func_str(rt, module, name)}() takes no arguments ({len(args)} given)")


def one_arg(rt: Runtime, module: str, name: str, args: list, kwargs: dict | None) -> HObject:
    """METH_O (cfunction_vectorcall_O): the single argument (borrowed)."""
    no_keywords(rt, module, name, kwargs)
    if len(args) != 1:
        rt.raise_type("TypeError", f"{func_str(rt, module, name)}() takes exactly one argument "
                      f"({len(args)} given)")
    return args[0]


def varargs_range(rt: Runtime, name: str, args: list, lo: int, hi: int) -> None:
    """PyArg_UnpackTuple: '{name} expected at least/at most N argument(s), got M'."""
    n = len(args)
    if n < lo:
        rt.raise_type("TypeError", f"{name} expected at least {lo} argument{'s' if lo != 1 else ''}, got {n}")
    if n > hi:
        rt.raise_type("TypeError", f"{name} expected at most {hi} argument{'s' if hi != 1 else ''}, got {n}")


def clinic(rt: Runtime, name: str, params: tuple[str, ...], required: int, args: list,
           kwargs: dict | None) -> list[HObject | None]:
    """Argument Clinic positional-or-keyword parameters (_PyArg_UnpackKeywords): one value per
    parameter, None for an omitted optional one."""
    n = len(args)
    total = n + len(kwargs or {})
    if total > len(params):   # counts keywords too: getsizeof(1, 2, x=3) says "(3 given)"
        plural = "s" if len(params) != 1 else ""
        rt.raise_type("TypeError", f"{name}() takes at most {len(params)} argument{plural} ({total} given)")
    values: list[HObject | None] = list(args) + [None] * (len(params) - n)
    unknown = []
    for kw, v in (kwargs or {}).items():
        if kw not in params:
            unknown.append(kw)
            continue
        i = params.index(kw)
        if i < n:
            rt.raise_type("TypeError", f"argument for {name}() given by name ('{kw}') and position ({i + 1})")
        values[i] = v
    # a missing required argument is reported before an unknown keyword: getsizeof(x=1) says
    # "missing required argument 'object' (pos 1)"
    for i in range(required):
        if values[i] is None:
            rt.raise_type("TypeError", f"{name}() missing required argument '{params[i]}' (pos {i + 1})")
    if unknown:
        rt.raise_type("TypeError", module_facts(rt.profile).clinic_bad_keyword.format(kw=unknown[0], name=name))
    return values


def c_int(rt: Runtime, o: HObject, *, float_message: str | None = None) -> int:
    """_PyLong_AsInt of an argument: TypeError for a non-integer (the version's wording),
    OverflowError outside the C int range."""
    if isinstance(o, HLeaf) and isinstance(o.value, int):
        v = int(o.value)
    else:
        if isinstance(o, HLeaf) and isinstance(o.value, float) and float_message:
            rt.raise_type("TypeError", float_message)
        tp = o.ob_type
        if not tp.static and rt.special_method(o, "__index__") is not None:
            v = rt.index(o)
        else:
            rt.raise_type("TypeError", module_facts(rt.profile).int_arg_errors.format(type=tp.name))
            raise AssertionError
    if not INT_MIN <= v <= INT_MAX:
        rt.raise_type("OverflowError", "Python int too large to convert to C int")
    return v


def host_call(rt: Runtime, fn: Any, *args: Any) -> Any:
    """Call a host API of the heap core (e.g. `GCModule`) that reports bad arguments with host
    TypeError / ValueError / OverflowError / AttributeError, turning them into simulated ones."""
    try:
        return fn(*args)
    except (TypeError, ValueError, OverflowError, AttributeError) as e:
        rt.raise_type(type(e).__name__, str(e))
