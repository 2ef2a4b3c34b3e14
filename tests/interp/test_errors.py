"""Errors raised by C code (interp/errors.py `Unnormalized`, Runtime.raise_value / normalize_error /
clear_error): when the exception object exists.

CPython 3.8-3.11 keep an error PyErr_SetString / PyErr_Format raised as (type, value, traceback) in the
thread state and make the instance only when normalizing it (profile fact error_indicator_triple);
3.12+ make it at once. What programs see of it (gc.get_count() moves) is the conformance topic
``exceptions`` (c_error_made_in_handler, lookup_attr_no_exception, suggestion_errors_normalized,
stop_iteration_value_lazy); these tests check the mechanism itself.
"""

from __future__ import annotations

import pytest

from heapglass.heap.heap import Heap
from heapglass.interp.errors import PyErr
from heapglass.interp.objects import HExc
from heapglass.interp.runtime import Runtime
from heapglass.profiles import get_profile

LAZY = ("3.8", "3.9", "3.10", "3.11")
EAGER = ("3.12", "3.13")


def _runtime(version: str) -> Runtime:
    return Runtime(Heap(get_profile(version)), filename="t.py")


def _exceptions(rt: Runtime) -> int:
    return sum(isinstance(o, HExc) for o in rt.heap.objects())


def _raise(rt: Runtime, type_name: str = "TypeError", message: str = "boom") -> PyErr:
    with pytest.raises(PyErr) as info:
        rt.raise_type(type_name, message)
    return info.value


@pytest.mark.parametrize("version", LAZY)
def test_c_error_is_unnormalized_until_read(version: str) -> None:
    """3.8-3.11: PyErr_Format leaves no exception object; reading `exc` makes it, with the message
    as its one argument (_PyErr_CreateException → PyObject_CallOneArg)."""
    rt = _runtime(version)
    before = _exceptions(rt)
    err = _raise(rt)
    assert err.raw is not None and err.type is rt.builtin_types["TypeError"]
    assert _exceptions(rt) == before
    exc = err.exc
    assert err.raw is None and _exceptions(rt) == before + 1
    assert [rt.as_str(a) for a in exc.args.items] == ["boom"]
    rt.decref(exc)
    assert _exceptions(rt) == before


@pytest.mark.parametrize("version", EAGER)
def test_c_error_is_an_object_at_once(version: str) -> None:
    """3.12+: tstate->current_exception is the instance, made by _PyErr_SetObject."""
    rt = _runtime(version)
    before = _exceptions(rt)
    err = _raise(rt)
    assert err.raw is None and _exceptions(rt) == before + 1
    rt.clear_error(err)
    assert _exceptions(rt) == before


@pytest.mark.parametrize("version", LAZY)
def test_traceback_stays_beside_a_raised_instance(version: str) -> None:
    """3.8-3.11: an instance raised from Python gets the traceback chain only when normalized
    (the handler's unwind); cleared before that, its __traceback__ is untouched."""
    rt = _runtime(version)
    exc = rt.new_exception(rt.builtin_types["ValueError"], [])
    rt.incref(exc)
    with pytest.raises(PyErr) as info:
        rt.throw(exc)
    err = info.value
    assert err.raw is not None and err.raw.value is exc and err.type is exc.ob_type
    rt.clear_error(err)
    assert exc.traceback is None
    rt.decref(exc)


@pytest.mark.parametrize("version", LAZY)
def test_cleared_error_never_becomes_an_object(version: str) -> None:
    """PyErr_Clear of an unnormalized error releases the message: no instance, no args tuple, and
    the heap holds what it held before."""
    rt = _runtime(version)
    live = sum(1 for _ in rt.heap.objects())
    counts = list(rt.heap.gc.counts)
    err = _raise(rt)
    rt.clear_error(err)
    assert sum(1 for _ in rt.heap.objects()) == live
    assert list(rt.heap.gc.counts) == counts


@pytest.mark.parametrize("version", LAZY)
def test_error_raised_while_handling_is_normalized(version: str) -> None:
    """_PyErr_SetObject normalizes at once when exc_info holds an exception (implicit chaining
    needs the instance): the new exception has the handled one as __context__."""
    rt = _runtime(version)
    handled = _raise(rt, "ValueError").exc
    entry = rt.enter_handler(handled, keeps_stack=False)
    before = _exceptions(rt)
    err = _raise(rt)
    assert _exceptions(rt) == before + 1 and err.exc.context is handled
    rt.leave_handler(entry)
    rt.clear_error(err)
    rt.decref(handled)


@pytest.mark.parametrize("version", LAZY)
def test_keyerror_tuple_is_the_args(version: str) -> None:
    """_PyErr_SetKeyError packs the key into a tuple at once; normalizing calls KeyError(*tuple)
    with that tuple itself as args (PyObject_Call)."""
    rt = _runtime(version)
    key = rt.new_str("k")
    packed = rt.tuple_of([key])
    with pytest.raises(PyErr) as info:
        rt.raise_value(rt.builtin_types["KeyError"], packed)
    err = info.value
    assert err.raw.value is packed
    assert err.exc.args is packed
    rt.clear_error(err)
    rt.decref(key)


@pytest.mark.parametrize("version", ("3.8", "3.10", "3.12"))
def test_lookup_attr_makes_no_exception(version: str) -> None:
    """_PyObject_LookupAttr of a missing attribute of a plain object: None, no exception object
    and no GC allocation left behind (hasattr, getattr with a default)."""
    rt = _runtime(version)
    obj = rt.new_list([])
    counts = list(rt.heap.gc.counts)
    before = _exceptions(rt)
    assert rt.lookup_attr(obj, "missing") is None
    assert _exceptions(rt) == before and list(rt.heap.gc.counts) == counts
    rt.decref(obj)


@pytest.mark.parametrize("version", ("3.9", "3.10"))
def test_getattr_normalizes_where_suggestions_need_it(version: str) -> None:
    """PyObject_GetAttr's AttributeError: unnormalized on 3.9, normalized by
    set_attribute_error_context on 3.10 (fact suggestion_errors_normalized)."""
    rt = _runtime(version)
    obj = rt.new_list([])
    with pytest.raises(PyErr) as info:
        rt.getattr(obj, "missing")
    err = info.value
    assert isinstance(err.raw.value, HExc) is rt.profile.interp.suggestion_errors_normalized
    assert err.raw.traceback is None or not isinstance(err.raw.value, HExc) or \
        err.raw.value.traceback is None     # normalized, not fetched: the chain stays beside it
    rt.clear_error(err)
    rt.decref(obj)
