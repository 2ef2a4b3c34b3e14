"""The builtins module: builtin functions as HBuiltin objects (``fn(rt, args, kwargs)``) and the
builtin types and exceptions by name. `print` writes to the run's stdout (or sys.stderr for
file=sys.stderr)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HDict, HLeaf, HList, HTuple
from ..heap.objects import HObject, HType
from .btypes import new_iterator
from .errors import PyErr
from .objects import HRefs
from .typesys import type_lookup

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
    s_sep = " " if sep is None or sep is rt.none else rt.as_str(sep)
    s_end = "\n" if end is None or end is rt.none else rt.as_str(end)
    text = s_sep.join(rt.str(a) for a in args) + s_end
    if file is not None and file is not rt.none:
        w = rt.getattr(file, "write")
        so = rt.new_str(text)
        try:
            rt.decref(rt.call(w, [so], None))
        finally:
            rt.decref(so)
            rt.decref(w)
    else:
        rt.write_stdout(text)
        print_temporaries(rt)
    return rt.new_none()


def print_temporaries(rt: Runtime) -> None:
    """The io stack's short-lived objects of one print (profile fact print_temporaries)."""
    mode = "unbuffered" if rt.unbuffered or rt.stdout_isatty else "buffered"
    for kind in rt.profile.interp.print_temporaries[mode]:
        if kind == "list":
            o = rt.list_steal([])
        elif kind == "tuple":
            o = rt.tuple_of([rt.none])
        else:
            o = rt.define_builtin("write", b_print)
        rt.decref(o)


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
    return t in o.ob_type.extra.mro


def b_issubclass(rt: Runtime, args: list, kw: Any) -> HObject:
    a, t = args
    if not isinstance(a, HType):
        rt.raise_type("TypeError", "issubclass() arg 1 must be a class")
    if isinstance(t, HTuple):
        return rt.new_bool(any(x in a.extra.mro for x in t.items))
    return rt.new_bool(t in a.extra.mro)


def b_hasattr(rt: Runtime, args: list, kw: Any) -> HObject:
    try:
        v = rt.getattr(args[0], rt.as_str(args[1]))
    except PyErr as err:
        if rt.builtin_types["AttributeError"] in err.exc.ob_type.extra.mro:
            rt.decref(err.exc)
            return rt.new_bool(False)
        raise
    rt.decref(v)
    return rt.new_bool(True)


def b_getattr(rt: Runtime, args: list, kw: Any) -> HObject:
    _arity(rt, "getattr", args, 2, 3)
    try:
        return rt.getattr(args[0], rt.as_str(args[1]))
    except PyErr as err:
        if len(args) == 3 and rt.builtin_types["AttributeError"] in err.exc.ob_type.extra.mro:
            rt.decref(err.exc)
            rt.incref(args[2])
            return args[2]
        raise


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
    return rt.new_str(rt.repr(args[0]))


def b_abs(rt: Runtime, args: list, kw: Any) -> HObject:
    o = args[0]
    if isinstance(o, HLeaf) and isinstance(o.value, (int, float, complex)):
        return rt.from_host(abs(o.value))
    return rt.call_method(o, "__abs__", [])


def _reduce_minmax(name: str, better: str) -> Callable:
    def fn(rt: Runtime, args: list, kw: Any) -> HObject:
        kw = kw or {}
        key = kw.get("key")
        items = rt.iterate_to_list(args[0]) if len(args) == 1 else [rt.incref(a) or a for a in args]
        if not items:
            if "default" in kw:
                rt.incref(kw["default"])
                return kw["default"]
            rt.raise_type("ValueError", f"{name}() arg is an empty sequence" if rt.profile.version in
                          ("3.8", "3.9", "3.10", "3.11") else f"{name}() iterable argument is empty")
        best, bestk = items[0], None
        try:
            bestk = rt.call(key, [best], None) if key is not None and key is not rt.none else best
            if bestk is best:
                rt.incref(bestk)
            for x in items[1:]:
                k = rt.call(key, [x], None) if key is not None and key is not rt.none else x
                if k is x:
                    rt.incref(k)
                r = rt.compare(better, k, bestk)
                t = rt.truthy(r)
                rt.decref(r)
                if t:
                    rt.decref(bestk)
                    best, bestk = x, k
                else:
                    rt.decref(k)
        finally:
            if bestk is not None:
                rt.decref(bestk)
        rt.incref(best)
        for x in items:
            rt.decref(x)
        return best
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
    from .containers import sort_items
    kw = kw or {}
    items = rt.iterate_to_list(args[0])
    rev = kw.get("reverse")
    try:
        ordered = sort_items(rt, items, kw.get("key"), bool(rev is not None and rt.truthy(rev)))
    except BaseException:
        for x in items:
            rt.decref(x)
        raise
    return rt.list_steal(ordered)


def b_reversed(rt: Runtime, args: list, kw: Any) -> HObject:
    o = args[0]
    if isinstance(o, (HList, HTuple)):
        return new_iterator(rt, rt.t_list_reverseiterator if isinstance(o, HList) else rt.t_reversed, [o],
                            len(o.items) - 1)
    if isinstance(o, HLeaf) and isinstance(o.value, (range, str)):
        t = rt.tuple_steal([rt.from_host(x) for x in o.value])
        r = new_iterator(rt, rt.t_reversed, [t], len(t.items) - 1)
        rt.decref(t)
        return r
    m = type_lookup(o.ob_type, "__reversed__")
    if m is not None:
        return rt.call(m, [o], None)
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
        return rt_.tuple_steal([rt_.new_int(i), x])
    return _iter_obj(rt, rt.t_enumerate, [rt.get_iter(args[0])], step, [start])


def b_zip(rt: Runtime, args: list, kw: Any) -> HObject:
    iters = []
    for a in args:
        iters.append(rt.get_iter(a))

    def step(rt_: Runtime, z: HRefs, data: Any) -> HObject | None:
        if not z.refs:
            return None
        out = []
        for it in z.refs:
            x = rt_.iter_next(it)
            if x is None:
                for y in out:
                    rt_.decref(y)
                return None
            out.append(x)
        return rt_.tuple_steal(out)
    return _iter_obj(rt, rt.t_zip, iters, step)


def b_map(rt: Runtime, args: list, kw: Any) -> HObject:
    fn = args[0]
    iters = [rt.get_iter(a) for a in args[1:]]

    def step(rt_: Runtime, m: HRefs, data: Any) -> HObject | None:
        xs = []
        for it in m.refs[1:]:
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
    return _iter_obj(rt, rt.t_map, [fn] + iters, step)


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


def b_vars(rt: Runtime, args: list, kw: Any) -> HObject:
    if not args:
        f = rt.frame
        d = f.locals if f.locals is not None else f.globals
        rt.incref(d)
        return d
    return rt.getattr(args[0], "__dict__")


def b_globals(rt: Runtime, args: list, kw: Any) -> HObject:
    rt.incref(rt.frame.globals)
    return rt.frame.globals


def b_hash(rt: Runtime, args: list, kw: Any) -> HObject:
    return rt.new_int(rt.hash_value(args[0]))


def b_chr(rt: Runtime, args: list, kw: Any) -> HObject:
    return rt.new_str(chr(rt.as_int(args[0])))


def b_ord(rt: Runtime, args: list, kw: Any) -> HObject:
    return rt.new_int(ord(args[0].value))


def b_divmod(rt: Runtime, args: list, kw: Any) -> HObject:
    q = rt.binary_op("//", args[0], args[1])
    r = rt.binary_op("%", args[0], args[1])
    return rt.tuple_steal([q, r])


def b_round(rt: Runtime, args: list, kw: Any) -> HObject:
    vals = [rt.to_host(a) for a in args]
    return rt.from_host(round(*vals))


def b_pow(rt: Runtime, args: list, kw: Any) -> HObject:
    if len(args) == 3:
        return rt.from_host(pow(*[rt.to_host(a) for a in args]))
    return rt.binary_op("**", args[0], args[1])


def b_callable(rt: Runtime, args: list, kw: Any) -> HObject:
    from .objects import HBuiltin, HFunction, HMethod
    o = args[0]
    return rt.new_bool(isinstance(o, (HFunction, HBuiltin, HMethod, HType)) or
                       type_lookup(o.ob_type, "__call__") is not None)


def b_format(rt: Runtime, args: list, kw: Any) -> HObject:
    from .strings import format_obj
    return rt.new_str(format_obj(rt, args[0], rt.as_str(args[1]) if len(args) > 1 else ""))


def b_ascii(rt: Runtime, args: list, kw: Any) -> HObject:
    return rt.new_str(ascii(rt.repr(args[0]))[1:-1])


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


def mappingproxy(rt: Runtime, d: HDict) -> HObject:
    """type.__dict__: the model returns a copy of the class dict (a mappingproxy in CPython)."""
    from .methods import dict_update
    c = rt.new_dict()
    dict_update(rt, c, d)
    return c


BUILTINS: dict[str, Callable] = {
    "print": b_print, "len": b_len, "id": b_id, "isinstance": b_isinstance, "issubclass": b_issubclass,
    "hasattr": b_hasattr, "getattr": b_getattr, "setattr": b_setattr, "delattr": b_delattr, "iter": b_iter,
    "next": b_next, "repr": b_repr, "abs": b_abs, "min": _reduce_minmax("min", "<"),
    "max": _reduce_minmax("max", ">"), "sum": b_sum, "any": b_anyall(True), "all": b_anyall(False),
    "sorted": b_sorted, "vars": b_vars, "globals": b_globals, "hash": b_hash, "chr": b_chr, "ord": b_ord,
    "divmod": b_divmod, "round": b_round, "pow": b_pow, "callable": b_callable, "format": b_format,
    "ascii": b_ascii, "exec": b_exec, "eval": b_exec, "input": b_input, "open": b_open,
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
        b = rt.define_builtin(name, fn)
        rt.dict_setitem_str(d, name, b, steal=True)
    for name, fn in TYPE_FUNCS.items():
        tp = rt.builtin_types[name]
        tp.extra.new = _type_new_from(fn)
        rt.dict_setitem_str(d, name, tp)
    for name in TYPES:
        rt.dict_setitem_str(d, name, rt.builtin_types[name])
    from .btypes import EXCEPTIONS
    for name, _ in EXCEPTIONS:
        rt.dict_setitem_str(d, name, rt.builtin_types[name])
    rt.dict_setitem_str(d, "None", rt.none)
    rt.dict_setitem_str(d, "True", rt.true)
    rt.dict_setitem_str(d, "False", rt.false)
    rt.dict_setitem_str(d, "Ellipsis", rt.ellipsis)
    rt.dict_setitem_str(d, "NotImplemented", rt.notimplemented)
    rt.dict_setitem_str(d, "__name__", rt.str_const("builtins"))
    rt.modules["builtins"] = m
    rt.incref(m)
