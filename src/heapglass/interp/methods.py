"""Methods and constructors of the builtin types (str, bytes, int, float, tuple, list, dict, set,
range, object, type, exceptions, descriptors), as host functions ``fn(rt, self, args, kwargs)`` that
return new references and take borrowed arguments.

Past 800 lines because it holds the constructors (tp_new of every builtin type) beside the methods
they share helpers with; the text, set, dict-view and slot-wrapper methods live in their own modules
(methods_text.py, settable.py, containers.py, builtin_slots.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HCell, HDict, HInstance, HLeaf, HList, HTuple
from ..heap.objects import HObject, HType
from .btypes import add_method
from .exc_fields import raise_host_unicode_error
from .objects import HBare, HDescr, HExc, HFunction, HFuncWrapper, HRange, HRefs, HSet
from .settable import (
    for_each_item,
    make_new_set,
    new_set,
    set_add,
    set_binop,
    set_difference_update_internal,
    set_intersection,
    set_swap_bodies,
    set_symmetric_difference_update,
    set_update_internal,
)
from .typesys import type_lookup

if TYPE_CHECKING:
    from .runtime import Runtime



# list_repeat / tuplerepeat give up with MemoryError when the item array cannot be allocated; the model
# refuses above 2**31 items (16 GiB of item pointers) before building the host list that mirrors it.
SEQUENCE_ITEMS_MAX = 2 ** 31

def _nargs(rt: Runtime, name: str, args: list, lo: int, hi: int) -> None:
    """The arity check of a builtin method; `name` is "type.method" for METH_O / METH_NOARGS methods,
    whose message drops the type before 3.9 (fact method_errors_qualified)."""
    n = len(args)
    if n < lo or n > hi:
        if lo == hi:
            if not rt.profile.interp.method_errors_qualified:
                name = name.rpartition(".")[2]
            rt.raise_type("TypeError", f"{name}() takes exactly {'one argument' if lo == 1 else f'{lo} arguments'}"
                          f" ({n} given)" if lo else f"{name}() takes no arguments ({n} given)")
        rt.raise_type("TypeError", f"{name} expected at most {hi} argument{'s' if hi != 1 else ''}, got {n}"
                      if n > hi else f"{name} expected at least {lo} argument{'s' if lo != 1 else ''}, got {n}")


def _host(fn: Callable[..., Any], fresh: bool = False) -> Callable:
    """A method computed on host values: fn(self_value, *arg_values) -> host result (`fresh`: a
    one-character str/bytes result is a new object, see host_result)."""
    def m(rt: Runtime, self: HObject, args: list, kwargs: Any) -> HObject:
        try:
            r = fn(self.value, *[rt.to_host(a) for a in args], **{k: rt.to_host(v) for k, v in (kwargs or {}).items()})
        except UnicodeError as e:
            raise_host_unicode_error(rt, e)
            raise AssertionError from e
        except (ValueError, TypeError, IndexError, KeyError, OverflowError) as e:
            rt.raise_type(type(e).__name__, str(e).replace("'" + type(self.value).__name__ + "'", f"'{rt.type_name(self)}'"))
            raise AssertionError
        return host_result(rt, self, r, fresh)
    return m


def host_result(rt: Runtime, self: HObject, r: Any, fresh: bool = False) -> HObject:
    """The simulated result of a str/bytes method computed on the host. Where the host method
    handed back its own operand unchanged (the host is CPython: unicode_result_unchanged, and
    split/partition putting the exact string itself into their result), CPython's does too when
    `self` is an exact str/bytes, so that very object is returned (or placed), not a copy: `s.strip()
    is s` when there is nothing to strip. `fresh`: a one-character result is a new object, not the
    latin-1 / single-byte singleton (case mappings and replace build it with PyUnicode_New)."""
    v = getattr(self, "value", None)
    exact = self.ob_type is rt.t_str or self.ob_type is rt.t_bytes
    if exact and r is v:
        rt.incref(self)
        return self
    if exact and isinstance(r, (list, tuple)) and any(x is v for x in r):
        items = []
        for x in r:
            if x is v:
                rt.incref(self)
                items.append(self)
            else:
                items.append(rt.from_host(x))
        return rt.list_steal(items) if isinstance(r, list) else rt.tuple_steal(items)
    if fresh and isinstance(r, str) and len(r) == 1:
        return rt.new_str_fresh(r)
    if fresh and isinstance(r, bytes) and len(r) == 1:
        return rt.new_bytes_fresh(r)
    return rt.from_host(r)


# ---------------------------------------------------------------------- constructors (tp_new)
# The host's own long_from_string_base digit-limit error (its limit is the same 4300 in every
# version, fact int_max_str_digits); only its digit count is taken from it.
HOST_TO_INT_LIMIT = re.compile(r"Exceeds the limit \(\d+(?: digits)?\) for integer string conversion: "
                               r"value has (\d+) digits;")


def long_from_string_error(rt: Runtime, message: str) -> str:
    """The ValueError message of a failed str -> int conversion: the digit-limit one in the
    profile's wording (fact int_from_str_limit_message), any other (invalid literal) as is."""
    m = HOST_TO_INT_LIMIT.match(message)
    if m is None:
        return message
    return rt.profile.interp.int_from_str_limit_message.format(
        limit=rt.profile.interp.int_max_str_digits, digits=m.group(1))


def python_number_slot(rt: Runtime, a: HObject, name: str) -> HObject | None:
    """A Python-level `name` (__int__, __float__) of a builtin subclass's instance: type_new made
    its nb_int / nb_float slot_nb_int / slot_nb_float, which PyNumber_Long / PyNumber_Float call
    before looking at the builtin value ([RUN 3.8.18-3.13.0] int(I(3)) is 7 for class I(int) with
    __int__ returning 7; its __index__ is not used)."""
    if a.ob_type.static or not isinstance(a, HLeaf):
        return None
    m = rt.special_method(a, name)
    return None if m is None or isinstance(m, HDescr) else m


def new_int(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    if kw and "base" in kw:
        args = [*args, kw["base"]]    # int(x, base=b): long_new_impl takes base by keyword too
    if not args:
        return rt.new_int(0)
    a = args[0]
    m = python_number_slot(rt, a, "__int__") if len(args) == 1 else None
    if m is not None:
        return rt.call(m, [a], None)
    v = a.value if isinstance(a, HLeaf) else None
    try:
        if len(args) == 2:
            return rt.new_int(int(v, rt.as_int(args[1])))
        if isinstance(v, (int, float, str, bytes)) and not isinstance(v, range):
            return rt.new_int(int(v))
    except ValueError as e:
        rt.raise_type("ValueError", long_from_string_error(rt, str(e)))
    except OverflowError as e:
        rt.raise_type("OverflowError", str(e))
    m = rt.special_method(a, "__int__") or rt.special_method(a, "__index__")
    if m is not None:
        return rt.call(m, [a], None)
    rt.raise_type("TypeError", f"int() argument must be a string, a bytes-like object or "
                  f"{rt.profile.interp.int_arg_number_noun}, not '{rt.type_name(a)}'")
    raise AssertionError


def new_float(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    if not args:
        return rt.new_float(0.0)
    a = args[0]
    m = python_number_slot(rt, a, "__float__")
    if m is not None:
        return rt.call(m, [a], None)
    if isinstance(a, HLeaf) and isinstance(a.value, (int, float, str)):
        try:
            return rt.new_float(float(a.value))
        except ValueError as e:
            rt.raise_type("ValueError", str(e))
    m = rt.special_method(a, "__float__")
    if m is not None:
        return rt.call(m, [a], None)
    rt.raise_type("TypeError", f"float() argument must be a string or a real number, not '{rt.type_name(a)}'")
    raise AssertionError


def new_str(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    """unicode_new_impl: str(object) is PyObject_Str; with an encoding or errors argument the object
    is decoded (PyUnicode_FromEncodedObject)."""
    if len(args) > 1 or kw:
        return str_decode(rt, args, kw)
    if not args:
        return rt.new_str("")
    a = args[0]
    if a.ob_type is rt.t_str:
        rt.incref(a)
        return a
    from .strings import text_object
    return text_object(rt, a, rt.str(a))


def str_decode(rt: Runtime, args: list, kw: Any) -> HObject:
    """str(b, encoding, errors): bytes decoded; a str cannot be decoded again."""
    names = ("object", "encoding", "errors")
    values = dict(zip(names, args))
    values.update(kw or {})
    o = values.get("object")
    if o is None:
        return rt.new_str("")
    if isinstance(o, HLeaf) and isinstance(o.value, str):
        rt.raise_type("TypeError", "decoding str is not supported")
    if not (isinstance(o, HLeaf) and isinstance(o.value, bytes)):
        rt.raise_type("TypeError", f"decoding to str: need a bytes-like object, {rt.type_name(o)} found")
    encoding = rt.as_str(values["encoding"]) if "encoding" in values else "utf-8"
    errors = rt.as_str(values["errors"]) if "errors" in values else "strict"
    try:
        return rt.new_str(o.value.decode(encoding, errors))
    except LookupError as e:
        rt.raise_type("LookupError", str(e))
    except UnicodeError as e:
        raise_host_unicode_error(rt, e)
    raise AssertionError


def new_bytes(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    if not args:
        return rt.new_bytes(b"")
    a = args[0]
    if isinstance(a, HLeaf) and isinstance(a.value, int):
        return rt.new_bytes(bytes(a.value))
    if isinstance(a, HLeaf) and isinstance(a.value, str):
        return rt.new_bytes(a.value.encode(rt.as_str(args[1]) if len(args) > 1 else "utf-8"))
    if isinstance(a, HLeaf) and isinstance(a.value, bytes):     # PyBytes_FromObject: no iteration
        if a.ob_type is rt.t_bytes:
            rt.incref(a)
            return a
        return rt.new_bytes(a.value)
    items = rt.iterate_to_list(a)
    vals = [rt.as_int(x) for x in items]
    for x in items:
        rt.decref(x)
    return rt.new_bytes(bytes(vals))


def new_tuple(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    if not args:
        return rt.tuple_steal([])
    from .containers import sequence_tuple
    return sequence_tuple(rt, args[0])


def new_list(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    lst = rt.list_steal([], generic_alloc=True)     # list_vectorcall / list_new: PyType_GenericAlloc
    if args:
        try:
            list_fill(rt, lst, args[0])
        except BaseException:
            rt.decref(lst)
            raise
    return lst


def list_fill(rt: Runtime, lst: HList, src: HObject) -> None:
    """list___init___impl filling the empty `lst` from `src` (list(x), and a list subclass's tp_init):
    where fact list_init_presizes says so, first list_preallocate_exact for len(src), then list_extend."""
    from ..alloc.sizes import list_preallocate_exact
    from .containers import list_extend_from, sized
    if rt.profile.interp.list_init_presizes:
        n = sized(rt, src)
        if n and not lst.allocated:
            rt.list_set_capacity(lst, list_preallocate_exact(rt.profile.alloc, n))
    list_extend_from(rt, lst, src)


def new_dict(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    from .subclass_instances import dict_new_table
    d = rt.new_dict(generic_alloc=True)         # dict_new: type->tp_alloc
    dict_new_table(rt, d)
    if len(args) > 1:      # dict_init's PyArg_UnpackTuple, after dict_new made the dict
        rt.decref(d)
        rt.raise_type("TypeError", f"dict expected at most 1 argument, got {len(args)}")
    if args:
        try:
            dict_update(rt, d, args[0])
        except BaseException:
            rt.decref(d)
            raise
    for k, v in (kw or {}).items():
        rt.dict_setitem_str(d, k, v)
    return d


def new_range(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    """range_new -> range_from_array: each argument through PyNumber_Index (an exact int is kept
    itself), start 0 and step 1 when not given."""
    _nargs(rt, "range", args, 1, 3)
    vals = [rt.index(a) for a in args]
    try:
        r = range(*vals)
    except ValueError as e:
        rt.raise_type("ValueError", str(e))
    given = [a if a.ob_type is rt.t_int else None for a in args]
    if len(given) == 1:
        given = [None, given[0]]
    return range_object(rt, r, given)


def range_object(rt: Runtime, r: range, given: list[HObject | None] | None = None) -> HObject:
    """A new range object (make_range_object) for the host range `r`: it holds start, stop, step
    (the `given` objects where there are some, new ints otherwise: compute_slice's results) and
    its length (compute_range_length)."""
    given = given or []
    members = []
    for i, v in enumerate((r.start, r.stop, r.step)):
        o = given[i] if i < len(given) else None
        if o is not None:
            rt.incref(o)
            members.append(o)
        else:
            members.append(rt.new_int(v))
    members.append(rt.new_int(len(r)))
    op = HRange()
    op.value = r
    op.members = tuple(members)
    return rt.alloc(op, rt.t_range, rt.sizes("range"))


def new_complex(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    vals = [rt.to_host(a) for a in args]
    try:
        return rt.new_complex(complex(*vals))
    except (TypeError, ValueError) as e:
        rt.raise_type(type(e).__name__, str(e))
        raise AssertionError


def slice_field(i: int) -> Callable:
    def get(rt: Runtime, self: HRefs) -> HObject:
        rt.incref(self.refs[i])
        return self.refs[i]
    return get


def slice_repr(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    """slice_repr: slice(start, stop, step) with each field's repr."""
    return rt.new_str("slice(" + ", ".join(rt.repr(v) for v in self.refs) + ")")


def slice_indices_m(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    return rt.from_host(slice(*slice_indices(rt, self)).indices(rt.index(args[0])))


def _leaf_attr(attr: str) -> Callable:
    def get(rt: Runtime, self: HLeaf) -> HObject:
        return rt.from_host(getattr(self.value, attr))
    return get


def _leaf_self(rt: Runtime, self: HLeaf) -> HObject:
    """int.real / int.numerator (long_long) and float.real (float_float): an exact int or float is
    returned itself; an instance of a subclass is converted to the base type."""
    if self.ob_type in (rt.t_int, rt.t_float):
        rt.incref(self)
        return self
    return rt.from_host(int(self.value) if isinstance(self.value, int) else float(self.value))


def method_eq(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    o = args[0]
    if o.ob_type is not self.ob_type:
        rt.incref(rt.notimplemented)
        return rt.notimplemented
    return rt.new_bool(self.func is o.func and self.self_ is o.self_)


def new_object(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    if args or kw:
        rt.raise_type("TypeError", "object() takes no arguments")
    return rt.alloc(HBare(), rt.t_object, 16)


def new_exception_static(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    return rt.new_exception(tp, args)


def new_slice(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    s = HRefs()     # slices are GC objects in every version ([RUN] gc.is_tracked(slice(1, 2)))
    vals = list(args) + [rt.none] * (3 - len(args)) if len(args) != 1 else [rt.none, args[0], rt.none]
    s.refs = vals
    s.state = None
    for v in vals:
        rt.incref(v)
    return rt.alloc(s, rt.t_slice, rt.sizes("slice"))


def new_property(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    p = HRefs()
    vals = list(args) + [None] * (4 - len(args))
    for k, v in (kw or {}).items():
        vals[{"fget": 0, "fset": 1, "fdel": 2, "doc": 3}[k]] = v
    p.refs = [v if v is not rt.none else None for v in vals]
    for v in p.refs:
        if v is not None:
            rt.incref(v)
    p.state = None
    return rt.alloc(p, rt.t_property, rt.sizes("property"))


def wrapper_alloc(rt: Runtime, tp: HType, callable_: HObject) -> HObject:
    """PyStaticMethod_New / PyClassMethod_New: the wrapper around a borrowed callable, without the
    attribute copies of sm_init / cm_init."""
    w = HFuncWrapper()
    w.refs = [callable_]
    w.state = w.dict = None
    rt.incref(callable_)
    return rt.alloc(w, tp, rt.sizes("staticmethod"))


def new_wrapper(kind: str) -> Callable:
    def new(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
        """staticmethod() / classmethod(): sm_init / cm_init, then functools_wraps copies the
        callable's metadata into the wrapper's __dict__ (fact descriptor_wrapper_copies), a
        missing name raising and clearing an AttributeError where fact
        descriptor_wrapper_copy_raises says so."""
        from .errors import PyErr
        _nargs(rt, kind, args, 1, 1)
        w = wrapper_alloc(rt, tp, args[0])
        raises = rt.profile.interp.descriptor_wrapper_copy_raises
        for name in rt.profile.interp.descriptor_wrapper_copies:
            try:
                v = rt.getattr(args[0], name) if raises else rt.getattr_or_none(args[0], name)
            except PyErr as err:
                if not rt.exception_matches(err, "AttributeError"):
                    raise
                rt.clear_error(err)
                v = None
            if v is not None:
                rt.generic_setattr(w, name, v)
                rt.decref(v)
        return w
    return new


# ---------------------------------------------------------------------- sequences
def norm_index(rt: Runtime, i: int, n: int, what: str) -> int:
    if i < 0:
        i += n
    if not 0 <= i < n:
        rt.raise_type("IndexError", f"{what} index out of range")
    return i


def slice_indices(rt: Runtime, sl: HObject) -> tuple[Any, Any, Any]:
    return tuple(None if v is rt.none else rt.index(v) for v in sl.refs)  # type: ignore[return-value]


def seq_getitem(rt: Runtime, o: HObject, key: HObject) -> HObject:
    what = "list" if isinstance(o, HList) else "tuple" if isinstance(o, HTuple) else None
    if key.ob_type is rt.t_slice:
        sl = slice(*slice_indices(rt, key))
        n = len(o.value) if isinstance(o, HLeaf) else len(o.items)
        if sl.indices(n) == (0, n, 1) and o.ob_type in (rt.t_str, rt.t_bytes, rt.t_tuple):
            rt.incref(o)    # a full slice of an exact immutable sequence is the object itself
            return o
        if isinstance(o, HLeaf):
            part = o.value[sl]
            return range_object(rt, part) if isinstance(part, range) else rt.from_host(part)
        items = o.items[sl]
        return rt.new_list(items) if isinstance(o, HList) else rt.tuple_of(items)
    if isinstance(o, HLeaf):
        v = o.value
        i = norm_index(rt, rt.index(key), len(v), {str: "string", bytes: "index", range: "range object"}.get(
            type(v), "index"))
        return rt.from_host(v[i])
    if what is None:
        rt.raise_type("TypeError", f"'{rt.type_name(o)}' object is not subscriptable")
    if not (isinstance(key, HLeaf) and isinstance(key.value, int)) and rt.special_method(key, "__index__") is None:
        rt.raise_type("TypeError", f"{what} indices must be integers or slices, not {rt.type_name(key)}")
    i = norm_index(rt, rt.index(key), len(o.items), what)
    x = o.items[i]
    rt.incref(x)
    return x


def list_ass_slice_resize(rt: Runtime, o: HList, newsize: int, via_ass_slice: bool = True) -> None:
    """The resize before a list's items change to newsize: list_ass_slice clears a list it leaves
    with no items (_list_clear frees the item array); otherwise (and for an extended slice, which
    list_ass_subscript resizes itself) list_resize."""
    if newsize == 0 and via_ass_slice:
        rt.heap.list_buffer_release(o)
    else:
        rt.list_resize(o, newsize)


def list_setitem(rt: Runtime, o: HList, key: HObject, value: HObject | None) -> None:
    if key.ob_type is rt.t_slice:
        sl = slice(*slice_indices(rt, key))
        old = o.items[sl]
        step1 = sl.step in (None, 1)   # list_ass_subscript hands a step-1 slice to list_ass_slice
        if value is None:
            list_ass_slice_resize(rt, o, len(o.items) - len(old), step1)
            del o.items[sl]
        else:
            new = rt.iterate_to_list(value)
            if sl.step not in (None, 1) and len(new) != len(old):
                # list_ass_subscript: an extended slice keeps its size
                for x in new:
                    rt.decref(x)
                rt.raise_type("ValueError", f"attempt to assign sequence of size {len(new)} to extended slice "
                              f"of size {len(old)}")
            list_ass_slice_resize(rt, o, len(o.items) - len(old) + len(new), step1)
            o.items[sl] = new
        for x in reversed(old):   # list_ass_slice: recycled items released last-to-first
            rt.decref(x)
        return
    if not (isinstance(key, HLeaf) and isinstance(key.value, int)):
        rt.raise_type("TypeError", f"list indices must be integers or slices, not {rt.type_name(key)}")
    i = norm_index(rt, rt.index(key), len(o.items), "list assignment")
    old = o.items[i]
    if value is None:
        if rt.profile.alloc.list_del_item_resizes:   # list_ass_item: list_ass_slice(i, i + 1)
            list_ass_slice_resize(rt, o, len(o.items) - 1)
        del o.items[i]
    else:
        rt.incref(value)
        o.items[i] = value
    rt.decref(old)


def container_binop(rt: Runtime, op: str, a: HObject, b: HObject) -> HObject | None:
    ta, tb = a.ob_type, b.ob_type
    if isinstance(a, HList) and isinstance(b, HList) and op == "+":
        return rt.new_list(a.items + b.items)
    if isinstance(a, HTuple) and isinstance(b, HTuple) and op == "+":
        return rt.tuple_of(a.items + b.items)
    if op == "*" and isinstance(a, (HList, HTuple)) and isinstance(b, HLeaf) and isinstance(b.value, int):
        n = max(b.value, 0) * len(a.items)
        if n > SEQUENCE_ITEMS_MAX:
            rt.raise_type("MemoryError", "")   # list_repeat / tuplerepeat: PyErr_NoMemory
        rt.check_memory(8 * n)                  # before the host list that mirrors it is built
        items = a.items * b.value
        return rt.new_list(items) if isinstance(a, HList) else rt.tuple_of(items)
    if op == "*" and isinstance(b, (HList, HTuple)) and isinstance(a, HLeaf) and isinstance(a.value, int):
        return container_binop(rt, op, b, a)
    if isinstance(a, HSet) and isinstance(b, HSet) and op in ("|", "&", "-", "^"):
        return set_binop(rt, op, a, b)
    if op in ("|", "&", "-", "^") and (_is_set_view(rt, a) or _is_set_view(rt, b)):
        return dictviews_setop(rt, op, a, b)
    if isinstance(a, HDict) and isinstance(b, HDict) and op == "|" and ta.static and \
            rt.profile.interp.dict_union_operators:
        d = rt.new_dict()
        dict_update(rt, d, a)
        dict_update(rt, d, b)
        return d
    if isinstance(a, HLeaf) and isinstance(a.value, (str, bytes)) and op == "%":
        from .strings import percent_format
        return percent_format(rt, a, b)
    del tb
    return None


def _is_set_view(rt: Runtime, o: HObject) -> bool:
    """dict_keys and dict_items have the set operators (dictviews_as_number); dict_values does not."""
    return o.ob_type in (rt.builtin_types["dict_keys"], rt.builtin_types["dict_items"])


def dictviews_setop(rt: Runtime, op: str, a: HObject, b: HObject) -> HObject:
    """dictviews_or / _sub / _xor / _and (Objects/dictobject.c), `a` or `b` a dict_keys/dict_items
    view: a new set made from the left operand (dictviews_to_set), then updated with the right one as
    set.update / difference_update / symmetric_difference_update / intersection_update do; from 3.9
    (fact dictview_setop_fast_paths) a keys view of an exact dict is made into a set from the dict
    itself, and & is _PyDictView_Intersect."""
    fast = rt.profile.interp.dictview_setop_fast_paths
    if op == "&" and fast:
        return dictview_intersect(rt, a, b)
    src = a.refs[0] if fast and a.ob_type is rt.builtin_types["dict_keys"] and \
        a.refs[0].ob_type is rt.t_dict else a
    result = make_new_set(rt, rt.t_set)
    try:
        set_update_internal(rt, result, src)
        if op == "|":
            set_update_internal(rt, result, b)
        elif op == "-":
            set_difference_update_internal(rt, result, b)
        elif op == "^":
            set_symmetric_difference_update(rt, result, b)
        else:     # intersection_update (set_intersection_update: the body swapped in)
            tmp = set_intersection(rt, result, b)
            set_swap_bodies(result, tmp)
            rt.decref(tmp)
    except BaseException:
        rt.decref(result)
        raise
    return result


def dictview_intersect(rt: Runtime, a: HObject, b: HObject) -> HObject:
    """_PyDictView_Intersect (3.9+): with the view as self, an exact set at least as large is asked for
    other.intersection(self); else the smaller operand (two views: the shorter) is iterated and each
    item the other view contains is added to a new set."""
    view, other = (a, b) if _is_set_view(rt, a) else (b, a)
    size = len(view.refs[0].entries)
    if other.ob_type is rt.t_set and size <= len(other.entries):
        return set_intersection(rt, other, view)
    if _is_set_view(rt, other) and len(other.refs[0].entries) > size:
        view, other = other, view
    result = make_new_set(rt, rt.t_set)
    try:
        for_each_item(rt, other, lambda x: set_add(rt, result, x) if rt.contains(view, x) else None)
    except BaseException:
        rt.decref(result)
        raise
    return result


def all_contained_in(rt: Runtime, self: HObject, other: HObject) -> bool:
    """all_contained_in (Objects/dictobject.c): `self` iterated (PyObject_GetIter, a new iterator),
    each item looked up in `other` (PySequence_Contains) until one is missing."""
    it = rt.get_iter(self)
    try:
        while (x := rt.iter_next(it)) is not None:
            try:
                if not rt.contains(other, x):
                    return False
            finally:
                rt.decref(x)
        return True
    finally:
        rt.decref(it)


def dictview_richcompare(rt: Runtime, op: str, a: HObject, b: HObject) -> HObject | None:
    """dictview_richcompare: a dict_keys / dict_items view against a set, frozenset or such view —
    the lengths first, then all_contained_in in the direction the operator needs; None
    (NotImplemented) for any other operand."""
    if not (isinstance(b, HSet) or _is_set_view(rt, b)):
        return None
    len_self, len_other = len(a.refs[0].entries), rt.length(b)
    if op in ("==", "!="):
        ok = len_self == len_other and all_contained_in(rt, a, b)
        return rt.new_bool(ok if op == "==" else not ok)
    sized = {"<": len_self < len_other, "<=": len_self <= len_other, ">": len_self > len_other,
             ">=": len_self >= len_other}[op]
    if not sized:
        return rt.new_bool(False)
    return rt.new_bool(all_contained_in(rt, a, b) if op in ("<", "<=") else all_contained_in(rt, b, a))


def dictviews_isdisjoint(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    """dictviews_isdisjoint: the view itself is disjoint only when empty; against a set or a
    set-like view the shorter operand is iterated, otherwise `other` is, each item looked up in
    the other operand (PySequence_Contains)."""
    _nargs(rt, "isdisjoint", args, 1, 1)
    other = args[0]
    if other is self:
        return rt.new_bool(not self.refs[0].entries)
    if (isinstance(other, HSet) or _is_set_view(rt, other)) and rt.length(other) > len(self.refs[0].entries):
        self, other = other, self
    it = rt.get_iter(other)
    try:
        while (x := rt.iter_next(it)) is not None:
            try:
                if rt.contains(self, x):
                    return rt.new_bool(False)
            finally:
                rt.decref(x)
    finally:
        rt.decref(it)
    return rt.new_bool(True)


def slice_richcompare(rt: Runtime, op: str, a: HObject, b: HObject) -> HObject:
    """slice_richcompare: the same slice is equal to itself without a look at its fields; otherwise
    (start, stop, step) of each as a new 3-tuple (PyTuple_New / PyTuple_Pack), compared as tuples,
    then freed in order."""
    if a is b:
        return rt.new_bool(op in ("==", "<=", ">="))
    t1 = rt.tuple_of(list(a.refs))
    t2 = rt.tuple_of(list(b.refs))
    try:
        return rt.compare(op, t1, t2)
    finally:
        rt.decref(t1)
        rt.decref(t2)


def container_compare(rt: Runtime, op: str, a: HObject, b: HObject) -> HObject | None:
    if isinstance(a, HList) and isinstance(b, HList) or isinstance(a, HTuple) and isinstance(b, HTuple):
        x, y = a.items, b.items
        for i in range(min(len(x), len(y))):
            if not rt.eq(x[i], y[i]):
                if op == "==":
                    return rt.new_bool(False)
                if op == "!=":
                    return rt.new_bool(True)
                return rt.compare(op, x[i], y[i])
        import operator
        fn = {"<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne, ">": operator.gt,
              ">=": operator.ge}[op]
        return rt.new_bool(fn(len(x), len(y)))
    if isinstance(a, HDict) and isinstance(b, HDict) and op in ("==", "!="):
        same = len(a.entries) == len(b.entries) and all(
            t in b.entries and rt.eq(v, b.entries[t][1]) for t, (k, v) in a.entries.items())
        return rt.new_bool(same if op == "==" else not same)
    if isinstance(a, HSet) and isinstance(b, HSet):
        import operator
        fn = {"<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne, ">": operator.gt,
              ">=": operator.ge}[op]
        return rt.new_bool(fn(set(a.entries), set(b.entries)))
    if _is_set_view(rt, a):
        return dictview_richcompare(rt, op, a, b)
    if a.ob_type is rt.t_slice and b.ob_type is rt.t_slice:
        return slice_richcompare(rt, op, a, b)
    return None


def dict_update(rt: Runtime, d: HDict, other: HObject) -> None:
    if isinstance(other, HDict):
        for k, v in list(other.entries.values()):
            rt.dict_setitem(d, k, v)
        return
    keys = rt.special_method(other, "keys") if not other.ob_type.static or \
        other.ob_type is rt.builtin_types["mappingproxy"] else None
    if keys is not None:
        ks = rt.call_method(other, "keys", [])
        for k in rt.iterate_to_list(ks):
            v = rt.getitem(other, k)
            rt.dict_setitem(d, k, v)
            rt.decref(k)
            rt.decref(v)
        rt.decref(ks)
        return
    for item in rt.iterate_to_list(other):
        pair = rt.iterate_to_list(item)
        if len(pair) != 2:
            rt.raise_type("ValueError", f"dictionary update sequence element #0 has length {len(pair)}; "
                          "2 is required")
        rt.dict_setitem(d, pair[0], pair[1])
        for x in pair:
            rt.decref(x)
        rt.decref(item)


# ---------------------------------------------------------------------- object / type / misc
def object_eq(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    r = rt.true if self is args[0] else rt.notimplemented
    rt.incref(r)
    return r


def object_ne(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    """object_richcompare, Py_NE: by default __ne__ delegates to the type's own __eq__ (not the
    reflected one) and inverts the result unless it is NotImplemented."""
    eq = type_lookup(self.ob_type, "__eq__")
    if eq is None or isinstance(eq, HDescr):
        r = eq.fn(rt, self, args, None) if eq is not None else object_eq(rt, self, args, None)
    else:
        r = rt.call(eq, [self, args[0]], None)
    if r is rt.notimplemented:
        return r
    try:
        v = rt.truthy(r)
    finally:
        rt.decref(r)
    return rt.new_bool(not v)


def object_repr(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    return rt.new_str(rt.default_repr(self))


def object_str(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    return rt.new_str(rt.repr(self))


def object_hash(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    return rt.new_int(self.addr >> 4)


def object_init(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    return rt.new_none()


def object_init_subclass(rt: Runtime, cls: HObject, args: list, kw: Any) -> HObject:
    if args or kw:
        owner = f"{cls.name}." if rt.profile.interp.init_subclass_error_names_class else ""
        rt.raise_type("TypeError", f"{owner}__init_subclass__() takes no keyword arguments")
    return rt.new_none()


def object_setattr(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    rt.generic_setattr(self, rt.as_str(args[0]), args[1])
    return rt.new_none()


def object_delattr(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    rt.generic_setattr(self, rt.as_str(args[0]), None)
    return rt.new_none()


def object_getattribute(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    """object.__getattribute__: PyObject_GenericGetAttr, never the class's own __getattribute__ or
    __getattr__."""
    name = rt.as_str(args[0])
    r = rt.generic_getattr_or_none(self, name)
    if r is None:
        rt.raise_attribute_error(self, name)
    return r


def object_new(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    from .btypes import instance_new
    from .subclass_instances import check_new_is_safe
    tp = args[0] if args else self
    if isinstance(tp, HType):
        check_new_is_safe(rt, rt.t_object, tp)
    if tp is rt.t_object:
        return new_object(rt, tp, [], None)
    return instance_new(rt, tp, [], None)


def get_class(rt: Runtime, self: HObject) -> HObject:
    rt.incref(self.ob_type)
    return self.ob_type


def get_dict(rt: Runtime, self: HObject) -> HObject:
    if isinstance(self, HInstance) and self.ob_type.extra.has_dict:
        d = rt.instance_dict(self)
    elif isinstance(self, (HFunction, HFuncWrapper, HExc)):
        # PyObject_GenericGetDict / BaseException_get_dict: an empty dict made on first read
        if self.dict is None:
            self.dict = rt.new_dict()
        d = self.dict
    elif isinstance(self, HType):
        # type_dict: a new mappingproxy of the type's dict (PyDictProxy_New)
        from .containers import mappingproxy_new
        return mappingproxy_new(rt, self.dict_obj if not self.static else builtin_type_dict(rt, self))
    elif hasattr(self, "dict") and getattr(self, "dict", None) is not None:
        d = self.dict
    else:
        rt.raise_attribute_error(self, "__dict__")
        raise AssertionError
    rt.incref(d)
    return d


def builtin_type_dict(rt: Runtime, tp: HType) -> HDict:
    """A builtin type's tp_dict as a dict object (borrowed). The model keeps it as the host table
    `methods`; CPython's exists from PyType_Ready on, so the first read builds it unaccounted and
    the runtime keeps it."""
    d = rt.type_dicts.get(tp.name)
    if d is None:
        with rt.heap.unaccounted():
            d = rt.type_dicts[tp.name] = rt.new_dict()
            for name, value in tp.extra.methods.items():
                rt.dict_setitem_str(d, name, value)
    return d


def exc_getset(field: str) -> tuple[Callable, Callable]:
    def get(rt: Runtime, self: HExc) -> HObject:
        v = getattr(self, field)
        if field == "suppress":
            return rt.new_bool(bool(v))
        if v is None:
            v = rt.none
        rt.incref(v)
        return v

    def set_(rt: Runtime, self: HExc, value: HObject | None) -> None:
        if field == "suppress":
            self.suppress = bool(value is not None and rt.truthy(value))
            return
        old = getattr(self, field)
        if value is rt.none:
            value = None
        if value is not None:
            rt.incref(value)
        setattr(self, field, value)
        if field == "cause":
            self.suppress = True
        if old is not None:
            rt.decref(old)
    return get, set_


def stop_iteration_value(rt: Runtime, self: HExc) -> HObject:
    """StopIteration.value, the member StopIteration_init sets (exc_fields.init_members)."""
    v = (self.fields or {}).get("value")
    v = rt.none if v is None else v
    rt.incref(v)
    return v


def system_exit_code(rt: Runtime, self: HExc) -> HObject:
    """SystemExit.code (SystemExit_init): None without arguments, the argument itself with one, the
    args tuple with several."""
    v = (self.fields or {}).get("code")
    v = rt.none if v is None else v
    rt.incref(v)
    return v


def exc_init(rt: Runtime, self: HExc, args: list, kw: Any) -> HObject:
    """BaseException.__init__ (BaseException_init; ImportError_init for ImportError's family)."""
    from .exc_fields import exception_init, init_members
    if kw and rt.builtin_types["ImportError"] not in self.ob_type.extra.mro:
        exception_init(rt, self, args, kw)     # _PyArg_NoKeywords before anything changes
    old = self.args
    self.args = rt.tuple_of(list(args))
    if old is not None:
        rt.decref(old)
    init_members(rt, self)
    exception_init(rt, self, args, kw)
    return rt.new_none()


def exc_with_traceback(rt: Runtime, self: HExc, args: list, kw: Any) -> HObject:
    exc_getset("traceback")[1](rt, self, args[0])
    rt.incref(self)
    return self


def cell_contents(rt: Runtime, self: HCell) -> HObject:
    if self.ob_ref is None:
        rt.raise_type("ValueError", "Cell is empty")
    rt.incref(self.ob_ref)
    return self.ob_ref


def install_methods(rt: Runtime) -> None:
    from .containers import install_container_methods, install_mappingproxy
    from .methods_text import install_leaf_methods
    """Attach the methods and constructors above to the builtin types."""
    from . import descr_attrs, methods_more
    T = rt.builtin_types
    news = {"complex": new_complex, "int": new_int, "float": new_float, "str": new_str, "bytes": new_bytes, "tuple": new_tuple,
            "list": new_list, "dict": new_dict, "set": new_set, "frozenset": new_set, "range": new_range,
            "object": new_object, "slice": new_slice, "property": new_property,
            "staticmethod": new_wrapper("staticmethod"), "classmethod": new_wrapper("classmethod")}
    for name, fn in news.items():
        T[name].extra.new = fn
    T["bool"].extra.new = lambda rt_, tp, args, kw: rt_.new_bool(bool(args) and rt_.truthy(args[0]))
    T["BaseException"].extra.new = new_exception_static
    T["NoneType"].extra.new = lambda rt_, tp, args, kw: rt_.new_none()
    for i, name in enumerate(("start", "stop", "step")):
        rt.t_slice.extra.methods[name] = readonly_member(rt, rt.t_slice, name, slice_field(i))
    add_method(rt, rt.t_slice, "indices", slice_indices_m)
    add_method(rt, rt.t_slice, "__repr__", slice_repr)
    add_method(rt, rt.t_method, "__eq__", method_eq)
    for tp in (rt.t_int, rt.t_float, rt.t_complex):
        for attr in ("real", "imag"):
            getter = _leaf_self if attr == "real" and tp is not rt.t_complex else _leaf_attr(attr)
            tp.extra.methods[attr] = _getset(rt, tp, attr, getter)
    rt.t_int.extra.methods["numerator"] = _getset(rt, rt.t_int, "numerator", _leaf_self)
    rt.t_int.extra.methods["denominator"] = _getset(rt, rt.t_int, "denominator", _leaf_attr("denominator"))
    add_method(rt, rt.t_complex, "conjugate", _host(complex.conjugate))
    obj = rt.t_object
    for name, fn in {"__eq__": object_eq, "__ne__": object_ne, "__repr__": object_repr, "__str__": object_str,
                     "__hash__": object_hash, "__init__": object_init, "__setattr__": object_setattr,
                     "__delattr__": object_delattr, "__getattribute__": object_getattribute}.items():
        add_method(rt, obj, name, fn)
    add_method(rt, obj, "__new__", object_new, kind="static_new")
    add_method(rt, obj, "__init_subclass__", object_init_subclass, kind="classmethod")
    obj.extra.methods["__class__"] = _getset(rt, obj, "__class__", get_class)
    for t in (rt.t_type, rt.t_function, rt.t_module, rt.t_staticmethod, rt.t_classmethod):
        # module.__dict__: module_members' md_dict; sm_getsetlist / cm_getsetlist: __dict__
        t.extra.methods["__dict__"] = _getset(rt, t, "__dict__", get_dict)
    install_container_methods(rt)
    install_mappingproxy(rt)
    install_leaf_methods(rt)
    rt.t_cell.extra.methods["cell_contents"] = _getset(rt, rt.t_cell, "cell_contents", cell_contents)
    be = T["BaseException"]
    add_method(rt, be, "__init__", exc_init)
    add_method(rt, be, "with_traceback", exc_with_traceback)
    for attr, field in (("args", "args"), ("__traceback__", "traceback"), ("__context__", "context"),
                        ("__cause__", "cause"), ("__suppress_context__", "suppress")):
        g, s = exc_getset(field)
        be.extra.methods[attr] = _getset(rt, be, attr, g, s)
    be.extra.methods["__dict__"] = _getset(rt, be, "__dict__", get_dict)
    si = T["StopIteration"]
    si.extra.methods["value"] = _getset(rt, si, "value", stop_iteration_value)
    se = T["SystemExit"]
    se.extra.methods["code"] = _getset(rt, se, "code", system_exit_code)
    methods_more.install(rt)
    descr_attrs.install(rt)


def readonly_member(rt: Runtime, tp: HType, name: str, getter: Callable) -> HObject:
    """A READONLY PyMemberDef of a builtin type (slice_members: start, stop, step): a member_descriptor
    whose __set__ / __delete__ raise PyMember_SetOne's 'readonly attribute'."""
    def refuse(rt_: Runtime, obj: HObject, value: HObject | None) -> None:
        rt_.raise_type("AttributeError", "readonly attribute")
    from .objects import HDescr
    d = HDescr()
    d.fn, d.name, d.owner, d.kind, d.setter = getter, name, tp.name, "getset", refuse
    return rt.static_object(d, rt.t_member)


def _getset(rt: Runtime, tp: HType, name: str, getter: Callable, setter: Callable | None = None) -> HObject:
    from .objects import HDescr
    d = HDescr()
    d.fn, d.name, d.owner, d.kind, d.setter = getter, name, tp.name, "getset", setter
    return rt.static_object(d, rt.builtin_types.get("getset_descriptor"))
