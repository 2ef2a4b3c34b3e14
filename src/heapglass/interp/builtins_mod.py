"""The builtins module: builtin functions as HBuiltin objects (``fn(rt, args, kwargs)``) and the
builtin types and exceptions by name. `print` writes to the run's stdout (or sys.stderr for
file=sys.stderr)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HDict, HLeaf, HTuple
from ..heap.objects import HObject, HType
from . import stdio
from .btypes import new_iterator
from .objects import HRefs
from .typesys import is_subtype, type_lookup

if TYPE_CHECKING:
    from .runtime import Runtime


def _arity(rt: Runtime, name: str, args: list, lo: int, hi: int) -> None:
    n = len(args)
    if lo <= n <= hi:
        return
    if lo == hi == 1:
        rt.raise_type("TypeError", f"{name}() takes exactly one argument ({n} given)")
    if n < lo:
        rt.raise_type("TypeError", f"{name} expected {lo} argument{'s' if lo > 1 else ''}, got {n}"
                      if lo == hi else f"{name} expected at least {lo} argument{'s' if lo > 1 else ''}, got {n}")
    rt.raise_type("TypeError", f"{name} expected at most {hi} argument{'s' if hi > 1 else ''}, got {n}")


PRINT_KEYWORDS = ("sep", "end", "file", "flush")


def b_print(rt: Runtime, args: list, kw: Any) -> HObject:
    when = rt.profile.interp.print_kwtuple
    if when == "first_call" or (when == "keywords" and kw):
        rt.arg_parser_kwtuple("print", PRINT_KEYWORDS)
    kw = kw or {}
    sep = kw.get("sep")
    end = kw.get("end")
    file = kw.get("file")
    for what, v in (("sep", sep), ("end", end)):     # builtin_print_impl's checks
        if v is not None and v is not rt.none and not is_subtype(v.ob_type, rt.t_str):
            rt.raise_type("TypeError", f"{what} must be None or a string, not {rt.type_name(v)}")
    stdio.builtin_print(rt, args, sep, end, file, kw.get("flush"))
    return rt.new_none()


def b_len(rt: Runtime, args: list, kw: Any) -> HObject:
    _arity(rt, "len", args, 1, 1)
    return rt.new_int(rt.length(args[0]))


def b_id(rt: Runtime, args: list, kw: Any) -> HObject:
    _arity(rt, "id", args, 1, 1)
    return rt.new_int(args[0].addr)


def b_isinstance(rt: Runtime, args: list, kw: Any) -> HObject:
    _arity(rt, "isinstance", args, 2, 2)
    return rt.new_bool(_isinstance(rt, args[0], args[1]))


def _isinstance(rt: Runtime, o: HObject, t: HObject) -> bool:
    if isinstance(t, HTuple):
        return any(_isinstance(rt, o, x) for x in t.items)
    if not isinstance(t, HType):
        rt.raise_type("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union")
    if o.ob_type is not t:
        from .metaclasses import metatype_check
        r = metatype_check(rt, t, o, "__instancecheck__")
        if r is not None:
            return r
    return t in o.ob_type.extra.mro


def b_issubclass(rt: Runtime, args: list, kw: Any) -> HObject:
    a, t = args
    if isinstance(t, HType):
        from .metaclasses import metatype_check
        r = metatype_check(rt, t, a, "__subclasscheck__")
        if r is not None:
            return rt.new_bool(r)
    if not isinstance(a, HType):
        rt.raise_type("TypeError", "issubclass() arg 1 must be a class")
    if isinstance(t, HTuple):
        return rt.new_bool(any(x in a.extra.mro for x in t.items))
    return rt.new_bool(t in a.extra.mro)


def b_hasattr(rt: Runtime, args: list, kw: Any) -> HObject:
    v = rt.lookup_attr(args[0], rt.as_str(args[1]))
    if v is None:
        return rt.new_bool(False)
    rt.decref(v)
    return rt.new_bool(True)


def b_getattr(rt: Runtime, args: list, kw: Any) -> HObject:
    _arity(rt, "getattr", args, 2, 3)
    if len(args) == 2:
        return rt.getattr(args[0], rt.as_str(args[1]))
    v = rt.lookup_attr(args[0], rt.as_str(args[1]))
    if v is None:
        rt.incref(args[2])
        return args[2]
    return v


def b_setattr(rt: Runtime, args: list, kw: Any) -> HObject:
    rt.setattr(args[0], rt.as_str(args[1]), args[2])
    return rt.new_none()


def b_delattr(rt: Runtime, args: list, kw: Any) -> HObject:
    rt.setattr(args[0], rt.as_str(args[1]), None)
    return rt.new_none()


def b_iter(rt: Runtime, args: list, kw: Any) -> HObject:
    _arity(rt, "iter", args, 1, 2)
    if len(args) == 2:
        def step(rt_: Runtime, it: HRefs) -> HObject | None:
            fn, sentinel = it.refs
            if fn is None:
                return None
            v = rt_.call(fn, [], None)
            if rt_.eq(v, sentinel):
                rt_.decref(v)
                return None
            return v
        return new_iterator(rt, rt.t_callable_iterator, [args[0], args[1]], step)
    return rt.get_iter(args[0])


def b_next(rt: Runtime, args: list, kw: Any) -> HObject:
    _arity(rt, "next", args, 1, 2)
    it = args[0]
    tp = it.ob_type
    if tp.extra.layout != "iter" and tp is not rt.t_generator and type_lookup(tp, "__next__") is None:
        rt.raise_type("TypeError", f"'{tp.name}' object is not an iterator")
    if tp is rt.t_generator:
        from .generators import gen_send
        if len(args) == 1:
            return gen_send(rt, it, None, for_loop=False)
    elif type_lookup(tp, "__next__") is not None and not tp.static and len(args) == 1:
        return rt.call_method(it, "__next__", [])
    v = rt.iter_next(it)
    if v is None:
        if len(args) == 2:
            rt.incref(args[1])
            return args[1]
        rt.raise_type("StopIteration")
    return v


def b_repr(rt: Runtime, args: list, kw: Any) -> HObject:
    _arity(rt, "repr", args, 1, 1)
    from .strings import text_object
    return text_object(rt, args[0], rt.repr(args[0]))


def b_abs(rt: Runtime, args: list, kw: Any) -> HObject:
    o = args[0]
    if isinstance(o, HLeaf) and isinstance(o.value, (int, float, complex)):
        return rt.from_host(abs(o.value))
    return rt.call_method(o, "__abs__", [])


def _reduce_minmax(name: str, better: str) -> Callable:
    """builtin_min / builtin_max → min_max (Python/bltinmodule.c): one iterable argument is walked
    with its own iterator (PyObject_GetIter, a GC object: a list_iterator for a list), each item
    keyed and compared with the best so far as it comes, and dropped when it loses."""
    def fn(rt: Runtime, args: list, kw: Any) -> HObject:
        if kw and rt.profile.interp.minmax_kwtuple:
            rt.arg_parser_kwtuple(name, ("key", "default"))     # parser_init (3.13)
        kw = kw or {}
        key = kw.get("key")
        if key is rt.none:
            key = None
        if not args:
            rt.raise_type("TypeError", rt.profile.interp.minmax_no_arguments.format(name=name))
        if len(args) == 1:
            it = rt.get_iter(args[0])
            items = None
        else:
            it, items = None, iter(args)    # the positional arguments, as the model's tuple holds them
        maxitem = maxval = None
        try:
            while True:
                if it is not None:
                    item = rt.iter_next(it)
                else:
                    item = next(items, None)
                    if item is not None:
                        rt.incref(item)
                if item is None:
                    break
                if key is None:
                    val = item
                    rt.incref(val)
                else:
                    try:
                        val = rt.call(key, [item], None)
                    except BaseException:
                        rt.decref(item)
                        raise
                if maxval is None:
                    maxitem, maxval = item, val
                    continue
                try:
                    r = rt.compare(better, val, maxval)
                    t = rt.truthy(r)
                    rt.decref(r)
                except BaseException:
                    rt.decref(item)
                    rt.decref(val)
                    raise
                if t:
                    rt.decref(maxval)
                    rt.decref(maxitem)
                    maxitem, maxval = item, val
                else:
                    rt.decref(item)
                    rt.decref(val)
            if maxval is None:
                if "default" not in kw:
                    rt.raise_type("ValueError", rt.profile.interp.minmax_empty_iterable.format(name=name))
                maxitem = kw["default"]
                rt.incref(maxitem)
            else:
                rt.decref(maxval)
                maxval = None
        except BaseException:
            if maxval is not None:
                rt.decref(maxval)
                rt.decref(maxitem)
            raise
        finally:
            if it is not None:
                rt.decref(it)
        return maxitem
    return fn


def b_sum(rt: Runtime, args: list, kw: Any) -> HObject:
    start = args[1] if len(args) > 1 else (kw or {}).get("start")
    acc = start if start is not None else rt.small_ints[5]
    rt.incref(acc)
    for x in rt.iterate_to_list(args[0]):
        try:
            new = rt.binary_op("+", acc, x)
        finally:
            rt.decref(x)
            rt.decref(acc)
        acc = new
    return acc


def b_anyall(want: bool) -> Callable:
    def fn(rt: Runtime, args: list, kw: Any) -> HObject:
        it = rt.get_iter(args[0])
        try:
            while True:
                x = rt.iter_next(it)
                if x is None:
                    return rt.new_bool(not want)
                t = rt.truthy(x)
                rt.decref(x)
                if t == want:
                    return rt.new_bool(want)
        finally:
            rt.decref(it)
    return fn


def b_sorted(rt: Runtime, args: list, kw: Any) -> HObject:
    """builtin_sorted: a new list of the items (PySequence_List), then its bound sort method (a GC
    object, on 3.8's PyCFunction free list once freed) called with the keywords."""
    from .containers import list_extend_from
    if len(args) != 1:   # the iterable is the only positional argument
        rt.raise_type("TypeError", f"sorted expected 1 argument, got {len(args)}")
    newlist = rt.list_steal([])
    try:
        list_extend_from(rt, newlist, args[0])
        sort = rt.getattr(newlist, "sort")
        try:
            rt.decref(rt.call(sort, [], kw))
        finally:
            rt.decref(sort)
    except BaseException:
        rt.decref(newlist)
        raise
    return newlist


def lookup_special_call(rt: Runtime, o: HObject, name: str, args: list[HObject]) -> HObject | None:
    """_PyObject_LookupSpecial + call: `name` looked up on the type and bound to `o` (a bound method
    or builtin method object, made and dropped around the call); None when the type lacks it."""
    m = type_lookup(o.ob_type, name)
    if m is None:
        return None
    bound = rt.descr_get(m, o, o.ob_type)
    try:
        return rt.call(bound, args, None)
    finally:
        rt.decref(bound)


def b_reversed(rt: Runtime, args: list, kw: Any) -> HObject:
    """reversed_new_impl: the sequence's own __reversed__ (list's), else a reversed object."""
    o = args[0]
    r = lookup_special_call(rt, o, "__reversed__", [])
    if r is not None:
        return r
    if isinstance(o, HTuple):
        return new_iterator(rt, rt.t_reversed, [o], len(o.items) - 1)
    if isinstance(o, HLeaf) and isinstance(o.value, (range, str)):
        t = rt.tuple_steal([rt.from_host(x) for x in o.value])
        r = new_iterator(rt, rt.t_reversed, [t], len(t.items) - 1)
        rt.decref(t)
        return r
    items = rt.iterate_to_list(o)
    t = rt.tuple_steal(items)
    r = new_iterator(rt, rt.t_reversed, [t], len(items) - 1)
    rt.decref(t)
    return r


class _Stateful:
    """Host state of enumerate/zip/map/filter objects: ``step(rt, it)`` plus mutable data."""

    def __init__(self, step: Callable, data: Any) -> None:
        self.step = step
        self.data = data

    def __call__(self, rt: Runtime, it: HRefs) -> HObject | None:
        return self.step(rt, it, self.data)


def _iter_obj(rt: Runtime, tp: HType, iters: list[HObject], step: Callable, data: Any = None) -> HObject:
    o = new_iterator(rt, tp, iters, _Stateful(step, data))
    for it in iters:
        rt.decref(it)
    return o


def b_enumerate2(rt: Runtime, args: list, kw: Any) -> HObject:
    start = rt.as_int(args[1]) if len(args) > 1 else rt.as_int((kw or {}).get("start", rt.small_ints[5]))

    def step(rt_: Runtime, e: HRefs, data: list) -> HObject | None:
        x = rt_.iter_next(e.refs[0])
        if x is None:
            return None
        i = data[0]
        data[0] = i + 1
        return reuse_result(rt_, e.refs[1], [rt_.new_int(i), x])
    it = rt.get_iter(args[0])
    # enum_new: the enumerate keeps a result tuple (None, None) that enum_next refills in place
    return _iter_obj(rt, rt.t_enumerate, [it, rt.tuple_of([rt.none, rt.none])], step, [start])


def reuse_result(rt: Runtime, result: HObject, items: list[HObject]) -> HObject:
    """enum_next / zip_next: the iterator's result tuple refilled with `items` (new references)
    when only the iterator holds it, else a new tuple. A collection may have untracked the kept
    tuple, so it is tracked again (bpo-42536)."""
    if result.ob_refcnt != 1 or result is rt.empty_tuple:
        return rt.tuple_steal(items)
    old, result.items = result.items, items
    for y in old:
        rt.decref(y)
    rt.incref(result)
    rt.heap.gc_track(result)
    return result


def b_zip(rt: Runtime, args: list, kw: Any) -> HObject:
    """zip_new / zip_next; strict=True (fact zip_strict) checks that all iterables end together."""
    strict = False
    if kw:
        if not rt.profile.interp.zip_strict:
            rt.raise_type("TypeError", "zip() takes no keyword arguments")
        for key in kw:
            if key != "strict":
                rt.raise_type("TypeError", f"zip() got an unexpected keyword argument '{key}'")
        strict = rt.truthy(kw["strict"])
    iters = []
    for a in args:
        iters.append(rt.get_iter(a))
    # zip_new: the zip holds a tuple of the iterators and a result tuple of Nones, which
    # zip_next refills in place while only the zip holds it
    ittuple = rt.tuple_steal(iters)
    result = rt.tuple_of([rt.none] * len(iters))

    def step(rt_: Runtime, z: HRefs, data: Any) -> HObject | None:
        its, res = z.refs[0].items, z.refs[1]
        if not its:
            return None
        out = []
        for i, it in enumerate(its):
            x = rt_.iter_next(it)
            if x is None:
                for y in out:
                    rt_.decref(y)
                if strict:
                    _zip_strict_check(rt_, its, i)
                return None
            out.append(x)
        return reuse_result(rt_, res, out)
    return _iter_obj(rt, rt.t_zip, [ittuple, result], step)


def _zip_strict_check(rt: Runtime, iters: list[HObject], i: int) -> None:
    """zip_next's strict check once iterator `i` is exhausted: an earlier one had an item (this one
    is shorter), or a later one still has one (it is longer)."""
    def plural(k: int) -> str:
        return " 1" if k == 1 else f"s 1-{k}"
    if i:
        rt.raise_type("ValueError", f"zip() argument {i + 1} is shorter than argument{plural(i)}")
    for k in range(1, len(iters)):
        x = rt.iter_next(iters[k])
        if x is not None:
            rt.decref(x)
            rt.raise_type("ValueError", f"zip() argument {k + 1} is longer than argument{plural(k)}")


def b_map(rt: Runtime, args: list, kw: Any) -> HObject:
    fn = args[0]
    # map_new: the tuple of iterators is allocated first, then filled with each argument's iterator
    iters = rt.tuple_of([rt.none] * (len(args) - 1))
    try:
        for i, a in enumerate(args[1:]):
            iters.items[i] = rt.get_iter(a)
            rt.decref(rt.none)
    except BaseException:
        rt.decref(iters)
        raise

    def step(rt_: Runtime, m: HRefs, data: Any) -> HObject | None:
        xs = []
        for it in m.refs[1].items:
            x = rt_.iter_next(it)
            if x is None:
                for y in xs:
                    rt_.decref(y)
                return None
            xs.append(x)
        try:
            return rt_.call(m.refs[0], xs, None)
        finally:
            for y in xs:
                rt_.decref(y)
    rt.incref(fn)
    return _iter_obj(rt, rt.t_map, [fn, iters], step)


def b_filter(rt: Runtime, args: list, kw: Any) -> HObject:
    fn = args[0]
    it = rt.get_iter(args[1])

    def step(rt_: Runtime, m: HRefs, data: Any) -> HObject | None:
        while True:
            x = rt_.iter_next(m.refs[1])
            if x is None:
                return None
            if m.refs[0] is rt_.none:
                ok = rt_.truthy(x)
            else:
                r = rt_.call(m.refs[0], [x], None)
                ok = rt_.truthy(r)
                rt_.decref(r)
            if ok:
                return x
            rt_.decref(x)
    rt.incref(fn)
    return _iter_obj(rt, rt.t_filter, [fn, it], step)


def current_locals(rt: Runtime) -> HObject:
    """PyEval_GetLocals for locals() / vars() / dir(): the locals dict of a module or class body; in a
    function a dict of its fast locals and cells (CPython 3.8-3.12 keep that dict on the frame and
    refresh it on each call, the same one frame.f_locals gives; 3.13 returns a new snapshot)."""
    from .framelocals import locals_with_hidden
    from .methods_more import frame_locals
    d = locals_with_hidden(rt, rt.frame)
    return d if d is not None else frame_locals(rt, rt.frame, proxy_ok=False)


def b_vars(rt: Runtime, args: list, kw: Any) -> HObject:
    if not args:
        return current_locals(rt)
    _arity(rt, "vars", args, 0, 1)
    # builtin_vars_impl: _PyObject_LookupAttr found no __dict__ -> TypeError
    d = rt.lookup_attr(args[0], "__dict__")
    if d is not None:
        return d
    rt.raise_type("TypeError", "vars() argument must have __dict__ attribute")
    raise AssertionError


def _dict_names(d: HDict | None) -> set[str]:
    return {k.value for k, _ in d.entries.values() if isinstance(k, HLeaf) and isinstance(k.value, str)} \
        if d is not None else set()


def _class_names(tp: HType) -> set[str]:
    """merge_class_dict (Objects/typeobject.c): the names in the class's dict and its bases' dicts."""
    names: set[str] = set()
    for t in tp.extra.mro:
        names |= set(t.extra.methods) if t.static else _dict_names(t.dict_obj)
    return names


def b_dir(rt: Runtime, args: list, kw: Any) -> HObject:
    """builtin_dir / PyObject_Dir, sorted: the current scope's names without an argument; else the
    type's __dir__ if a class defines one, a module's dict, a class's names with its bases'
    (type___dir__), or an instance's __dict__ with its class's names (object___dir__). Builtin types
    list the methods the model implements."""
    _arity(rt, "dir", args, 0, 1)
    if not args:
        scope = current_locals(rt)
        names = _dict_names(scope)
        rt.decref(scope)
        return rt.list_steal([rt.new_str(n) for n in sorted(names)])
    from .dir_impl import dir_object
    return dir_object(rt, args[0])


def b_globals(rt: Runtime, args: list, kw: Any) -> HObject:
    rt.incref(rt.frame.globals)
    return rt.frame.globals


def b_hash(rt: Runtime, args: list, kw: Any) -> HObject:
    return rt.new_int(rt.hash_value(args[0]))


def b_chr(rt: Runtime, args: list, kw: Any) -> HObject:
    """builtin_chr_impl: the code point through __index__ as a C int, checked against the Unicode
    range."""
    from .modules.args import c_int
    _arity(rt, "chr", args, 1, 1)
    if rt.profile.interp.chr_takes_any_int:
        i = rt.index(args[0])
    else:   # the "i" converter of PyArg_Parse, as gc.collect's argument (fact gc.int_arg_type_error)
        i = c_int(rt, args[0], float_message=rt.profile.gc.int_arg_type_error["float"])
    if not 0 <= i < 0x110000:
        rt.raise_type("ValueError", "chr() arg not in range(0x110000)")
    return rt.new_str(chr(i))


def b_ord(rt: Runtime, args: list, kw: Any) -> HObject:
    """builtin_ord: the code point of a one-character str, or the byte of a one-byte bytes."""
    _arity(rt, "ord", args, 1, 1)
    o = args[0]
    v = o.value if isinstance(o, HLeaf) and isinstance(o.value, (str, bytes)) else None
    if v is None:
        rt.raise_type("TypeError", f"ord() expected string of length 1, but {rt.type_name(o)} found")
    if len(v) != 1:
        rt.raise_type("TypeError", f"ord() expected a character, but string of length {len(v)} found")
    return rt.new_int(ord(v))


def number_to_base(host: Callable[[int], str]) -> Callable:
    """builtin_bin / builtin_oct / builtin_hex: PyNumber_ToBase(x, base) on x.__index__()."""
    name = host.__name__

    def b(rt: Runtime, args: list, kw: Any) -> HObject:
        _arity(rt, name, args, 1, 1)
        return rt.new_str(host(rt.index(args[0])))
    return b


def b_divmod(rt: Runtime, args: list, kw: Any) -> HObject:
    """builtin_divmod: PyNumber_Divmod."""
    _arity(rt, "divmod", args, 2, 2)
    return rt.binary_op("divmod", args[0], args[1])


def _args(rt: Runtime, name: str, args: list, kw: Any, names: tuple[str, ...], required: int) -> list:
    """Argument Clinic's positional-or-keyword parsing for a builtin: the values of `names` in order
    (None where an optional one is missing)."""
    kw = kw or {}
    _arity(rt, name, args, 0, len(names))
    values = list(args) + [None] * (len(names) - len(args))
    for key, value in kw.items():
        if key not in names:
            rt.raise_type("TypeError", f"{name}() got an unexpected keyword argument '{key}'")
        i = names.index(key)
        if values[i] is not None:
            rt.raise_type("TypeError", f"argument for {name}() given by name ('{key}') and position ({i + 1})")
        values[i] = value
    for i in range(required):
        if values[i] is None:
            rt.raise_type("TypeError", f"{name}() missing required argument '{names[i]}' (pos {i + 1})")
    return values


def b_round(rt: Runtime, args: list, kw: Any) -> HObject:
    """builtin_round_impl: number.__round__() or number.__round__(ndigits). An exact int rounded to
    ndigits >= 0 (or none) is the int itself (long_round → long_long)."""
    number, ndigits = _args(rt, "round", args, kw, ("number", "ndigits"), 1)
    if ndigits is rt.none:
        ndigits = None
    # _PyObject_LookupSpecial(number, "__round__"): the bound method, called, dropped
    r = lookup_special_call(rt, number, "__round__", [ndigits] if ndigits is not None else [])
    if r is not None:
        return r
    rt.raise_type("TypeError", f"type {rt.type_name(number)} doesn't define __round__ method")
    raise AssertionError


def b_pow(rt: Runtime, args: list, kw: Any) -> HObject:
    """builtin_pow_impl: base ** exp, or the ternary power with a modulus (ternary_op: the base's
    __pow__(exp, mod) for an instance of a class)."""
    base, exp, mod = _args(rt, "pow", args, kw, ("base", "exp", "mod"), 2)
    if mod is None or mod is rt.none:
        return rt.binary_op("**", base, exp)
    operands = (base, exp, mod)
    if all(isinstance(o, HLeaf) and isinstance(o.value, (int, float, complex)) for o in operands):
        try:
            return rt.from_host(pow(base.value, exp.value, mod.value))
        except (ValueError, TypeError) as e:
            rt.raise_type(type(e).__name__, str(e))
    m = type_lookup(base.ob_type, "__pow__")
    if m is not None and not base.ob_type.static:
        r = rt.call(m, [base, exp, mod], None)
        if r is not rt.notimplemented:
            return r
        rt.decref(r)
    what = "** or pow()" if rt.profile.interp.ternary_pow_error_names_operator else "pow()"
    rt.raise_type("TypeError", f"unsupported operand type(s) for {what}: "
                  + ", ".join(f"'{rt.type_name(o)}'" for o in operands))
    raise AssertionError


def b_callable(rt: Runtime, args: list, kw: Any) -> HObject:
    from .objects import HBuiltin, HFunction, HMethod
    o = args[0]
    return rt.new_bool(isinstance(o, (HFunction, HBuiltin, HMethod, HType)) or
                       type_lookup(o.ob_type, "__call__") is not None)


def b_format(rt: Runtime, args: list, kw: Any) -> HObject:
    from .strings import format_obj, text_object
    spec = rt.as_str(args[1]) if len(args) > 1 else ""
    text = format_obj(rt, args[0], spec)
    return rt.new_str(text) if spec else text_object(rt, args[0], text)


def b_ascii(rt: Runtime, args: list, kw: Any) -> HObject:
    text = ascii(rt.repr(args[0]))[1:-1]
    return rt.new_str_fresh(text) if args[0].ob_type is rt.t_int else rt.new_str(text)


def b_build_class(rt: Runtime, args: list, kw: Any) -> HObject:
    rt.unsupported("__build_class__ called directly")
    raise AssertionError


def b_exec(rt: Runtime, args: list, kw: Any) -> HObject:
    rt.unsupported("exec()/eval()")
    raise AssertionError


def b_input(rt: Runtime, args: list, kw: Any) -> HObject:
    rt.raise_type("EOFError", "EOF when reading a line")
    raise AssertionError


def b_open(rt: Runtime, args: list, kw: Any) -> HObject:
    rt.unsupported("open() (a heapglass program has no access to files)")
    raise AssertionError


def unmodelled(name: str) -> Callable:
    """A builtin function CPython has and the model does not implement: calling it is unsupported
    (status 2), never the NameError a missing name would give."""
    def fn(rt: Runtime, args: list, kw: Any) -> HObject:
        rt.unsupported(f"{name}()")
        raise AssertionError
    return fn


# builtin functions of bltinmodule.c the model does not run (no code objects, import system,
# debugger or asynchronous iteration); aiter/anext only where fact builtin_async_iteration says
UNMODELLED_FUNCTIONS = ("__import__", "breakpoint", "compile")
ASYNC_ITERATION = ("aiter", "anext")
# builtin types the model has no objects of: calling one is unsupported, isinstance/issubclass work
UNMODELLED_TYPES = ("bytearray", "memoryview")


def make_super(rt: Runtime, cls: HObject, obj: HObject) -> HObject:
    """A super object: attribute lookups start after `cls` in type(obj).__mro__."""
    s = HRefs()
    s.refs = [cls, obj]
    s.state = None
    rt.incref(cls)
    rt.incref(obj)
    return rt.alloc(s, rt.t_super, rt.sizes("super"))


def b_super(rt: Runtime, args: list, kw: Any) -> HObject:
    if len(args) != 2:
        rt.unsupported("super() outside a method, or with one argument")
    return make_super(rt, args[0], args[1])


def super_getattr(rt: Runtime, s: HRefs, name: str) -> HObject | None:
    cls, obj = s.refs
    start_tp = obj if isinstance(obj, HType) and cls in obj.extra.mro else obj.ob_type
    mro = start_tp.extra.mro
    try:
        i = mro.index(cls)
    except ValueError:
        rt.raise_type("TypeError", "super(type, obj): obj must be an instance or subtype of type")
    for t in mro[i + 1:]:
        v = t.extra.methods.get(name) if t.static else (t.dict_obj.entries.get(name) or (None, None))[1]
        if v is not None:
            return rt.descr_get(v, None if obj is start_tp else obj, start_tp)
    return None


BUILTINS: dict[str, Callable] = {
    "print": b_print, "len": b_len, "id": b_id, "isinstance": b_isinstance, "issubclass": b_issubclass,
    "hasattr": b_hasattr, "getattr": b_getattr, "setattr": b_setattr, "delattr": b_delattr, "iter": b_iter,
    "next": b_next, "repr": b_repr, "abs": b_abs, "min": _reduce_minmax("min", "<"),
    "max": _reduce_minmax("max", ">"), "sum": b_sum, "any": b_anyall(True), "all": b_anyall(False),
    "sorted": b_sorted, "vars": b_vars, "globals": b_globals, "hash": b_hash, "chr": b_chr, "ord": b_ord,
    "divmod": b_divmod, "round": b_round, "pow": b_pow, "callable": b_callable, "format": b_format,
    "ascii": b_ascii, "bin": number_to_base(bin), "oct": number_to_base(oct),
    "hex": number_to_base(hex), "dir": b_dir, "exec": b_exec, "eval": b_exec, "input": b_input, "open": b_open,
    "__build_class__": b_build_class, "locals": b_vars,
}
TYPE_FUNCS: dict[str, Callable] = {"reversed": b_reversed, "enumerate": b_enumerate2, "zip": b_zip,
                                   "map": b_map, "filter": b_filter, "super": b_super}
TYPES = ("int", "float", "complex", "str", "bytes", "bool", "tuple", "list", "dict", "set", "frozenset",
         "range", "slice", "object", "type", "property", "staticmethod", "classmethod")


def _type_new_from(fn: Callable) -> Callable:
    """tp_new of a builtin type implemented by a builtins-style function (enumerate, zip, ...)."""
    def new(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
        return fn(rt, args, kw)
    return new




def install(rt: Runtime) -> None:
    """Create the builtins module and its dict (rt.builtins_dict)."""
    from .objects import HModule
    rt.module_kind = HModule
    m = rt.new_module("builtins")
    rt.builtins_module = m
    rt.builtins_dict = m.dict
    d = m.dict
    for name, fn in BUILTINS.items():
        # METH_VARARGS builtins take their arguments as a tuple (profile fact builtin_varargs)
        b = rt.define_builtin(name, fn, varargs=rt.profile.interp.builtin_varargs.get(name, False), module=m)
        rt.dict_setitem_str(d, name, b, steal=True)
    for name, fn in TYPE_FUNCS.items():
        tp = rt.builtin_types[name]
        tp.extra.new = _type_new_from(fn)
        rt.dict_setitem_str(d, name, tp)
    for name in TYPES:
        rt.dict_setitem_str(d, name, rt.builtin_types[name])
    for name in UNMODELLED_FUNCTIONS + (ASYNC_ITERATION if rt.profile.interp.builtin_async_iteration else ()):
        rt.dict_setitem_str(d, name, rt.define_builtin(name, unmodelled(name), module=m), steal=True)
    from .btypes import EXCEPTIONS, make_static_type, unmodelled_new
    for name in UNMODELLED_TYPES:
        rt.dict_setitem_str(d, name, make_static_type(rt, name, {}, base=rt.t_object, new=unmodelled_new))
    for name, _ in EXCEPTIONS:
        rt.dict_setitem_str(d, name, rt.builtin_types[name])
    for name, _ in rt.profile.interp.builtin_exceptions_added:
        rt.dict_setitem_str(d, name, rt.builtin_types[name])
    # Objects/exceptions.c _PyBuiltins_AddExceptions: OSError's aliases (INIT_ALIAS, PEP 3151);
    # Python/bltinmodule.c _PyBuiltin_Init: __debug__ (True without -O)
    rt.dict_setitem_str(d, "EnvironmentError", rt.builtin_types["OSError"])
    rt.dict_setitem_str(d, "IOError", rt.builtin_types["OSError"])
    rt.dict_setitem_str(d, "__debug__", rt.true)
    rt.dict_setitem_str(d, "None", rt.none)
    rt.dict_setitem_str(d, "True", rt.true)
    rt.dict_setitem_str(d, "False", rt.false)
    rt.dict_setitem_str(d, "Ellipsis", rt.ellipsis)
    rt.dict_setitem_str(d, "NotImplemented", rt.notimplemented)
    rt.dict_setitem_str(d, "__name__", rt.str_const("builtins"))
    # the module's m_doc (fact builtins_doc). Not __package__ ('' from importlib's
    # _init_module_attrs): the model's __main__ has no __package__ (CPython's is None), so a program's
    # `__package__` would find builtins' ''; nor __spec__ and __loader__ (ModuleSpec, BuiltinImporter:
    # import-machinery objects the model does not build)
    rt.dict_setitem_str(d, "__doc__", rt.new_str(rt.profile.interp.builtins_doc), steal=True)
    from .sitebuiltins import install as install_site_builtins
    install_site_builtins(rt, m)
    rt.modules["builtins"] = m
    rt.incref(m)
