"""The builtin types' own slot wrappers (builtin_slots.py: add_operators over slotdefs), each checked
against what the real interpreters printed for the same snippet (``PYENV_VERSION=3.8.18|3.11.7|3.13.0
python snippet.py``, outputs pasted below): which dunders a type's dict holds, what calling them
returns (NotImplemented where the slot declines), their argument errors, and that subclasses reach
them while the operators keep their own dispatch.
"""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source

VERSIONS = ("3.8", "3.11", "3.13")


def run(source: str, version: str) -> str:
    r = run_source(source, "snippet.py", version)
    assert r.status == 0, r.stderr
    return r.stdout


def _slots(expr: str) -> str:
    return f"len([k for k in {expr}.__dict__ if type({expr}.__dict__[k]).__name__ == 'wrapper_descriptor'])"


LISTS = f"print({_slots('int')}, {_slots('complex')}, {_slots('type(None)')}, {_slots('dict')}, {_slots('str')})\n"


@pytest.mark.parametrize(("version", "expected"), [("3.8", "43 31 2 13 19\n"), ("3.11", "43 23 2 16 19\n"),
                                                    ("3.13", "43 23 9 16 18\n")])
def test_type_dicts_hold_the_versions_slot_wrappers(version: str, expected: str) -> None:
    """Profile fact builtin_slot_changes: 3.8's complex still fills the floor/mod/int/float slots,
    dict gains | (3.9), NoneType its hash and comparisons (3.12), 3.13's str no own __getattribute__."""
    assert run(LISTS, version) == expected


EXPLICIT = """x = 10 ** 20
print(repr(x.__sub__(1.5)), x.__sub__(1) == x - 1, repr((2.0).__rsub__('a')))
print(repr([].__iadd__(range(2))), repr({1}.__iand__([1])), repr(set.__isub__({1, 2}, {1})))
print((1).__add__(2), repr((1).__eq__('x')), (1.5).__eq__(1), 'a'.__lt__('b'), [1].__len__())
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_explicit_calls_return_not_implemented_where_the_slot_declines(version: str) -> None:
    """wrap_binaryfunc_l/_r, wrap_richcmpfunc: CHECK_BINOP, CONVERT_TO_DOUBLE and PyAnySet_Check
    decline with NotImplemented; list_inplace_concat takes any iterable."""
    assert run(EXPLICIT, version) == ("NotImplemented True NotImplemented\n[0, 1] NotImplemented {2}\n"
                                      "3 NotImplemented False True 1\n")


ERRORS = """def show(f, *a, **k):
    try:
        f(*a, **k)
    except TypeError as e:
        print(e)
show((1).__add__)
show(int.__add__, 'a', 1)
show(int.__add__)
show((1).__add__, x=1)
show((1).__pow__, 2, 3, 4)
show([1].__setitem__, 0)
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_argument_errors_are_the_wrap_functions(version: str) -> None:
    """check_num_args, descr_check, wrapperdescr_raw_call's keyword refusal, PyArg_UnpackTuple("")."""
    assert run(ERRORS, version) == (
        "expected 1 argument, got 0\ndescriptor '__add__' requires a 'int' object but received a 'str'\n"
        "descriptor '__add__' of 'int' object needs an argument\nwrapper __add__() takes no keyword arguments\n"
        " expected at most 2 arguments, got 3\n expected 2 arguments, got 1\n")


SUBCLASS = """class I(int):
    def __add__(self, o):
        return int.__add__(self, o) * 10
print(I(2) + 3, 3 + I(2), I(2).__radd__(3))
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_a_subclass_reaches_its_bases_slot_and_operators_dispatch_as_before(version: str) -> None:
    """int.__add__(self, o) runs long_add; `3 + I(2)` is still int's nb_add (I defines no __radd__)."""
    assert run(SUBCLASS, version) == "50 5 5\n"


COUNTS = """import gc
x = 10 ** 20
m = x.__add__
gc.disable()
gc.collect()
b = gc.get_count()[0]; r = m(1); c = gc.get_count()[0]; print(c - b)
b = gc.get_count()[0]; r = x.__abs__(); c = gc.get_count()[0]; print(c - b, r is x, (-x).__abs__() is x)
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_calling_a_method_wrapper_makes_its_args_tuple(version: str) -> None:
    """wrapper_call gets a new args tuple (_PyObject_MakeTpCall; the first after gc.collect() is a
    fresh one), and long_abs of a non-negative exact int is the int itself (long_long)."""
    assert run(COUNTS, version) == "2\n0 True False\n"
