"""Operators and the abstract object protocol: hashing (dict/set key tokens), dicts' item storage
with lazy GC tracking, binary/unary operators, comparisons, truth, repr/str, len, subscripts and
containment (Objects/abstract.c, object.c, dictobject.c). A mixin of `Runtime`.

Past 800 lines because abstract.c's protocol is one mixin of `Runtime`: its methods call each
other (binary_op1, compare, contains, hashing) on the hot path, without an extra indirection.
"""

from __future__ import annotations

import math
import operator
from typing import TYPE_CHECKING, Any

from ..alloc import dictkeys
from ..heap.kinds import HCell, HDict, HInstance, HLeaf, HList, HTuple
from ..heap.objects import HObject, HType
from .errors import PyErr
from .hashing import IdKey, NanKey, UserKey, slot_hash_result
from .objects import (
    HBuiltin,
    HDescr,
    HExc,
    HFunction,
    HFuncWrapper,
    HGenerator,
    HMethod,
    HModule,
    HNewWrapper,
    HSet,
)
from .stdio import check_signals
from .typesys import type_lookup

if TYPE_CHECKING:
    from .runtime import Runtime

BINOPS = {"+": ("__add__", "__radd__", operator.add), "-": ("__sub__", "__rsub__", operator.sub),
          "*": ("__mul__", "__rmul__", operator.mul), "/": ("__truediv__", "__rtruediv__", operator.truediv),
          "//": ("__floordiv__", "__rfloordiv__", operator.floordiv),
          "%": ("__mod__", "__rmod__", operator.mod), "**": ("__pow__", "__rpow__", operator.pow),
          "<<": ("__lshift__", "__rlshift__", operator.lshift),
          ">>": ("__rshift__", "__rrshift__", operator.rshift), "&": ("__and__", "__rand__", operator.and_),
          "|": ("__or__", "__ror__", operator.or_), "^": ("__xor__", "__rxor__", operator.xor),
          "@": ("__matmul__", "__rmatmul__", operator.matmul),
          # builtin divmod() is PyNumber_Divmod, the same binary_op1 dispatch (nb_divmod)
          "divmod": ("__divmod__", "__rdivmod__", divmod)}
INPLACE = {"+": "__iadd__", "-": "__isub__", "*": "__imul__", "/": "__itruediv__", "//": "__ifloordiv__",
           "%": "__imod__", "**": "__ipow__", "<<": "__ilshift__", ">>": "__irshift__", "&": "__iand__",
           "|": "__ior__", "^": "__ixor__", "@": "__imatmul__"}
COMPARE = {"<": ("__lt__", "__gt__", operator.lt), "<=": ("__le__", "__ge__", operator.le),
           "==": ("__eq__", "__eq__", operator.eq), "!=": ("__ne__", "__ne__", operator.ne),
           ">": ("__gt__", "__lt__", operator.gt), ">=": ("__ge__", "__le__", operator.ge)}
HASHABLE_LEAVES = (int, float, str, bytes, complex, type(None), type(Ellipsis))


class BinaryOpCache:
    """The inline cache of one BINARY_OP site (_PyBinaryOpCache) where the float specialisations reuse
    an operand (profile fact float_binop_reuse_after): its warm-up counter, then what it specialised
    for."""

    __slots__ = ("counter", "floats")

    def __init__(self, warmup: int) -> None:
        self.counter = warmup
        self.floats: bool | None = None    # None until specialised

    def specialised_for_floats(self, t_float: HType, a: HObject, b: HObject) -> bool:
        """One execution: False while warming up (generic BINARY_OP); at the first execution after it
        _Py_Specialize_BinaryOp looks at the operand types and the site keeps that choice."""
        both = a.ob_type is t_float and b.ob_type is t_float
        if self.floats is None:
            if self.counter:
                self.counter -= 1
                return False
            self.floats = both
        return self.floats and both


class Ops:
    """Operators and protocols (see module docstring)."""

    # ------------------------------------------------------------------ hashing
    def key_token(self: Runtime, o: HObject) -> Any:
        """The host token a dict/set stores `o` under; TypeError for unhashable objects."""
        tp = o.ob_type
        if isinstance(o, HLeaf) and not (py_defines(tp, "__hash__") or py_defines(tp, "__eq__")):
            v = o.value         # (__hash__ = None counts as defined: slot_tp_hash is unhashable)
            return NanKey(o.addr) if isinstance(v, float) and math.isnan(v) else v
        if isinstance(o, HTuple):
            return ("\0tuple", tuple(self.key_token(x) for x in o.items))
        if tp.static:
            if tp is self.t_frozenset:
                return ("\0frozenset", frozenset(o.entries))
            if tp in (self.t_list, self.t_dict, self.t_set) or tp.extra.layout in ("list", "dict", "set") or \
                    tp.extra.methods.get("__hash__") is self.none:
                self.raise_type("TypeError", f"unhashable type: '{tp.name}'")
            if tp is self.t_slice:      # slice_hash (3.12+): keyed by its fields' tokens
                return ("\0slice", tuple(self.key_token(x) for x in o.refs))
            return IdKey(o.addr)
        h = type_lookup(tp, "__hash__")
        # a list/dict/set subclass inherits its base's __hash__ = None (PyObject_HashNotImplemented)
        if h is self.none or isinstance(h, HDescr) and isinstance(o, (HList, HDict)) or \
                isinstance(h, HDescr) and isinstance(o, HSet) and self.t_frozenset not in tp.extra.mro:
            self.raise_type("TypeError", f"unhashable type: '{tp.name}'")
        if isinstance(h, HDescr) and isinstance(o, HLeaf):
            return o.value      # the base's hash: keyed by value (an own __eq__ is not consulted)
        if isinstance(h, HDescr):
            return IdKey(o.addr)
        r = self.call(h, [o], None)
        hv = self.as_int(r)
        self.decref(r)
        return UserKey(self, o, slot_hash_result(hv))

    def hash_value(self: Runtime, o: HObject) -> int:
        """PyObject_Hash(o) (interp/hashing.py)."""
        return self.hasher.token_hash(self.key_token(o))

    def key_hash(self: Runtime, o: HObject) -> tuple[Any, int]:
        """The token and the hash of a key about to enter a set's table."""
        tok = self.key_token(o)
        return tok, self.hasher.token_hash(tok)

    # ------------------------------------------------------------------ dict storage
    def may_be_tracked(self: Runtime, o: HObject) -> bool:
        """_PyObject_GC_MAY_BE_TRACKED: a GC object, and not an untracked tuple."""
        if not o.is_gc:
            return False
        if isinstance(o, HTuple):
            return o.gc_next is not None
        return True

    def dict_setitem(self: Runtime, d: HDict, k: HObject, v: HObject) -> None:
        """PyDict_SetItem (k, v borrowed). An existing key keeps its original key object."""
        tok = self.key_token(k)
        self.dict_set_token(d, tok, k, v)

    def dict_set_token(self: Runtime, d: HDict, tok: Any, k: HObject, v: HObject) -> None:
        entries = d.entries
        old = entries.get(tok)
        self.incref(v)
        if old is None:
            if dictkeys.is_combined(d):
                dictkeys.insert_new_key(self.heap.memory, d, k.ob_type is self.t_str)
            self.incref(k)
            entries[tok] = (k, v)
        else:
            entries[tok] = (old[0], v)
        d.ma_version += 1
        if d.gc_next is None and (self.may_be_tracked(v) or self.may_be_tracked(k)):
            self.heap.gc_track(d)   # MAINTAIN_TRACKING
        if old is not None:
            self.decref(old[1])

    def dict_setitem_str(self: Runtime, d: HDict, name: str, v: HObject, steal: bool = False,
                         track: bool = True) -> None:
        """d[name] = v with an interned str key; ``steal`` takes over the caller's reference to v;
        ``track=False`` skips MAINTAIN_TRACKING (3.13 materialised instance dicts)."""
        entries = d.entries
        old = entries.get(name)
        if not steal:
            self.incref(v)
        if old is None:
            k = self.str_const(name)
            combined = dictkeys.is_combined(d)
            if combined:
                dictkeys.insert_new_key(self.heap.memory, d, True)
            self.incref(k)
            entries[name] = (k, v)
            if not combined and len(entries) > d.keys_nbytes >> 3:
                self.split_dict_grow(d)
        else:
            entries[name] = (old[0], v)
        d.ma_version += 1
        if track and d.gc_next is None and self.may_be_tracked(v):
            self.heap.gc_track(d)
        if old is not None:
            self.decref(old[1])

    def split_dict_grow(self: Runtime, d: HDict) -> None:
        """A split instance dict outgrew its values array: through 3.10 the class's shared keys grow
        (values for USABLE_FRACTION of the new size); from 3.11 the dict becomes a combined one."""
        if not self.profile.interp.instance_dict_on_first_setattr:
            d.keys_nbytes = 0
            return
        size, n = 8, len(d.entries)
        while (size << 1) // 3 < n:
            size <<= 1
        d.keys_nbytes = 8 * ((size << 1) // 3)

    def dict_delitem_str(self: Runtime, d: HDict, name: str) -> None:
        k, v = d.entries.pop(name)
        d.ma_version += 1
        self.decref(k)
        self.decref(v)

    def dict_delitem(self: Runtime, d: HDict, key: HObject) -> None:
        tok = self.key_token(key)
        e = d.entries.pop(tok, None)
        if e is None:
            self.throw_keyerror(key)
        d.ma_version += 1
        self.decref(e[0])
        self.decref(e[1])

    def dict_get(self: Runtime, d: HDict, key: HObject) -> HObject | None:
        """Borrowed value or None."""
        e = d.entries.get(self.key_token(key))
        return None if e is None else e[1]

    def throw_keyerror(self: Runtime, key: HObject) -> None:
        """_PyErr_SetKeyError: the key packed into the tuple that becomes the args."""
        self.raise_value(self.builtin_types["KeyError"], self.tuple_of([key]))

    # ------------------------------------------------------------------ truth, len
    def truthy(self: Runtime, o: HObject) -> bool:
        """PyObject_IsTrue."""
        if o is self.true:
            return True
        if o is self.false or o is self.none:
            return False
        tp = o.ob_type
        if tp.static or not (py_defines(tp, "__bool__") or py_defines(tp, "__len__")):
            if isinstance(o, HLeaf):
                return bool(o.value)
            if isinstance(o, (HList, HTuple)):
                return bool(o.items)
            if isinstance(o, (HDict, HSet)):
                return bool(o.entries)
        if not tp.static:
            m = type_lookup(tp, "__bool__")
            if m is not None and not isinstance(m, HDescr):
                r = self.call(m, [o], None)
                if r.ob_type is not self.t_bool:
                    self.decref(r)
                    self.raise_type("TypeError", f"__bool__ should return bool, returned {r.ob_type.name}")
                self.decref(r)
                return r is self.true
            m = type_lookup(tp, "__len__")
            if m is not None and not isinstance(m, HDescr):
                return self.length(o) > 0
            if tp.extra.layout in ("list", "dict", "set", "tuple"):
                return bool(o.items if hasattr(o, "items") else o.entries)
        if tp is self.t_range:
            return bool(o.value)
        return True

    def length(self: Runtime, o: HObject) -> int:
        """PyObject_Size: a Python class's own __len__ (slot_sq_length), else the builtin's."""
        tp = o.ob_type
        m = None if tp.static else type_lookup(tp, "__len__")
        if m is None or isinstance(m, HDescr):
            n = self.builtin_length(o)
            if n is not None:
                return n
            m = type_lookup(tp, "__len__")
        if m is not None:
            r = self.call(m, [o], None) if not isinstance(m, HDescr) else m.fn(self, o, [], None)
            try:
                n = self.index(r)
            finally:
                self.decref(r)
            if n < 0:
                self.raise_type("ValueError", "__len__() should return >= 0")
            return n
        self.raise_type("TypeError", f"object of type '{tp.name}' has no len()")
        raise AssertionError

    def builtin_length(self: Runtime, o: HObject) -> int | None:
        """sq_length / mp_length of the builtin kinds (list_length, dict_length, ...); None for others."""
        if isinstance(o, HLeaf):
            v = o.value
            if isinstance(v, (str, bytes, range)):
                return len(v)
        elif isinstance(o, (HList, HTuple)):
            return len(o.items)
        elif isinstance(o, (HDict, HSet)):
            return len(o.entries)
        return None

    def index(self: Runtime, o: HObject) -> int:
        """PyNumber_Index."""
        if isinstance(o, HLeaf) and isinstance(o.value, int):
            return int(o.value)
        m = type_lookup(o.ob_type, "__index__")
        if m is not None and not isinstance(m, HDescr):
            r = self.call(m, [o], None)
            v = r.value
            self.decref(r)
            return int(v)
        self.raise_type("TypeError", f"'{self.type_name(o)}' object cannot be interpreted as an integer")
        raise AssertionError

    # ------------------------------------------------------------------ repr / str
    def long_to_decimal_string(self: Runtime, v: int) -> str:
        """long_to_decimal_string_internal: ValueError when the value has more decimal digits than
        sys.get_int_max_str_digits() (fact int_max_str_digits; the sign does not count)."""
        limit = self.profile.interp.int_max_str_digits
        # 10**limit has about limit / log10(2) bits: only near that size is the exact test needed
        if v.bit_length() * 0.30103 > limit - 1 and abs(v) >= 10 ** limit:
            self.raise_type("ValueError", self.profile.interp.int_str_limit_message.format(limit=limit))
        return str(v)

    def repr(self: Runtime, o: HObject) -> str:
        """PyObject_Repr as a host str; its PyErr_CheckSignals runs a scheduled 3.12+ collection first."""
        check_signals(self)
        tp = o.ob_type
        m = None if tp.static else type_lookup(tp, "__repr__")
        if (isinstance(m, HDescr) or m is None) and isinstance(o, (HLeaf, HList, HTuple, HDict, HSet)):
            return self.builtin_repr(o)    # a subclass's too, unless it has a __repr__ of its own
        if m is None:
            m = type_lookup(tp, "__repr__")
        if m is not None and not isinstance(m, HDescr):
            r = self.call(m, [o], None)
            try:
                if r.ob_type is not self.t_str and self.t_str not in r.ob_type.extra.mro:
                    self.raise_type("TypeError", f"__repr__ returned non-string (type {r.ob_type.name})")
                return r.value
            finally:
                self.decref(r)
        if isinstance(m, HDescr) and m.owner != "object":
            r = m.fn(self, o, [], None)
            s = r.value
            self.decref(r)
            return s
        return self.default_repr(o)

    def builtin_repr(self: Runtime, o: HObject) -> str:
        """The repr of a value of a builtin kind (int_repr, float_repr, unicode_repr, list_repr, ...)."""
        if isinstance(o, HLeaf):
            v = o.value
            if type(v) is int:
                return self.long_to_decimal_string(v)
            return repr(v)
        return self.container_repr(o)

    def container_repr(self: Runtime, o: HObject) -> str:
        """list/tuple/dict/set repr, guarded by Py_ReprEnter against self-reference. An empty list or
        tuple returns before Py_ReprEnter (list_repr, tuplerepr); dict_repr and set_repr enter first."""
        if isinstance(o, (HList, HTuple)) and not o.items:
            return "[]" if isinstance(o, HList) else "()"
        if self.repr_enter(o):
            return "[...]" if isinstance(o, HList) else "(...)" if isinstance(o, HTuple) else "{...}"
        try:
            if isinstance(o, HList):
                return "[" + ", ".join(self.repr(x) for x in list(o.items)) + "]"
            if isinstance(o, HTuple):
                inner = ", ".join(self.repr(x) for x in o.items)
                return f"({inner},)" if len(o.items) == 1 else f"({inner})"
            if isinstance(o, HDict):
                return "{" + ", ".join(f"{self.repr(k)}: {self.repr(v)}" for k, v in list(o.entries.values())) + "}"
            items = ", ".join(self.repr(x) for x in o.keys_in_order())
            if o.ob_type is not self.t_set:    # set_repr: a frozenset or subclass shows its type's name
                name = o.ob_type.name
                return f"{name}({{{items}}})" if items else f"{name}()"
            return "{" + items + "}" if items else "set()"
        finally:
            self.repr_leave(o)

    def repr_enter(self: Runtime, o: HObject) -> bool:
        """Py_ReprEnter: True if `o` is already being repr'd (a cycle). Otherwise append it to the
        'Py_Repr' list of the thread-state dict, both made on first use (PyThreadState_GetDict):
        the first container repr of a program allocates a dict and a list, and the dict is tracked."""
        lst = self.repr_list
        if lst is None:
            self.tstate_dict = self.new_dict()
            lst = self.repr_list = self.new_list([])
            self.dict_setitem_str(self.tstate_dict, "Py_Repr", lst)
            self.decref(lst)
        if any(x is o for x in lst.items):
            return True
        self.incref(o)
        self.list_resize(lst, len(lst.items) + 1)
        lst.items.append(o)
        return False

    def repr_leave(self: Runtime, o: HObject) -> None:
        """Py_ReprLeave: remove the last occurrence of `o` (PyList_SetSlice; removing the only item
        clears the list and frees its item array, list_ass_slice → _list_clear)."""
        lst = self.repr_list
        for i in range(len(lst.items) - 1, -1, -1):
            if lst.items[i] is o:
                if len(lst.items) == 1:
                    lst.items = []
                    self.heap.list_buffer_release(lst)
                else:
                    self.list_resize(lst, len(lst.items) - 1)
                    del lst.items[i]
                self.decref(o)
                return

    def default_repr(self: Runtime, o: HObject) -> str:
        tp = o.ob_type
        if isinstance(o, HType):
            mod = o.extra.module
            return f"<class '{o.extra.qualname or o.name}'>" if mod == "builtins" else \
                f"<class '{mod}.{o.extra.qualname or o.name}'>"
        if isinstance(o, HFunction):
            return f"<function {o.qualname.value} at {o.addr:#x}>"
        if isinstance(o, HMethod):
            f = o.func
            fname = f.qualname.value if isinstance(f, HFunction) else getattr(f, "name", "?")
            return f"<bound method {fname} of {self.repr(o.self_)}>"
        if isinstance(o, (HBuiltin, HNewWrapper)):
            if o.self_ is None or isinstance(o.self_, HModule):
                return f"<built-in function {o.name}>"
            return f"<built-in method {o.name} of {self.type_name(o.self_)} object at {o.self_.addr:#x}>"
        if isinstance(o, HModule):
            from .modspec import module_repr
            return module_repr(self, o)
        if isinstance(o, HExc):
            args = o.args.items if o.args is not None else []
            name = tp.name
            if len(args) == 1:
                return f"{name}({self.repr(args[0])})"
            return f"{name}({', '.join(self.repr(a) for a in args)})"
        if isinstance(o, HDescr) or tp is self.t_getset or tp is self.t_member:
            from .descr_attrs import descr_repr
            return descr_repr(self, o)
        if isinstance(o, HGenerator):
            return f"<generator object {o.qualname.value} at {o.addr:#x}>"
        if tp is self.t_super:
            return super_repr(o)
        if isinstance(o, HFuncWrapper) and self.profile.interp.func_wrapper_repr_shows_callable:
            return f"<{tp.name}({self.repr(o.refs[0])})>"     # sm_repr / cm_repr
        if isinstance(o, HCell):
            inner = "empty" if o.ob_ref is None else \
                f"{self.type_name(o.ob_ref)} object at {o.ob_ref.addr:#x}"
            return f"<cell at {o.addr:#x}: {inner}>"
        mod = tp.extra.module if not tp.static else None
        qual = tp.extra.qualname or tp.name
        name = f"{mod}.{qual}" if mod and mod != "builtins" else qual
        return f"<{name} object at {o.addr:#x}>"

    def str(self: Runtime, o: HObject) -> str:
        """PyObject_Str as a host str; its PyErr_CheckSignals runs a scheduled 3.12+ collection first."""
        check_signals(self)
        if isinstance(o, HLeaf) and not py_defines(o.ob_type, "__str__"):
            v = o.value
            if isinstance(v, str):
                return v
            if py_defines(o.ob_type, "__repr__"):
                return self.repr(o)     # int, float: no tp_str of their own, object_str calls tp_repr
            if type(v) is int:
                return self.long_to_decimal_string(v)
            return str(v)
        tp = o.ob_type
        m = type_lookup(tp, "__str__")
        if isinstance(m, HDescr) and m.kind == "method" and tp.static and m.owner == tp.name and \
                not builtin_slot_owner(tp.name):
            r = m.fn(self, o, [], None)     # a builtin type's own tp_str (mappingproxy_str)
            try:
                return r.value
            finally:
                self.decref(r)
        if m is not None and not isinstance(m, HDescr):
            r = self.call(m, [o], None)
            try:
                if r.ob_type is not self.t_str:
                    self.raise_type("TypeError", f"__str__ returned non-string (type {r.ob_type.name})")
                return r.value
            finally:
                self.decref(r)
        if isinstance(o, HExc):
            from .exc_fields import exception_str
            s = exception_str(self, o)
            if s is not None:
                return s
            args = o.args.items if o.args is not None else []
            if tp is self.builtin_types["KeyError"] and len(args) == 1:
                return self.repr(args[0])
            if not args:
                return ""
            if len(args) == 1:
                return self.str(args[0])
            return self.repr(o.args)
        return self.repr(o)

    # ------------------------------------------------------------------ operators
    def binary_op(self: Runtime, op: str, a: HObject, b: HObject) -> HObject:
        """PyNumber_<op>(a, b): a new reference."""
        if isinstance(a, HLeaf) and isinstance(b, HLeaf) and (
                a.ob_type.static and b.ob_type.static or not py_overrides(BINOPS[op], a, b)):
            r = self.leaf_binop(op, a, b)
            if r is not None:
                return r
        r = self.binary_op1(op, a, b)
        if r is not None:
            return r
        sym = "divmod()" if op == "divmod" else op
        self.raise_type("TypeError", f"unsupported operand type(s) for {sym}: '{self.type_name(a)}' and "
                        f"'{self.type_name(b)}'" if op != "**" else
                        f"unsupported operand type(s) for ** or pow(): '{self.type_name(a)}' and "
                        f"'{self.type_name(b)}'")
        raise AssertionError

    def leaf_binop(self: Runtime, op: str, a: HLeaf, b: HLeaf) -> HObject | None:
        """The number, str and bytes slots (long_add, float_mul, unicode_concat, bytes_repeat,
        unicode_mod, ...) for two leaf operands; None for a pair none of them takes. The builtin
        types' slot wrappers (builtin_slots.py) call it once they checked the operand types."""
        av, bv = a.value, b.value
        ta, tb = type(av), type(bv)
        if ta in (int, float, bool, complex) and tb in (int, float, bool, complex):
            return self.from_host(self.host_arith(op, av, bv))
        if ta is tb and ta in (str, bytes) and op == "+":
            if not bv and a.ob_type in (self.t_str, self.t_bytes):
                self.incref(a)      # unicode_concat / bytes_concat: s + "" is s
                return a
            if not av and b.ob_type in (self.t_str, self.t_bytes):
                self.incref(b)
                return b
            return self.new_str(av + bv) if ta is str else self.new_bytes(av + bv)
        if op == "*" and ((ta in (str, bytes) and tb is int) or (tb in (str, bytes) and ta is int)):
            seq, n = (a, bv) if ta in (str, bytes) else (b, av)
            if n == 1 and seq.ob_type in (self.t_str, self.t_bytes):
                self.incref(seq)    # unicode_repeat / bytes_repeat: s * 1 is s
                return seq
            r = av * bv
            return self.new_str(r) if isinstance(r, str) else self.new_bytes(r)
        if op == "%" and ta in (str, bytes):
            from .strings import percent_format
            return percent_format(self, a, b)
        return None

    def binary_op_float_reusing(self: Runtime, op: str, a: HLeaf, b: HLeaf) -> HObject:
        """BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_FLOAT (3.12+): takes over the stack's references to a and b.
        DECREF_INPUTS_AND_REUSE_FLOAT: the result goes into a if only the stack holds it, else into b
        if only the stack holds it, else into a new float; the other operand is released."""
        v = BINOPS[op][2](a.value, b.value)
        if a.ob_refcnt == 1:
            a.value = v
            self.decref(b)
            return a
        if b.ob_refcnt == 1:
            b.value = v
            self.decref(a)
            return b
        r = self.new_float(v)
        self.decref(a)
        self.decref(b)
        return r

    def host_arith(self: Runtime, op: str, av: Any, bv: Any) -> Any:
        try:
            return BINOPS[op][2](av, bv)
        except ZeroDivisionError as e:
            msg = str(e)
            if msg in ("integer division or modulo by zero", "integer modulo by zero", "division by zero",
                       "float division by zero", "float modulo", "float floor division by zero",
                       "integer division by zero", "float modulo by zero"):
                msg = self.zero_division_message(op, av, bv, msg)
            self.raise_type("ZeroDivisionError", msg)
        except OverflowError as e:
            self.raise_type("OverflowError", str(e))
        except ValueError as e:
            self.raise_type("ValueError", str(e))
        except TypeError as e:
            self.raise_type("TypeError", str(e))

    def zero_division_message(self: Runtime, op: str, av: Any, bv: Any, host: str) -> str:
        both_int = isinstance(av, int) and isinstance(bv, int)
        if op == "/":
            return "division by zero" if both_int else "float division by zero"
        if op in ("//", "%", "divmod"):
            # long_divrem / float_floor_div / float_rem wording, fact zero_division_messages
            key = ("int" if both_int else "float") + op
            return self.profile.interp.zero_division_messages.get(
                key, "integer division or modulo by zero" if both_int else "float divmod()")
        if op == "**":
            return "0.0 cannot be raised to a negative power"
        return host

    def binary_op1(self: Runtime, op: str, a: HObject, b: HObject) -> HObject | None:
        """binary_op1: a.__op__(b), then b.__rop__(a) (subclass first); None if both decline."""
        from .btypes import builtin_binop
        name, rname, _ = BINOPS[op]
        ta, tb = a.ob_type, b.ob_type
        # a Python class's own slot comes before the builtin's
        builtin_first = ta.static and tb.static or not py_overrides(BINOPS[op], a, b)
        if builtin_first:
            r = builtin_binop(self, op, a, b)
            if r is not None and r is not self.notimplemented:
                return r
        fa = type_lookup(ta, name) if not ta.static else None
        fb = type_lookup(tb, rname) if (tb is not ta and not tb.static) else None
        # a builtin base's own slot wrapper is the builtin_binop above, not a second call
        fa = None if isinstance(fa, HDescr) else fa
        fb = None if isinstance(fb, HDescr) else fb
        if fb is not None and fa is not None and tb in ta.extra.mro[1:]:
            fb = None
        if fb is not None and ta in tb.extra.mro[1:]:
            r = self.call(fb, [b, a], None)
            if r is not self.notimplemented:
                return r
            self.decref(r)
            fb = None
        if fa is not None:
            r = self.call(fa, [a, b], None)
            if r is not self.notimplemented:
                return r
            self.decref(r)
        if fb is not None:
            r = self.call(fb, [b, a], None)
            if r is not self.notimplemented:
                return r
            self.decref(r)
        if not builtin_first:
            r = builtin_binop(self, op, a, b)
            if r is not None and r is not self.notimplemented:
                return r
        return None

    def inplace_op(self: Runtime, op: str, a: HObject, b: HObject) -> HObject:
        """PyNumber_InPlace<op>: a.__iop__(b) if defined, else the binary operator."""
        ta = a.ob_type
        if not ta.static:    # a Python class's own __iop__ first, then its builtin base's slot
            m = type_lookup(ta, INPLACE[op])
            if m is not None and not isinstance(m, HDescr):     # a builtin base's: the slots below
                r = self.call(m, [a, b], None)
                if r is not self.notimplemented:
                    return r
                self.decref(r)
        if isinstance(a, HList):
            if op == "+":   # list_inplace_concat: list_extend
                from .containers import list_extend_from
                list_extend_from(self, a, b)
                self.incref(a)
                return a
            if op == "*":
                from .builtin_slots import list_inplace_repeat
                return list_inplace_repeat(self, a, self.index(b))
        if isinstance(a, HSet) and self.t_set in ta.extra.mro and op in ("|", "&", "-", "^"):
            from .btypes import set_inplace
            return set_inplace(self, op, a, b)
        if isinstance(a, HDict) and self.t_dict in ta.extra.mro and op == "|":
            from .btypes import dict_update_from
            dict_update_from(self, a, b)
            self.incref(a)
            return a
        try:
            return self.binary_op(op, a, b)
        except PyErr as err:
            if err.type is self.builtin_types["TypeError"] and _first_arg(err).startswith("unsupported operand"):
                self.clear_error(err)     # binary_iop1 raises its own message: this one never was
                self.raise_type("TypeError", f"unsupported operand type(s) for {op}=: "
                                f"'{self.type_name(a)}' and '{self.type_name(b)}'")
            raise

    def unary_op(self: Runtime, op: str, a: HObject) -> HObject:
        name = {"-": "__neg__", "+": "__pos__", "~": "__invert__"}[op]
        if isinstance(a, HLeaf) and type(a.value) in (int, float, complex, bool) and not py_defines(a.ob_type, name):
            v = a.value
            if op == "-":
                return self.from_host(-v)
            if op == "+":
                return self.from_host(+v)
            if op == "~" and not isinstance(v, (float, complex)):
                return self.from_host(~v)
        m = type_lookup(a.ob_type, name)
        if m is not None and not isinstance(m, HDescr):
            return self.call(m, [a], None)
        self.raise_type("TypeError", f"bad operand type for unary {op}: '{self.type_name(a)}'")
        raise AssertionError

    # ------------------------------------------------------------------ comparisons
    def eq(self: Runtime, a: HObject, b: HObject) -> bool:
        """PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality."""
        if a is b:
            return True
        r = self.compare("==", a, b)
        t = self.truthy(r)
        self.decref(r)
        return t

    def compare(self: Runtime, op: str, a: HObject, b: HObject) -> HObject:
        """PyObject_RichCompare: a new reference."""
        suffix = self.profile.interp.compare_recursion_suffix
        if suffix is not None and self.depth >= self.recursion_limit:
            # Py_EnterRecursiveCall(" in comparison"): the comparison counts as one more level
            self.raise_type("RecursionError", self.profile.interp.recursion_message + suffix)
        if isinstance(a, HLeaf) and isinstance(b, HLeaf) and (
                a.ob_type.static and b.ob_type.static or not py_overrides(COMPARE[op], a, b)):
            r = self.leaf_compare(op, a, b)
            if r is not None:
                return r
        name, rname, _fn = COMPARE[op]
        ta, tb = a.ob_type, b.ob_type
        checked_reverse = False
        if ta is not tb and not tb.static and ta in tb.extra.mro[1:]:
            m = type_lookup(tb, rname)
            if m is not None and not isinstance(m, HDescr):
                checked_reverse = True
                r = self.call(m, [b, a], None)
                if r is not self.notimplemented:
                    return r
                self.decref(r)
        m = type_lookup(ta, name)
        if m is not None and not isinstance(m, HDescr):
            r = self.call(m, [a, b], None)
            if r is not self.notimplemented:
                return r
            self.decref(r)
        elif isinstance(m, HDescr) and m.kind == "method" and not builtin_slot_owner(m.owner):
            r = m.fn(self, a, [b], None)
            if r is not self.notimplemented:
                return r
            self.decref(r)
        else:
            from .btypes import builtin_compare
            r = self.inverted_eq(ta, a, b) if op == "!=" else None
            if r is None:
                r = builtin_compare(self, op, a, b)
            if r is not None:
                return r
        if not checked_reverse:
            m = type_lookup(tb, rname)
            if m is not None and not isinstance(m, HDescr):
                r = self.call(m, [b, a], None)
                if r is not self.notimplemented:
                    return r
                self.decref(r)
            elif isinstance(m, HDescr) and m.kind == "method" and not builtin_slot_owner(m.owner):
                r = m.fn(self, b, [a], None)     # the reflected tp_richcompare of a builtin type
                if r is not self.notimplemented:
                    return r
                self.decref(r)
            else:
                from .btypes import builtin_compare
                r = self.inverted_eq(tb, b, a) if op == "!=" else None
                if r is None:
                    r = builtin_compare(self, COMPARE_SWAP[op], b, a)
                if r is not None:
                    return r
        if op == "==":
            return self.new_bool(a is b)
        if op == "!=":
            return self.new_bool(a is not b)
        self.raise_type("TypeError", f"'{op}' not supported between instances of '{ta.name}' and '{tb.name}'")
        raise AssertionError

    def leaf_compare(self: Runtime, op: str, a: HLeaf, b: HLeaf) -> HObject | None:
        """The leaf types' tp_richcompare (long_richcompare, float_richcompare, unicode_richcompare,
        ...) for two leaf operands; None where they do not order the pair."""
        av, bv = a.value, b.value
        if type(av) in (int, float, bool, str, bytes) and type(bv) in (int, float, bool, str, bytes):
            try:
                return self.new_bool(COMPARE[op][2](av, bv))
            except TypeError:
                return None
        if op in ("==", "!="):
            return self.new_bool(COMPARE[op][2](av, bv))
        return None

    def inverted_eq(self: Runtime, tp: HType, x: HObject, y: HObject) -> HObject | None:
        """object_richcompare for Py_NE: object.__ne__ calls the class's own __eq__ and inverts its
        result; None when `tp` (a heap type) has no __eq__ of its own or it returned NotImplemented."""
        if tp.static:
            return None
        eq = type_lookup(tp, "__eq__")
        if eq is None or isinstance(eq, HDescr):
            return None
        r = self.call(eq, [x, y], None)
        if r is self.notimplemented:
            self.decref(r)
            return None
        try:
            t = self.truthy(r)
        finally:
            self.decref(r)
        return self.new_bool(not t)

    def contains(self: Runtime, container: HObject, item: HObject) -> bool:
        """PySequence_Contains: a Python class's own __contains__ (slot_sq_contains), else the builtin's,
        else iteration."""
        tp = container.ob_type
        m = None if tp.static else type_lookup(tp, "__contains__")
        if m is None or isinstance(m, HDescr):
            found = self.builtin_contains(container, item)
            if found is not None:
                return found
        return self.contains_slot(container, item)

    def builtin_contains(self: Runtime, container: HObject, item: HObject) -> bool | None:
        """sq_contains of the builtin kinds (list_contains, dict_contains, PyUnicode_Contains, ...);
        None for others."""
        if isinstance(container, (HList, HTuple)):
            return any(x is item or self.eq(x, item) for x in list(container.items))
        if isinstance(container, HSet):     # set_contains: a set looked up as a frozenset
            from .settable import set_key_token
            return set_key_token(self, item) in container.entries
        if isinstance(container, HDict):
            return self.key_token(item) in container.entries
        if isinstance(container, HLeaf):
            cv, iv = container.value, item.value if isinstance(item, HLeaf) else None
            if isinstance(cv, str):
                if not isinstance(iv, str):
                    self.raise_type("TypeError", f"'in <string>' requires string as left operand, not "
                                    f"{self.type_name(item)}")
                return iv in cv
            if isinstance(cv, bytes):
                return iv in cv
            if isinstance(cv, range):
                return iv in cv
        return None

    def contains_slot(self: Runtime, container: HObject, item: HObject) -> bool:
        """The type's __contains__, or iteration (_PySequence_IterSearch)."""
        m = type_lookup(container.ob_type, "__contains__")
        if m is not None and not (isinstance(m, HDescr) and m.kind != "method"):
            # sq_contains: a class's __contains__, or a builtin type's own (3.13's FrameLocalsProxy)
            r = m.fn(self, container, [item], None) if isinstance(m, HDescr) else \
                self.call(m, [container, item], None)
            t = self.truthy(r)
            self.decref(r)
            return t
        it = self.get_iter(container)
        try:
            while True:
                x = self.iter_next(it)
                if x is None:
                    return False
                found = x is item or self.eq(x, item)
                self.decref(x)
                if found:
                    return True
        finally:
            self.decref(it)


COMPARE_SWAP = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "==", "!=": "!="}


def builtin_slot_owner(owner: str) -> bool:
    """`owner` is one of the builtin types whose tp_richcompare is builtin_compare here (their __eq__
    ... are slot wrappers of that code, builtin_slots.py, which imports this module)."""
    from .builtin_slots import SLOTDEFS
    return owner in SLOTDEFS


def py_defines(tp: HType, name: str) -> bool:
    """`tp` is a Python class whose MRO gives `name` a Python-level definition (a slot_* function
    replaces the builtin base's slot)."""
    if tp.static:
        return False
    m = type_lookup(tp, name)
    return m is not None and not isinstance(m, HDescr)


def py_overrides(names: tuple, a: HObject, b: HObject) -> bool:
    """Either operand's Python class defines the operator (`names`: method, reflected method, ...)."""
    return py_defines(a.ob_type, names[0]) or py_defines(b.ob_type, names[1])


def _first_arg(err: PyErr) -> str:
    """The message an error was raised with (its first argument), read without normalizing it."""
    v = err.raw.value if err.raw is not None else err.exc
    if isinstance(v, HExc):
        v = v.args.items[0] if v.args is not None and v.args.items else None
    return str(v.value) if isinstance(v, HLeaf) else ""


__all__ = ["BINOPS", "COMPARE", "HInstance", "HType", "IdKey", "Ops", "UserKey"]


def super_repr(su: Any) -> str:
    """super_repr (Objects/typeobject.c): the tp_names of the starting class and of the object's type
    (the object itself when it is a class)."""
    cls, obj = su.refs
    if obj is None:
        return f"<super: <class '{cls.name}'>, NULL>"
    obj_type = obj if isinstance(obj, HType) else obj.ob_type
    return f"<super: <class '{cls.name}'>, <{obj_type.name} object>>"
