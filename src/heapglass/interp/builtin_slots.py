"""The builtin types' own slot wrappers (Objects/typeobject.c add_operators over slotdefs): PyType_Ready
puts a `wrapper_descriptor` in a builtin type's dict for every slot the type itself fills, so
`int.__add__`, `str.__mod__`, `list.__iadd__`, `dict.__setitem__` are int's, str's, list's, dict's own.

`SLOTDEFS` is which dunders each builtin type the model has gets ([RUN 3.12.1]; the other versions'
differences are profile fact `builtin_slot_changes`). `install` adds the missing ones to the types
(their `HDescr` "method" descriptors; method_wrappers.install then makes every slot dunder a
wrapper_descriptor), drops the ones the version's type does not fill, and gives each the argument
checks of its wrap_* function (descrobject.c wrapperdescr_raw_call, typeobject.c check_num_args).

A slot function runs the model's own code for the builtin slot it stands for (`rt.leaf_binop` for
long_add / float_mul / unicode_concat ..., `rt.leaf_compare` for the leaf tp_richcompare,
methods.container_binop / container_compare for the containers' sq_concat, nb_or, tp_richcompare),
after the operand check that slot makes (CHECK_BINOP, CONVERT_TO_DOUBLE, PyAnySet_Check, ...):
where it declines the wrapper returns NotImplemented. The operators themselves do not go through
these wrappers (ops.py dispatches as before); they are what an explicit `x.__add__(y)`,
`int.__add__(self, o)` or `super().__add__(o)` calls. A method-wrapper's call gets its args tuple
(wrapper_call_makes_tuple); an unbound `int.__add__(x, y)` call gets two (Runtime.wrapperdescr_call).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HDict, HLeaf, HList, HTuple
from .btypes import ITERNEXT, add_method
from .hashing import NanKey
from .objects import HDescr, HSet
from .ops import BINOPS, COMPARE, INPLACE

if TYPE_CHECKING:
    from ..heap.objects import HObject, HType
    from .runtime import Runtime

SlotFn = Callable[["Runtime", "HObject", list, Any], "HObject"]

# [RUN 3.12.1] sorted(k for k in T.__dict__ if type(T.__dict__[k]).__name__ == 'wrapper_descriptor')
_ITER = "__getattribute__ __iter__ __next__"
_VIEW_SET = ("__and__ __contains__ __eq__ __ge__ __getattribute__ __gt__ __iter__ __le__ __len__ __lt__ __ne__ "
             "__or__ __rand__ __repr__ __ror__ __rsub__ __rxor__ __sub__ __xor__")
_RICH = "__eq__ __ge__ __gt__ __le__ __lt__ __ne__"
SLOTDEFS: dict[str, str] = {
    "int": f"__abs__ __add__ __and__ __bool__ __divmod__ {_RICH} __float__ __floordiv__ __getattribute__ "
           "__hash__ __index__ __int__ __invert__ __lshift__ __mod__ __mul__ __neg__ __or__ __pos__ __pow__ "
           "__radd__ __rand__ __rdivmod__ __repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ "
           "__rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sub__ __truediv__ __xor__",
    "bool": "__and__ __invert__ __or__ __rand__ __repr__ __ror__ __rxor__ __xor__",
    "float": f"__abs__ __add__ __bool__ __divmod__ {_RICH} __float__ __floordiv__ __getattribute__ __hash__ "
             "__int__ __mod__ __mul__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ __repr__ __rfloordiv__ "
             "__rmod__ __rmul__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__",
    "complex": f"__abs__ __add__ __bool__ {_RICH} __getattribute__ __hash__ __mul__ __neg__ __pos__ __pow__ "
               "__radd__ __repr__ __rmul__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__",
    "str": f"__add__ __contains__ {_RICH} __getattribute__ __getitem__ __hash__ __iter__ __len__ __mod__ "
           "__mul__ __repr__ __rmod__ __rmul__ __str__",
    "bytes": f"__add__ __buffer__ __contains__ {_RICH} __getattribute__ __getitem__ __hash__ __iter__ __len__ "
             "__mod__ __mul__ __repr__ __rmod__ __rmul__ __str__",
    "tuple": f"__add__ __contains__ {_RICH} __getattribute__ __getitem__ __hash__ __iter__ __len__ __mul__ "
             "__repr__ __rmul__",
    "list": f"__add__ __contains__ __delitem__ {_RICH} __getattribute__ __iadd__ __imul__ __init__ __iter__ "
            "__len__ __mul__ __repr__ __rmul__ __setitem__",
    "dict": f"__delitem__ {_RICH} __getattribute__ __init__ __ior__ __iter__ __len__ __or__ __repr__ __ror__ "
            "__setitem__",
    "set": f"__and__ {_RICH} __getattribute__ __iand__ __init__ __ior__ __isub__ __iter__ __ixor__ __len__ "
           "__or__ __rand__ __repr__ __ror__ __rsub__ __rxor__ __sub__ __xor__",
    "frozenset": f"__and__ {_RICH} __getattribute__ __hash__ __iter__ __len__ __or__ __rand__ __repr__ __ror__ "
                 "__rsub__ __rxor__ __sub__ __xor__",
    "range": f"__bool__ __contains__ {_RICH} __getattribute__ __getitem__ __hash__ __iter__ __len__ __repr__",
    "slice": f"{_RICH} __getattribute__ __hash__ __repr__",
    "NoneType": f"__bool__ {_RICH} __hash__ __repr__",
    "NotImplementedType": "__bool__ __repr__",
    "ellipsis": "__getattribute__ __repr__",
    "object": f"__delattr__ {_RICH} __getattribute__ __hash__ __init__ __repr__ __setattr__ __str__",
    "type": "__call__ __delattr__ __getattribute__ __init__ __or__ __repr__ __ror__ __setattr__",
    "dict_keys": _VIEW_SET, "dict_items": _VIEW_SET,
    "dict_values": "__getattribute__ __iter__ __len__ __repr__",
    **{t: _ITER for t in ("list_iterator", "tuple_iterator", "dict_keyiterator", "dict_valueiterator",
                          "dict_itemiterator", "set_iterator", "range_iterator", "str_ascii_iterator",
                          "str_iterator", "bytes_iterator", "list_reverseiterator", "enumerate", "zip", "map", "filter",
                          "reversed")},
    **{t: "__iter__ __next__" for t in ("dict_reversekeyiterator", "dict_reversevalueiterator",
                                        "dict_reverseitemiterator")},
}

# the operand kinds each numeric type's slots take (CHECK_BINOP: PyLong_Check; CONVERT_TO_DOUBLE:
# float or int; TO_COMPLEX: complex, float or int)
NUMBER_OPERANDS = {"int": (int, bool), "bool": (int, bool), "float": (int, bool, float),
                   "complex": (int, bool, float, complex)}
# complexobject.c 3.8/3.9: the slots complex filled only to raise
COMPLEX_REFUSES = {"//": "can't take floor of complex number.", "%": "can't mod complex numbers.",
                   "divmod": "can't take floor or mod of complex number."}
BINARY = {n: (op, False) for op, (n, _r, _f) in BINOPS.items()} | \
         {r: (op, True) for op, (_n, r, _f) in BINOPS.items()}
INPLACE_OPS = {n: op for op, n in INPLACE.items()}
RICH = {n: op for op, (n, _r, _f) in COMPARE.items()}
UNARY = {"__neg__": "-", "__pos__": "+", "__invert__": "~"}


def slot_names(rt: Runtime, type_name: str) -> set[str]:
    """The slot dunders `type_name`'s dict holds in this version (SLOTDEFS + builtin_slot_changes)."""
    names = set(SLOTDEFS[type_name].split())
    added, removed = rt.profile.interp.builtin_slot_changes.get(type_name, ((), ()))
    return (names | set(added)) - set(removed)


def install(rt: Runtime, slot_dunders: frozenset[str], coexist: frozenset[tuple[str, str]]) -> None:
    """add_operators for the types of SLOTDEFS: each gets exactly its version's slot dunders (a
    METH_COEXIST method stays), every one behind its wrap_* function's argument checks."""
    for tname in SLOTDEFS:
        tp = rt.builtin_types[tname]
        want = slot_names(rt, tname)
        methods = tp.extra.methods
        for name in [n for n in methods if n in slot_dunders and n not in want and (tname, n) not in coexist
                     and isinstance(methods[n], HDescr)]:
            del methods[name]
        for name in sorted(want):
            d = methods.get(name)
            if isinstance(d, HDescr) and d.kind == "method":
                d.fn = wrap_call(tp, name, d.fn)
            elif d is None:
                add_method(rt, tp, name, wrap_call(tp, name, slot_function(rt, tp, name)))


# ---------------------------------------------------------------------- wrapperdescr_raw_call
# the arity each wrap_* function checks: check_num_args(args, n) ("expected n arguments, got m"),
# PyArg_UnpackTuple(args, "", lo, hi) (" expected ..."); None: the slot takes what it is given
# (wrap_init, wrap_call take keywords too)
def _arity(name: str) -> tuple[int, int, bool] | None:
    """(least, most, unpack_tuple) of the slot's wrap_* function."""
    if name in ("__init__", "__call__", "__new__", "__get__", "__buffer__"):
        return None
    if name in ("__pow__", "__rpow__"):
        return 1, 2, True                 # wrap_ternaryfunc(_r)
    if name in ("__setitem__", "__setattr__"):
        return 2, 2, True                 # wrap_objobjargproc / wrap_sq_setitem, wrap_setattr
    if name in BINARY or name in INPLACE_OPS or name in RICH or name in (
            "__getitem__", "__contains__", "__delitem__", "__getattribute__", "__delattr__"):
        return 1, 1, False
    return 0, 0, False                    # wrap_unaryfunc, wrap_inquirypred, wrap_lenfunc, wrap_hashfunc, ...


def wrapper_call_makes_tuple(descr: HDescr) -> bool:
    """A method-wrapper has no vectorcall: calling it goes through tp_call (wrapper_call) with the
    arguments as a new tuple (_PyObject_MakeTpCall) — for the slot wrappers of SLOTDEFS' types
    whose slot functions do not make it themselves (wrap_init, wrap_call: __init__, __call__).
    [RUN 3.8.18-3.13.0] after gc.collect(), m = x.__add__; m(1): gc.get_count()[0] + 2."""
    return descr.owner in SLOTDEFS and _arity(descr.name) is not None


def wrap_call(owner: HType, name: str, fn: SlotFn) -> SlotFn:
    """What wrapperdescr_call / wrapper_call check before the slot runs: the descriptor's type
    (descr_check), no keywords (wrapperdescr_raw_call), the wrap_* function's arity."""
    arity = _arity(name)

    def call(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
        if owner not in self.ob_type.extra.mro:
            rt.raise_type("TypeError", f"descriptor '{name}' requires a '{owner.name}' object but received a "
                          f"'{rt.type_name(self)}'")
        if arity is not None:
            if kw:
                rt.raise_type("TypeError", f"wrapper {name}() takes no keyword arguments")
            lo, hi, unpack = arity
            n = len(args)
            if not lo <= n <= hi:
                if not unpack:
                    rt.raise_type("TypeError", f"expected {lo} argument{'' if lo == 1 else 's'}, got {n}")
                bound = "" if lo == hi else "at least " if n < lo else "at most "
                want = lo if n < lo else hi
                rt.raise_type("TypeError", f" expected {bound}{want} argument{'' if want == 1 else 's'}, got {n}")
        return fn(rt, self, args, kw)
    return call


def _not_implemented(rt: Runtime) -> HObject:
    rt.incref(rt.notimplemented)
    return rt.notimplemented


# ---------------------------------------------------------------------- the slot functions
def slot_function(rt: Runtime, owner: HType, name: str) -> SlotFn:
    """The function a new slot wrapper of `owner` runs (self, args already checked)."""
    from . import methods
    tname = owner.name
    if name in BINARY and tname in ("str", "bytes", "tuple", "list"):
        op, reflected = BINARY[name]
        return lambda rt_, self, args, kw: sequence_slot(rt_, tname, op, reflected, self, args[0])
    if name in BINARY:
        op, reflected = BINARY[name]
        return lambda rt_, self, args, kw: number_slot(rt_, tname, op, *((args[0], self) if reflected else
                                                                            (self, args[0])), args[1:])
    if name in INPLACE_OPS:
        op = INPLACE_OPS[name]
        return lambda rt_, self, args, kw: inplace_slot(rt_, tname, op, self, args[0])
    if name in RICH:
        op = RICH[name]
        return lambda rt_, self, args, kw: richcompare_slot(rt_, tname, op, self, args[0])
    if name in UNARY or name in ("__abs__", "__int__", "__float__", "__index__"):
        return lambda rt_, self, args, kw: unary_slot(rt_, tname, name, self)
    simple: dict[str, SlotFn] = {
        "__bool__": lambda rt_, self, args, kw: rt_.new_bool(nb_bool(rt_, self)),
        "__len__": lambda rt_, self, args, kw: rt_.new_int(sq_length(rt_, self)),
        "__hash__": lambda rt_, self, args, kw: rt_.new_int(tp_hash(rt_, self)),
        "__repr__": lambda rt_, self, args, kw: rt_.new_str(tp_repr(rt_, self)),
        "__str__": tp_str,
        "__iter__": lambda rt_, self, args, kw: tp_iter(rt_, self),
        "__next__": lambda rt_, self, args, kw: wrap_next(rt_, tname, self),
        "__contains__": lambda rt_, self, args, kw: rt_.new_bool(sq_contains(rt_, self, args[0])),
        "__getitem__": lambda rt_, self, args, kw: methods.seq_getitem(rt_, self, args[0]),
        "__getattribute__": methods.object_getattribute,
        "__setattr__": methods.object_setattr,
        "__delattr__": methods.object_delattr,
        "__buffer__": lambda rt_, self, args, kw: rt_.unsupported("__buffer__ (memoryview)"),
    }
    if name in simple:
        return simple[name]
    if tname == "type" and name in ("__or__", "__ror__"):
        return lambda rt_, self, args, kw: rt_.unsupported("type union (X | Y)")
    raise AssertionError(f"no slot function for {tname}.{name}")


def number_slot(rt: Runtime, tname: str, op: str, x: HObject, y: HObject, extra: list) -> HObject:
    """wrap_binaryfunc_l / _r (and wrap_ternaryfunc for pow): `tname`'s nb_/sq_ slot applied to (x, y)
    — x is self for __op__, y for __rop__."""
    from .methods import container_binop
    if tname in NUMBER_OPERANDS:
        ok = NUMBER_OPERANDS[tname]
        if not (isinstance(x, HLeaf) and isinstance(y, HLeaf) and type(x.value) in ok and type(y.value) in ok):
            return _not_implemented(rt)
        if tname == "complex" and op in COMPLEX_REFUSES:
            rt.raise_type("TypeError", COMPLEX_REFUSES[op])
        if extra and extra[0] is not rt.none:
            return ternary_pow(rt, x, y, extra[0])
        r = rt.leaf_binop(op, x, y)
        if tname == "int" and (r is rt.true or r is rt.false):
            v = r is rt.true      # long_and / long_or / long_xor: an int even for two bools
            rt.decref(r)
            return rt.new_int(int(v))
        return r
    if tname in ("set", "frozenset"):    # set_or, set_and, ...: PyAnySet_Check on both operands
        if not (isinstance(x, HSet) and isinstance(y, HSet)):
            return _not_implemented(rt)
        return container_binop(rt, op, x, y)
    if tname in ("dict_keys", "dict_items"):    # dictviews_or, ...: any iterable on either side
        r = container_binop(rt, op, x, y)
        return r if r is not None else _not_implemented(rt)
    if tname == "dict":          # dict_or: PyDict_Copy(x), then dict_update_arg(y)
        if not (isinstance(x, HDict) and isinstance(y, HDict)):
            return _not_implemented(rt)
        from .methods import dict_update
        d = rt.new_dict()
        dict_update(rt, d, x)
        dict_update(rt, d, y)
        return d
    raise AssertionError(f"no number slot {op} for {tname}")


def ternary_pow(rt: Runtime, x: HLeaf, y: HLeaf, z: HObject) -> HObject:
    """long_pow / float_pow with a modulus (wrap_ternaryfunc's third argument)."""
    if not (isinstance(z, HLeaf) and type(z.value) in (int, bool)):
        return _not_implemented(rt)
    try:
        return rt.from_host(pow(x.value, y.value, z.value))
    except (TypeError, ValueError) as e:
        rt.raise_type(type(e).__name__, str(e))
        raise AssertionError from e


def sequence_slot(rt: Runtime, tname: str, op: str, reflected: bool, self: HObject, other: HObject) -> HObject:
    """str, bytes, tuple, list: sq_concat (__add__: a TypeError, not NotImplemented, for a wrong
    operand), sq_repeat through wrap_indexargfunc (__mul__ / __rmul__), nb_remainder (unicode_mod,
    bytes_mod: NotImplemented unless the left operand is a str / bytes)."""
    from .methods import container_binop
    from .strings import percent_format
    leaf = tname in ("str", "bytes")
    kind = {"str": str, "bytes": bytes}.get(tname)
    if op == "+":            # unicode_concat, bytes_concat, list_concat, tupleconcat
        same = isinstance(other, HLeaf) and type(other.value) is kind if leaf else \
            isinstance(other, HList if tname == "list" else HTuple)
        if not same:
            msg = f"can't concat {rt.type_name(other)} to bytes" if tname == "bytes" else \
                f'can only concatenate {tname} (not "{rt.type_name(other)}") to {tname}'
            rt.raise_type("TypeError", msg)
        return rt.leaf_binop(op, self, other) if leaf else container_binop(rt, op, self, other)
    if op == "*":            # wrap_indexargfunc: sq_repeat(self, PyNumber_AsSsize_t(other)), both ways
        n = rt.index(other)
        nobj = other if isinstance(other, HLeaf) and type(other.value) is int else rt.new_int(n)
        try:
            return rt.leaf_binop(op, self, nobj) if leaf else container_binop(rt, op, self, nobj)
        finally:
            if nobj is not other:
                rt.decref(nobj)
    x, y = (other, self) if reflected else (self, other)
    if op == "%" and leaf:
        if not (isinstance(x, HLeaf) and type(x.value) is kind):
            return _not_implemented(rt)
        return percent_format(rt, x, y)
    raise AssertionError(f"no sequence slot {op} for {tname}")


def inplace_slot(rt: Runtime, tname: str, op: str, self: HObject, other: HObject) -> HObject:
    """wrap_binaryfunc for the in-place slots: list_inplace_concat / list_inplace_repeat, set_ior
    and friends (NotImplemented unless `other` is a set), dict_ior (dict_update_arg)."""
    from .btypes import dict_update_from, set_inplace
    from .containers import list_extend_from
    if tname == "list":
        if op == "*":
            return list_inplace_repeat(rt, self, rt.index(other))
        list_extend_from(rt, self, other)
    elif tname == "set":
        if not isinstance(other, HSet):
            return _not_implemented(rt)
        return set_inplace(rt, op, self, other)
    else:
        dict_update_from(rt, self, other)
    rt.incref(self)
    return self


def list_inplace_repeat(rt: Runtime, a: HList, n: int) -> HObject:
    """list_inplace_repeat: the items repeated in place (cleared for n <= 0); a new reference to a."""
    extra = a.items * (n - 1) if n > 0 else None
    if extra is None:
        old, a.items = a.items, []
        for x in reversed(old):
            rt.decref(x)
    else:
        for x in extra:
            rt.incref(x)
        a.items.extend(extra)
    rt.incref(a)
    return a


def richcompare_slot(rt: Runtime, tname: str, op: str, self: HObject, other: HObject) -> HObject:
    """wrap_richcmpfunc: `tname`'s tp_richcompare(self, other, op); NotImplemented where it declines
    (long_richcompare, float_richcompare, unicode_richcompare, list_richcompare, set_richcompare,
    dict_richcompare: == and != only, range_richcompare likewise)."""
    from .methods import container_compare
    if tname in NUMBER_OPERANDS or tname in ("str", "bytes", "range"):
        ok = NUMBER_OPERANDS.get(tname) or {"str": (str,), "bytes": (bytes,), "range": (range,)}[tname]
        if not (isinstance(other, HLeaf) and type(other.value) in ok) or \
                tname in ("complex", "range") and op not in ("==", "!="):
            return _not_implemented(rt)
        r = rt.leaf_compare(op, self, other)
        return r if r is not None else _not_implemented(rt)
    kinds = {"tuple": HTuple, "list": HList, "dict": HDict, "set": HSet, "frozenset": HSet}
    if tname in kinds:
        if not isinstance(other, kinds[tname]) or tname == "dict" and op not in ("==", "!="):
            return _not_implemented(rt)
        r = container_compare(rt, op, self, other)
        return r if r is not None else _not_implemented(rt)
    if tname in ("dict_keys", "dict_items", "slice"):    # dictview_richcompare, slice_richcompare
        if tname == "slice" and other.ob_type is not rt.t_slice:
            return _not_implemented(rt)
        r = container_compare(rt, op, self, other)
        return r if r is not None else _not_implemented(rt)
    # object_richcompare (NoneType through 3.11)
    if op == "==" and self is other:
        rt.incref(rt.true)
        return rt.true
    if op == "!=":
        from .methods import object_ne
        return object_ne(rt, self, [other], None)
    return _not_implemented(rt)


def unary_slot(rt: Runtime, tname: str, name: str, self: HLeaf) -> HObject:
    """wrap_unaryfunc for the number slots: long_neg, float_abs, long_long (__int__ / __index__ of
    an exact int is itself), float_float, bool_invert (the ~bool deprecation, via the operator)."""
    v = self.value
    if name == "__pos__" or name == "__abs__" and tname in ("int", "bool") and v >= 0:
        name = "__float__" if tname == "float" else "__int__"     # long_pos / long_abs: long_long
    elif name in UNARY:
        if tname == "bool":
            return rt.unary_op(UNARY[name], self)
        return rt.from_host({"-": lambda: -v, "~": lambda: ~v}[UNARY[name]]())
    elif name == "__abs__":
        return rt.from_host(abs(v))
    if tname == "complex" and name == "__pos__":
        return rt.from_host(+v)
    if tname == "complex":      # complex_int / complex_float (3.8, 3.9)
        rt.raise_type("TypeError", f"can't convert complex to {name.strip('_')}")
    exact = self.ob_type is (rt.t_float if name == "__float__" else rt.t_int)
    if exact:
        rt.incref(self)
        return self
    if name == "__float__":
        return rt.new_float(float(v))
    try:                        # float___trunc___impl: OverflowError / ValueError for inf / nan
        return rt.new_int(int(v))
    except (OverflowError, ValueError) as e:
        rt.raise_type(type(e).__name__, str(e))
        raise AssertionError from e


def tp_repr(rt: Runtime, self: HObject) -> str:
    """The builtin type's tp_repr (range_repr, none_repr, type_repr, ...), for a subclass instance
    too (not the class's own __repr__)."""
    if isinstance(self, (HLeaf, HList, HTuple, HDict, HSet)):
        return rt.builtin_repr(self)
    if self.ob_type.extra.layout == "view":
        from .containers import dictview_repr
        return dictview_repr(rt, self)
    return rt.default_repr(self)


def tp_str(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    """unicode_str (an exact str is itself, a subclass's value copied), bytes_str (the repr)."""
    v = self.value
    if isinstance(v, bytes):
        return rt.new_str(repr(v))
    if self.ob_type is rt.t_str:
        rt.incref(self)
        return self
    return rt.new_str(v)


def nb_bool(rt: Runtime, self: HObject) -> bool:
    """wrap_inquirypred over nb_bool: long_bool, float_bool, range_bool, none_bool, notimpl_bool."""
    if isinstance(self, HLeaf) and not self.ob_type.static:
        return bool(self.value)     # a subclass instance: its base's nb_bool, not the class's __bool__
    return rt.truthy(self)


def sq_length(rt: Runtime, self: HObject) -> int:
    """wrap_lenfunc: range_length, dictview_len."""
    n = rt.builtin_length(self)
    return n if n is not None else len(self.refs[0].entries)


def tp_hash(rt: Runtime, self: HObject) -> int:
    """wrap_hashfunc: the builtin type's tp_hash (long_hash, unicode_hash, tuplehash, ...), for a
    subclass instance too (its class's own __hash__ is not consulted)."""
    if self.ob_type.static:
        return rt.hash_value(self)
    if isinstance(self, HLeaf):
        v = self.value
        return rt.hasher.token_hash(NanKey(self.addr) if isinstance(v, float) and math.isnan(v) else v)
    if isinstance(self, HTuple):
        return rt.hasher.token_hash(("\0tuple", tuple(rt.key_token(x) for x in self.items)))
    return rt.hasher.token_hash(("\0frozenset", frozenset(self.entries)))


def tp_iter(rt: Runtime, self: HObject) -> HObject:
    """wrap_unaryfunc over tp_iter: range_iter, dictview's iterators, PyObject_SelfIter."""
    it = rt.builtin_iter(self)
    if it is None:
        raise AssertionError(f"no tp_iter for {rt.type_name(self)}")
    return it


def wrap_next(rt: Runtime, tname: str, self: HObject) -> HObject:
    """wrap_next: `tname`'s tp_iternext, StopIteration raised when it ends without an error."""
    r = ITERNEXT[tname](rt, self)
    if r is None:
        rt.raise_type("StopIteration")
    return r


def sq_contains(rt: Runtime, self: HObject, item: HObject) -> bool:
    """wrap_objobjproc: range_contains; dictkeys_contains (PyDict_Contains) and dictitems_contains
    (a 2-tuple whose key is there with an equal value)."""
    found = rt.builtin_contains(self, item)
    if found is not None:
        return found
    d = self.refs[0]
    if self.ob_type.name == "dict_keys":
        return rt.key_token(item) in d.entries
    if not (isinstance(item, HTuple) and len(item.items) == 2):
        return False
    e = d.entries.get(rt.key_token(item.items[0]))
    return e is not None and rt.eq(e[1], item.items[1])
