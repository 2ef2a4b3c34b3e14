"""Expression compilation: one method per AST node kind, each returning ``ev(f) -> new reference``.

Stack discipline: an operand evaluated into a host local is a value-stack entry; the closure releases
it exactly when CPython's instruction would (after the operation, in pop order).

Past 800 lines because it is the one dispatch table of expression kinds (`e_<Node>`); each method
is short, and splitting them by theme would scatter the shared stack helpers.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HCell, HDict, HLeaf, HList, HTuple
from ..heap.objects import HObject, HType
from .btypes import type_call_keywords
from .compile_fold import optimize_format
from .errors import PyErr
from .frames import call_function, new_frame, run_frame
from .objects import HBuiltin, HDescr, HFunction, HMethod, is_vectorcall
from .ops import BinaryOpCache
from .typesys import type_lookup

if TYPE_CHECKING:
    from .compiler import Compiler

Ev = Callable[[Any], HObject]
FOLD_OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
            ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitAnd: "&", ast.BitOr: "|",
            ast.BitXor: "^", ast.MatMult: "@"}
CMP_OPS = {ast.Lt: "<", ast.LtE: "<=", ast.Eq: "==", ast.NotEq: "!=", ast.Gt: ">", ast.GtE: ">="}


def node_pos(node: ast.AST) -> tuple[int, int, int, int] | None:
    """(lineno, end_lineno, col, end_col) of a node, None for a node the compiler synthesised."""
    line = getattr(node, "lineno", None)
    if line is None:
        return None
    return (line, getattr(node, "end_lineno", line) or line, node.col_offset,
            getattr(node, "end_col_offset", node.col_offset) or node.col_offset)


def name_is_debug(node: ast.expr) -> bool:
    """A load of `__debug__`, which Python/ast_opt.c astfold_expr (3.8-3.13) replaces by the constant
    `not optimize` — True, as heapglass runs without -O ([RUN 3.8.18-3.13.0] dis: LOAD_CONST True).
    A store or delete is the host compiler's SyntaxError ("cannot assign to __debug__")."""
    return isinstance(node, ast.Name) and node.id == "__debug__" and isinstance(node.ctx, ast.Load)


class ExprCompiler:
    """Expression half of the `Compiler`."""

    def expr(self: Compiler, node: ast.expr) -> Ev:
        m = getattr(self, "e_" + type(node).__name__, None)
        if m is None:
            kind = type(node).__name__
            raise self.unsupported("await" if kind == "Await" else f"expression {kind}", node)
        return m(node)

    def position(self: Compiler, node: ast.AST) -> tuple | None:
        """node_pos plus the caret anchors of PEP 657 tracebacks: (kind, start, end) of the part
        printed with '^' when the rest of the segment gets '~' (operator of a binary operation,
        brackets of a subscript, parentheses of a call)."""
        pos = node_pos(node)
        if pos is None or pos[0] != pos[1]:
            return pos
        lines = self.source_lines
        line = lines[pos[0] - 1] if 0 < pos[0] <= len(lines) else ""

        def skip(i: int, chars: str) -> int:
            while i < len(line) and line[i] in chars:
                i += 1
            return i
        anchor = None
        if isinstance(node, ast.BinOp) and node.left.end_lineno == node.lineno:
            start = skip(node.left.end_col_offset, " )\\")
            end = start + 1
            if end < len(line) and not line[end].isspace() and line[end] in "*/<>=":
                end += 1
            anchor = ("BinOp", start, end)
        elif isinstance(node, ast.Subscript) and node.value.end_lineno == node.lineno:
            anchor = ("Subscript", skip(node.value.end_col_offset, " )"), node.slice.end_col_offset + 1)
        elif isinstance(node, ast.Call) and node.func.end_lineno == node.lineno:
            anchor = ("Call", skip(node.func.end_col_offset, " )"), node.end_col_offset)
        return pos + (anchor,)

    def guard(self: Compiler, node: ast.AST, ev: Ev) -> Ev:
        """Record where an exception raised by `ev` passed through the frame (the instruction
        position a traceback entry shows)."""
        pos = self.position(node)

        def guarded(f: Any) -> HObject:
            try:
                return ev(f)
            except PyErr as e:
                if e.pos_frame is not f and pos is not None:
                    e.pos_frame = f
                    f.pos = pos
                raise
        return guarded

    # ------------------------------------------------------------------ constants
    def folded(self: Compiler, node: ast.expr) -> Any:
        """The constant value of `node` after CPython's AST optimizer folding, or a sentinel."""
        if isinstance(node, ast.Constant):
            return node.value
        if name_is_debug(node):
            return True     # ast_opt.c astfold_expr: make_const(PyBool_FromLong(!optimize)), no -O
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd, ast.Invert)):
            v = self.folded(node.operand)
            if v is not NOT_CONST and isinstance(v, (int, float, complex)) and not isinstance(v, bool):
                if isinstance(node.op, ast.USub):
                    return -v
                if isinstance(node.op, ast.UAdd):
                    return +v
                if not isinstance(v, (float, complex)):
                    return ~v
        if isinstance(node, ast.Tuple) and isinstance(node.ctx, ast.Load):
            vals = [self.folded(e) for e in node.elts]
            if all(v is not NOT_CONST for v in vals):
                return tuple(vals)
        if isinstance(node, ast.BinOp) and type(node.op) in FOLD_OPS:
            a, b = self.folded(node.left), self.folded(node.right)
            if a is NOT_CONST or b is NOT_CONST:
                return NOT_CONST
            op = FOLD_OPS[type(node.op)]
            if isinstance(a, (int, float)) and isinstance(b, (int, float)) and op != "@":
                if op == "**" and isinstance(b, int) and (b > 128 or b < 0 and isinstance(a, int)):
                    return NOT_CONST
                if op in ("<<",) and isinstance(b, int) and b > 128:
                    return NOT_CONST
                try:
                    r = eval_binop(op, a, b)
                except (ArithmeticError, ValueError, TypeError):
                    return NOT_CONST
                if isinstance(r, int) and r.bit_length() > 128:
                    return NOT_CONST
                return r
            if isinstance(a, (str, bytes)) and isinstance(b, type(a)) and op == "+":
                return a + b if len(a) + len(b) <= 4096 else NOT_CONST
            if isinstance(a, (str, bytes)) and isinstance(b, int) and op == "*" and len(a) * b <= 4096:
                return a * b
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and \
                not isinstance(node.slice, ast.Slice):
            # ast_opt.c fold_subscr: a constant indexed by a constant ("abc"[1], (1, 2)[0]) is the
            # item, if PyObject_GetItem succeeds
            v, i = self.folded(node.value), self.folded(node.slice)
            if v is NOT_CONST or i is NOT_CONST or not isinstance(v, (str, bytes, tuple)) or \
                    not isinstance(i, int):
                return NOT_CONST
            try:
                return v[i]
            except IndexError:
                return NOT_CONST
        return NOT_CONST

    def e_Constant(self: Compiler, node: ast.Constant) -> Ev:
        order = self.frozen_orders.get(id(node)) if type(node.value) is frozenset else None
        return self.const_ev(node.value if order is None else order)   # compile_fold.FrozenConst

    def const_ev(self: Compiler, value: Any) -> Ev:
        c = self.const(value)
        incref = self.rt.incref

        def ev(f: Any) -> HObject:
            incref(c)
            return c
        return ev

    # ------------------------------------------------------------------ names
    def e_Name(self: Compiler, node: ast.Name) -> Ev:
        """LOAD_FAST / LOAD_DEREF / LOAD_GLOBAL / LOAD_NAME (LOAD_CLASSDEREF). Not wrapped in a guard:
        the position is recorded only on the error path (names are the hottest expressions)."""
        if name_is_debug(node):
            return self.const_ev(True)     # folded to LOAD_CONST True (astfold_expr, see `folded`)
        rt = self.rt
        name = node.id
        kind = self.scope.sym_scope(name)
        incref = rt.incref
        pos = self.position(node)

        def fail(f: Any, type_name: str, message: str) -> None:
            try:
                if type_name == "NameError":
                    rt.raise_name_error(message, name)
                rt.raise_type(type_name, message)
            except PyErr as e:
                e.pos_frame, f.pos = f, pos
                raise
        if kind == "fast":
            i = self.scope.code.slots[name]

            def load_fast(f: Any) -> HObject:
                v = f.fast[i]
                if v is None:
                    fail(f, "UnboundLocalError", self.unbound_message(name))
                incref(v)
                return v
            return load_fast
        if kind in ("cell", "free"):
            i = self.scope.code.slots[name]
            free_msg = (f"cannot access free variable '{name}' where it is not associated with a value in "
                        "enclosing scope" if rt.profile.interp.traceback_carets else
                        f"free variable '{name}' referenced before assignment in enclosing scope")

            def load_deref(f: Any) -> HObject:
                v = f.fast[i].ob_ref
                if v is None:
                    if kind == "cell":
                        fail(f, "UnboundLocalError", self.unbound_message(name))
                    fail(f, "NameError", free_msg)
                incref(v)
                return v
            return load_deref
        builtins = rt.builtins_dict.entries
        if kind == "global":
            def load_global(f: Any) -> HObject:
                e = f.globals.entries.get(name) or builtins.get(name)
                if e is None:
                    fail(f, "NameError", f"name '{name}' is not defined")
                incref(e[1])
                return e[1]
            return load_global
        slot = self.scope.code.slots.get(name) if kind == "classderef" else None

        def load_name(f: Any) -> HObject:
            e = f.locals.entries.get(name) or f.globals.entries.get(name) or builtins.get(name)
            if e is None:
                if slot is not None and f.fast[slot].ob_ref is not None:
                    v = f.fast[slot].ob_ref
                    incref(v)
                    return v
                fail(f, "NameError", f"name '{name}' is not defined")
            incref(e[1])
            return e[1]
        return load_name

    def unbound_message(self: Compiler, name: str) -> str:
        if self.rt.profile.interp.traceback_carets:
            return f"cannot access local variable '{name}' where it is not associated with a value"
        return f"local variable '{name}' referenced before assignment"

    # ------------------------------------------------------------------ operators
    def e_BinOp(self: Compiler, node: ast.BinOp) -> Ev:
        v = self.folded(node)
        if v is not NOT_CONST:
            return self.const_ev(v)
        rt = self.rt
        if rt.profile.gc.compile_optimizes_percent_format:
            joined = optimize_format(node, self.folded, NOT_CONST)
            if joined is not None:
                return self.e_JoinedStr(joined)
        left, right = self.expr(node.left), self.expr(node.right)
        op = FOLD_OPS[type(node.op)]
        binop, decref = rt.binary_op, rt.decref
        cache = self.binary_op_cache(op)
        t_float = rt.t_float

        def ev(f: Any) -> HObject:
            a = left(f)
            try:
                b = right(f)
            except BaseException:
                decref(a)
                raise
            if cache is not None and cache.specialised_for_floats(t_float, a, b):
                return rt.binary_op_float_reusing(op, a, b)
            try:
                return binop(op, a, b)
            finally:
                decref(a)
                decref(b)
        return self.guard(node, ev)

    def binary_op_cache(self: Compiler, op: str) -> BinaryOpCache | None:
        """The inline cache of a BINARY_OP site whose float specialisation can reuse an operand
        (profile fact float_binop_reuse_after), else None."""
        warmup = self.rt.profile.interp.float_binop_reuse_after
        if warmup is None or op not in ("+", "-", "*"):
            return None
        return BinaryOpCache(warmup)

    def e_UnaryOp(self: Compiler, node: ast.UnaryOp) -> Ev:
        v = self.folded(node)
        if v is not NOT_CONST:
            return self.const_ev(v)
        rt = self.rt
        operand = self.expr(node.operand)
        if isinstance(node.op, ast.Not):
            def not_(f: Any) -> HObject:
                o = operand(f)
                try:
                    return rt.new_bool(not rt.truthy(o))
                finally:
                    rt.decref(o)
            return self.guard(node, not_)
        op = {ast.USub: "-", ast.UAdd: "+", ast.Invert: "~"}[type(node.op)]

        def ev(f: Any) -> HObject:
            o = operand(f)
            try:
                return rt.unary_op(op, o)
            finally:
                rt.decref(o)
        return self.guard(node, ev)

    def e_BoolOp(self: Compiler, node: ast.BoolOp) -> Ev:
        rt = self.rt
        values = [self.expr(v) for v in node.values]
        is_and = isinstance(node.op, ast.And)

        def ev(f: Any) -> HObject:
            for i, v in enumerate(values):
                o = v(f)
                if i == len(values) - 1:
                    return o
                t = rt.truthy(o)
                if t != is_and:
                    return o
                rt.decref(o)
            raise AssertionError
        return ev

    def e_Compare(self: Compiler, node: ast.Compare) -> Ev:
        rt = self.rt
        left = self.expr(node.left)
        ops = node.ops
        comps = [self.expr(c) for c in node.comparators]

        def one(op: ast.cmpop, a: HObject, b: HObject) -> HObject:
            t = type(op)
            if t is ast.Is:
                return rt.new_bool(a is b)
            if t is ast.IsNot:
                return rt.new_bool(a is not b)
            if t is ast.In:
                return rt.new_bool(rt.contains(b, a))
            if t is ast.NotIn:
                return rt.new_bool(not rt.contains(b, a))
            return rt.compare(CMP_OPS[t], a, b)

        def ev(f: Any) -> HObject:
            a = left(f)
            for i, op in enumerate(ops):
                try:
                    b = comps[i](f)
                except BaseException:
                    rt.decref(a)
                    raise
                try:
                    r = one(op, a, b)
                finally:
                    rt.decref(a)
                if i == len(ops) - 1:
                    rt.decref(b)
                    return r
                if not rt.truthy(r):
                    rt.decref(b)
                    return r
                rt.decref(r)
                a = b
            raise AssertionError
        return self.guard(node, ev)

    def e_IfExp(self: Compiler, node: ast.IfExp) -> Ev:
        rt = self.rt
        test, body, orelse = self.expr(node.test), self.expr(node.body), self.expr(node.orelse)

        def ev(f: Any) -> HObject:
            t = test(f)
            b = rt.truthy(t)
            rt.decref(t)
            return body(f) if b else orelse(f)
        return ev

    def e_NamedExpr(self: Compiler, node: ast.NamedExpr) -> Ev:
        rt = self.rt
        value = self.expr(node.value)
        store = self.store_target(node.target)

        def ev(f: Any) -> HObject:
            v = value(f)
            rt.incref(v)
            store(f, v)
            return v
        return ev

    # ------------------------------------------------------------------ attributes and subscripts
    def e_Attribute(self: Compiler, node: ast.Attribute) -> Ev:
        rt = self.rt
        value = self.expr(node.value)
        name = node.attr

        def ev(f: Any) -> HObject:
            o = value(f)
            try:
                return rt.getattr(o, name)
            finally:
                rt.decref(o)
        return self.guard(node, ev)

    def e_Subscript(self: Compiler, node: ast.Subscript) -> Ev:
        folded = self.folded(node)
        if folded is not NOT_CONST:
            return self.const_ev(folded)
        rt = self.rt
        value = self.expr(node.value)
        index = self.expr(node.slice)

        def ev(f: Any) -> HObject:
            o = value(f)
            try:
                k = index(f)
            except BaseException:
                rt.decref(o)
                raise
            try:
                return rt.getitem(o, k)
            finally:
                rt.decref(o)
                rt.decref(k)
        return self.guard(node, ev)

    def e_Slice(self: Compiler, node: ast.Slice) -> Ev:
        """BUILD_SLICE (3.12+ BINARY_SLICE: _PyBuildSlice_ConsumeRefs): PySlice_New, called
        directly — no args tuple — and served from the one-slice cache."""
        from .methods import new_slice
        rt = self.rt
        parts = [self.expr(p) if p is not None else None for p in (node.lower, node.upper, node.step)]

        def ev(f: Any) -> HObject:
            vals = []
            for p in parts:
                vals.append(p(f) if p is not None else rt.new_none())
            try:
                return new_slice(rt, rt.t_slice, vals, None)
            finally:
                for v in vals:
                    rt.decref(v)
        return ev

    def e_Index(self: Compiler, node: Any) -> Ev:  # pragma: no cover - Python < 3.9 ASTs only
        return self.expr(node.value)

    # ------------------------------------------------------------------ displays
    def elements(self: Compiler, elts: list[ast.expr]) -> Callable[[Any], list[HObject]]:
        """Evaluate display elements (with *starred unpacking) into new references."""
        rt = self.rt
        parts = [(True, self.expr(e.value)) if isinstance(e, ast.Starred) else (False, self.expr(e)) for e in elts]

        def ev(f: Any) -> list[HObject]:
            out: list[HObject] = []
            try:
                for star, p in parts:
                    if star:
                        o = p(f)
                        try:
                            out.extend(rt.iterate_to_list(o))
                        finally:
                            rt.decref(o)
                    else:
                        out.append(p(f))
            except BaseException:
                for x in out:
                    rt.decref(x)
                raise
            return out
        return ev

    def unpack_display(self: Compiler, elts: list[ast.expr], call: bool = False) -> Callable[..., HList]:
        """starunpack_helper with *-elements: the new list they are gathered into (the closure takes
        the frame and, for a `call`'s arguments, the callee). 3.9+ (fact display_unpack_extends):
        BUILD_LIST of the elements before the first star, then LIST_EXTEND (list_extend) per starred
        value and LIST_APPEND (app1's list_resize) per later element, or BUILD_LIST 0 and appends
        throughout for a big_display; 3.8: list_unpack."""
        from .containers import list_extend_from
        rt = self.rt
        if not rt.profile.interp.display_unpack_extends:
            return self.list_unpack(elts, call)
        parts = [(True, self.expr(e.value)) if isinstance(e, ast.Starred) else (False, self.expr(e)) for e in elts]
        big = self.big_display(elts)

        def after_star(f: Any, fn: HObject | None = None) -> HList:
            lst: HList | None = rt.list_steal([]) if big else None   # BUILD_LIST 0, then appends
            pending: list[HObject] = []
            try:
                for star, p in parts:
                    if star and lst is None:
                        lst = rt.list_steal(pending)   # BUILD_LIST i
                        pending = []
                    o = p(f)
                    if star:
                        try:
                            list_extend_from(rt, lst, o)
                        except PyErr as err:
                            reword_star_error(rt, err, o, None)    # LIST_EXTEND
                            raise
                        finally:
                            rt.decref(o)
                    elif lst is None:
                        pending.append(o)
                    else:
                        rt.list_resize(lst, len(lst.items) + 1)
                        lst.items.append(o)
            except BaseException:
                for x in pending:
                    rt.decref(x)
                if lst is not None:
                    rt.decref(lst)
                raise
            assert lst is not None
            return lst
        return after_star

    def big_display(self: Compiler, elts: list[ast.expr]) -> bool:
        """More elements than fact display_stack_use_guideline allows on the stack at once."""
        limit = self.rt.profile.interp.display_stack_use_guideline
        return limit is not None and len(elts) > limit

    def list_unpack(self: Compiler, elts: list[ast.expr], call: bool) -> Callable[..., HList]:
        """3.8 BUILD_LIST_UNPACK (BUILD_TUPLE_UNPACK_WITH_CALL for a `call`'s arguments, whose
        errors name the callee): [] extended by each value; a run of plain elements is one
        BUILD_TUPLE."""
        from .containers import list_extend_from
        rt = self.rt
        values: list[Ev] = []
        for star, run in itertools.groupby(elts, lambda e: isinstance(e, ast.Starred)):
            if star:
                values.extend(self.expr(e.value) for e in run)
                continue
            values.append(self.tuple_of_run(list(run)))

        def list_unpack(f: Any, fn: HObject | None = None) -> HList:
            got: list[HObject] = []
            try:
                for v in values:
                    got.append(v(f))
                lst = rt.list_steal([])
                try:
                    for o in got:
                        try:
                            list_extend_from(rt, lst, o)
                        except PyErr as err:
                            if call:
                                reword_star_error(rt, err, o, fn)   # check_args_iterable
                            raise
                except BaseException:
                    rt.decref(lst)
                    raise
                return lst
            finally:
                for x in got:
                    rt.decref(x)
        return list_unpack

    def tuple_of_run(self: Compiler, elts: list[ast.expr]) -> Ev:
        """BUILD_TUPLE n of plain elements (a constant tuple when the optimizer folded them:
        fold_tuple_on_constants)."""
        consts = [self.folded(e) for e in elts]
        if NOT_CONST not in consts:
            return self.const_ev(tuple(consts))
        els = self.elements(elts)
        return lambda f: self.rt.tuple_steal(els(f))

    def e_Tuple(self: Compiler, node: ast.Tuple) -> Ev:
        v = self.folded(node)
        if v is not NOT_CONST:
            return self.const_ev(v)
        rt = self.rt
        if any(isinstance(e, ast.Starred) for e in node.elts) or self.big_display(node.elts):
            gather = self.unpack_display(node.elts)
            return self.guard(node, lambda f: _list_to_tuple(rt, gather(f)))
        els = self.elements(node.elts)
        return self.guard(node, lambda f: rt.tuple_steal(els(f)))

    def e_List(self: Compiler, node: ast.List) -> Ev:
        from ..alloc.sizes import list_display_capacity
        rt = self.rt
        all_const = all(self.folded(e) is not NOT_CONST for e in node.elts)
        if any(isinstance(e, ast.Starred) for e in node.elts) or self.big_display(node.elts) and not all_const:
            return self.guard(node, self.unpack_display(node.elts))
        els = self.elements(node.elts)
        cap = list_display_capacity(rt.profile.alloc, len(node.elts), all_const)
        return self.guard(node, lambda f: rt.list_steal(els(f), cap))

    def e_Set(self: Compiler, node: ast.Set) -> Ev:
        """starunpack_helper for a set display: BUILD_SET n (set_add_entry of each element); all
        constants, from fact display_consts_min on, SET_UPDATE of a constant frozenset into an
        empty set (set_merge: one resize up front); with *-elements, set_star_display."""
        from .settable import constant_frozenset, make_new_set, new_set_of, set_merge
        rt = self.rt
        elts = node.elts
        if any(isinstance(e, ast.Starred) for e in elts):
            return self.guard(node, self.set_star_display(elts))
        els = self.elements(elts)
        consts = [self.folded(e) for e in elts]
        threshold = rt.profile.alloc.display_consts_min
        if threshold is None or len(elts) < threshold or NOT_CONST in consts:
            return self.guard(node, lambda f: new_set_of(rt, rt.t_set, els(f), True))

        def from_frozenset(f: Any) -> HObject:
            s = make_new_set(rt, rt.t_set)
            keys = els(f)
            try:
                set_merge(rt, s, constant_frozenset(rt, keys))
            finally:
                for x in keys:
                    rt.decref(x)
            return s
        return self.guard(node, from_frozenset)

    def set_star_display(self: Compiler, elts: list[ast.expr]) -> Ev:
        """{..., *a, ...}. 3.9+ (fact display_unpack_extends): BUILD_SET of the elements before the
        first star, SET_UPDATE (set_update_internal: a set or dict merged, any other iterable added
        item by item) per starred value, SET_ADD per later element. 3.8: BUILD_SET_UNPACK, a new
        set updated in turn by each starred value and by a set built of each run of plain
        elements (BUILD_SET), all evaluated first."""
        from .settable import new_set_of, set_add, set_update_internal
        rt = self.rt
        if not rt.profile.interp.display_unpack_extends:
            values: list[Ev] = []
            for star, run in itertools.groupby(elts, lambda e: isinstance(e, ast.Starred)):
                if star:
                    values.extend(self.expr(e.value) for e in run)
                else:
                    els = self.elements(list(run))
                    values.append(lambda f, els=els: new_set_of(rt, rt.t_set, els(f), True))

            def set_unpack(f: Any) -> HObject:
                got: list[HObject] = []
                try:
                    for v in values:
                        got.append(v(f))
                    s = new_set_of(rt, rt.t_set, [], False)
                    try:
                        for o in got:
                            set_update_internal(rt, s, o)
                    except BaseException:
                        rt.decref(s)
                        raise
                    return s
                finally:
                    for x in got:
                        rt.decref(x)
            return set_unpack
        parts = [(True, self.expr(e.value)) if isinstance(e, ast.Starred) else (False, self.expr(e)) for e in elts]

        def set_update_display(f: Any) -> HObject:
            s: HObject | None = None
            pending: list[HObject] = []
            try:
                for star, p in parts:
                    if star and s is None:
                        s, pending = new_set_of(rt, rt.t_set, pending, True), []    # BUILD_SET i
                    o = p(f)
                    if s is None:
                        pending.append(o)
                        continue
                    try:
                        if star:
                            set_update_internal(rt, s, o)
                        else:
                            set_add(rt, s, o)
                    finally:
                        rt.decref(o)
            except BaseException:
                for x in pending:
                    rt.decref(x)
                if s is not None:
                    rt.decref(s)
                raise
            assert s is not None
            return s
        return set_update_display

    def e_Dict(self: Compiler, node: ast.Dict) -> Ev:
        from .methods import dict_update
        rt = self.rt
        pairs = [(self.expr(k) if k is not None else None, self.expr(v)) for k, v in zip(node.keys, node.values)]

        def ev(f: Any) -> HObject:
            vals = []
            try:
                for k, v in pairs:
                    vals.append((k(f) if k is not None else None, v(f)))
            except BaseException:
                for k, v in vals:
                    if k is not None:
                        rt.decref(k)
                    rt.decref(v)
                raise
            d = rt.new_dict()
            for i, (k, v) in enumerate(vals):
                try:
                    if k is None:   # DICT_UPDATE (3.8 BUILD_MAP_UNPACK): PyDict_Update, a mapping only
                        if not isinstance(v, HDict) and type_lookup(v.ob_type, "keys") is None:
                            rt.raise_type("TypeError", f"'{rt.type_name(v)}' object is not a mapping")
                        dict_update(rt, d, v)
                    else:
                        rt.dict_setitem(d, k, v)
                except BaseException:
                    for k2, v2 in vals[i:]:
                        if k2 is not None:
                            rt.decref(k2)
                        rt.decref(v2)
                    rt.decref(d)
                    raise
                if k is not None:
                    rt.decref(k)
                rt.decref(v)
            return d
        return self.guard(node, ev)

    def e_JoinedStr(self: Compiler, node: ast.JoinedStr) -> Ev:
        from .strings import format_value, text_object
        rt = self.rt
        parts: list[Any] = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(v.value)
            else:
                spec = self.expr(v.format_spec) if v.format_spec is not None else None
                parts.append((self.expr(v.value), v.conversion, spec))

        if len(parts) == 1 and not isinstance(parts[0], str):
            # one FormattedValue: FORMAT_VALUE's own result, no BUILD_STRING (an exact str formatted
            # with no spec is itself; an int's digits are a new string: strings.text_object)
            val1, conv1, spec1 = parts[0]

            def ev1(f: Any) -> HObject:
                o = val1(f)
                try:
                    s = spec1(f) if spec1 is not None else None
                    try:
                        text = format_value(rt, o, conv1, s)
                        # with a spec the type's __format__ built a new string
                        return rt.new_str(text) if s is not None and s.value else text_object(rt, o, text)
                    finally:
                        if s is not None:
                            rt.decref(s)
                finally:
                    rt.decref(o)
            return self.guard(node, ev1)

        def ev(f: Any) -> HObject:
            out = []
            for p in parts:
                if isinstance(p, str):
                    out.append(p)
                    continue
                val, conv, spec = p
                o = val(f)
                try:
                    s = spec(f) if spec is not None else None
                    try:
                        out.append(format_value(rt, o, conv, s))
                    finally:
                        if s is not None:
                            rt.decref(s)
                finally:
                    rt.decref(o)
            return rt.new_str("".join(out))
        return self.guard(node, ev)

    def e_FormattedValue(self: Compiler, node: ast.FormattedValue) -> Ev:
        return self.e_JoinedStr(ast.JoinedStr(values=[node], lineno=node.lineno, col_offset=node.col_offset,
                                              end_lineno=node.end_lineno, end_col_offset=node.end_col_offset))

    # ------------------------------------------------------------------ calls
    def e_Call(self: Compiler, node: ast.Call) -> Ev:
        from .containers import sequence_tuple
        rt = self.rt
        # each argument expression is compiled once (a lambda or comprehension in it is one scope)
        route = self.call_route(node)
        ex_call = route == "ex"
        ex_args = self.ex_callargs(node.args) if ex_call else None
        args = None if ex_call else self.elements(node.args)
        kwparts = [(k.arg, self.expr(k.value)) for k in node.keywords]
        has_kw = bool(kwparts)
        moves = rt.profile.interp.call_moves_args
        wrapper_descr = rt.t_wrapper_descr
        checkpoint = "call" in rt.gc_checkpoints
        exempt = rt.profile.interp.call_checkpoint_exempt
        if isinstance(node.func, ast.Attribute) and f"list.{node.func.attr}" in exempt:
            checkpoint = False   # decided at run time below for list methods
            list_method_exempt = True
        else:
            list_method_exempt = False
        if isinstance(node.func, ast.Name) and node.func.id in exempt:
            checkpoint = False
        gcstate = rt.heap.gc
        decref = rt.decref
        super_ev = self.zero_arg_super(node)
        stack_copy = rt.profile.interp.ex_call_stack_copy
        # 3.8 passes an exact dict given as the only keyword argument (f(**d)) through as is
        passes_dict = not rt.profile.interp.ex_call_copies_kwargs and len(node.keywords) == 1 and \
            node.keywords[0].arg is None
        dict_ev = kwparts[0][1] if passes_dict else None

        def ex_invoke(f: Any, fn: HObject, argv: list[HObject], callargs: HObject,
                      kw: dict[str, HObject] | None, kwd: HObject | None) -> HObject:
            """CALL_FUNCTION_EX: `callargs` (owned) holds `argv`, `kwd` (owned, or None) holds the
            values of `kw`, and a vectorcall callee gets the keywords' names as a new tuple
            (_PyStack_UnpackDict), which also copies every argument into a new stack array for the
            call's duration (without keywords the tuple's own item array is passed). From 3.12 a
            Python function's frame is pushed straight from them and they are released before it
            runs (_PyEvalFramePushAndInit_Ex). Any other callee gets PyObject_Call(fn, callargs,
            kwd): a METH_VARARGS builtin or a type without vectorcall receives callargs itself."""
            kwnames = rt.tuple_of([rt.str_const(k) for k in kw]) if kw and is_vectorcall(fn) else None
            if not stack_copy and isinstance(fn, HFunction):
                owned = list(argv) + (list(kw.values()) if kw else [])
                for o in owned:
                    rt.incref(o)
                return invoke(f, fn, owned[:len(argv)], dict(zip(kw, owned[len(argv):])) if kw else None,
                              pushed_from=(kwnames, callargs, kwd))
            stack = list(argv) + list(kw.values()) if kwnames is not None else []
            for o in stack:
                rt.incref(o)
            try:
                return rt.call(fn, list(argv), kw, argtuple=callargs)
            finally:
                for o in reversed(stack):
                    decref(o)
                for o in (kwnames, callargs, kwd):
                    if o is not None:
                        decref(o)
                decref(fn)

        def ex_kwargs(f: Any, fn: HObject) -> tuple[dict[str, HObject] | None, HObject | None]:
            """The keyword arguments of CALL_FUNCTION_EX: (values borrowed from the dict, the dict):
            3.8's exact ** dict itself, else a new dict (BUILD_MAP + DICT_MERGE) whenever the call
            has keywords."""
            if dict_ev is not None:
                o = dict_ev(f)
                if o.ob_type is rt.t_dict:
                    try:
                        return {keyword_name(rt, fn, k): v for (k, v) in o.entries.values()}, o
                    except PyErr:
                        decref(o)
                        raise
                kw = {}
                try:                         # any other mapping: PyDict_Update into a new dict
                    merge_kwargs(rt, fn, kw, o)
                except BaseException:
                    for v in kw.values():
                        decref(v)
                    raise
            elif node.keywords:
                kw = kwargs(f, fn)
            else:
                return None, None
            kwd = rt.new_dict()
            for k, v in (kw or {}).items():
                rt.dict_setitem_str(kwd, k, v, steal=True)
            return kw, kwd

        def kwargs(f: Any, fn: HObject | None = None) -> dict[str, HObject] | None:
            """The keyword arguments as a host dict (new references); `fn` is the callee, named
            when a ** argument is not a mapping."""
            if not has_kw:
                return None
            kw: dict[str, HObject] = {}
            try:
                for k, v in kwparts:
                    o = v(f)
                    if k is None:
                        merge_kwargs(rt, fn, kw, o)
                    else:
                        if k in kw:       # a keyword after a ** argument: DICT_MERGE of its map
                            decref(o)
                            rt.raise_type("TypeError", f"{function_str(rt, fn)} got multiple values for "
                                          f"keyword argument '{k}'")
                        kw[k] = o
            except BaseException:
                for o in kw.values():
                    decref(o)
                raise
            return kw

        def invoke(f: Any, fn: HObject, argv: list[HObject], kw: dict[str, HObject] | None,
                   self_: HObject | None = None, pushed_from: tuple[HObject | None, ...] = ()) -> HObject:
            try:
                if isinstance(fn, HFunction) and moves:
                    a, argv, k, kw = argv, [], kw, None     # the callee owns them now, even on error
                    r = call_function(rt, fn, a, k, True, pushed_from)
                elif isinstance(fn, HDescr) and self_ is not None:
                    # a slot wrapper has no vectorcall: _PyObject_MakeTpCall, wrapperdescr_call
                    r = rt.wrapperdescr_call(fn, argv, kw, None) if fn.ob_type is wrapper_descr else \
                        rt.varargs_method_call(fn, self_, argv[1:], kw) if fn.varargs else \
                        fn.fn(rt, self_, argv[1:], kw)
                    if list_method_exempt and fn.owner != "list" and gcstate.scheduled and \
                            "call" in rt.gc_checkpoints:
                        gcstate.run_scheduled()    # the same call on a non-list is a generic CALL
                elif isinstance(fn, HMethod) and moves and isinstance(fn.func, HFunction):
                    # CALL puts the bound method's self and function in its stack slots and drops
                    # the method before the call (3.11+ ceval.c CALL: Py_DECREF(callable))
                    method, fn = fn, fn.func
                    rt.incref(method.self_)
                    rt.incref(fn)
                    a, argv, k, kw = [method.self_, *argv], [], kw, None
                    decref(method)
                    r = call_function(rt, fn, a, k, True)
                elif isinstance(fn, HType) and kw:
                    r = type_call_keywords(rt, fn, argv, kw)
                elif kw and not is_vectorcall(fn):
                    r = make_tp_call_keywords(rt, fn, argv, kw)
                else:
                    r = rt.call(fn, argv, kw)
            finally:
                for i in range(len(argv) - 1, -1, -1):
                    decref(argv[i])
                if kw:
                    for o in kw.values():
                        decref(o)
                decref(fn)
            if checkpoint and gcstate.scheduled:
                gcstate.run_scheduled()
            return r

        func = node.func
        if super_ev is not None:
            return self.guard(node, super_ev)
        if route == "method":
            # LOAD_METHOD / CALL_METHOD: no bound method for a function found on the type
            obj_ev = self.expr(func.value)
            name = func.attr
            attr_pos = self.position(func)

            def call_method(f: Any) -> HObject:
                obj = obj_ev(f)
                tp = obj.ob_type
                descr = type_lookup(tp, name) if tp is not rt.t_type and tp is not rt.t_module and \
                    tp is not rt.t_super and rt.generic_getattro(tp) else None
                meth = None
                plain = isinstance(descr, HFunction) or (isinstance(descr, HDescr) and descr.kind == "method")
                if plain and not (hasattr(obj, "values") and rt.instance_attr(obj, name) is not None):
                    meth = descr
                if meth is None:
                    try:
                        fn = rt.getattr(obj, name)
                    except PyErr as e:
                        if e.pos_frame is not f and attr_pos is not None:
                            e.pos_frame, f.pos = f, attr_pos
                        raise
                    finally:
                        decref(obj)
                    try:
                        argv = args(f)
                        kw = kwargs(f)
                    except BaseException:
                        decref(fn)
                        raise
                    return invoke(f, fn, argv, kw)
                rt.incref(meth)
                try:
                    argv = args(f)
                    kw = kwargs(f)
                except BaseException:
                    decref(meth)
                    decref(obj)
                    raise
                return invoke(f, meth, [obj, *argv], kw, self_=obj if isinstance(meth, HDescr) else None)
            return self.guard(node, call_method)
        else:
            fev = self.expr(func)

        def call(f: Any) -> HObject:
            fn = fev(f)
            try:
                argv = args(f)
                kw = kwargs(f)
            except BaseException:
                decref(fn)
                raise
            return invoke(f, fn, argv, kw)

        def call_ex(f: Any) -> HObject:
            fn = fev(f)
            try:
                callargs = ex_args(f, fn)
            except BaseException:
                decref(fn)
                raise
            try:
                kw, kwd = ex_kwargs(f, fn)
            except BaseException:
                decref(callargs)
                decref(fn)
                raise
            if callargs.ob_type is not rt.t_tuple:
                # CALL_FUNCTION_EX: check_args_iterable, then PySequence_Tuple of the one *-value
                try:
                    try:
                        t = sequence_tuple(rt, callargs)
                    except PyErr as err:
                        reword_star_error(rt, err, callargs, fn)
                        raise
                    finally:
                        decref(callargs)
                except BaseException:
                    if kwd is not None:
                        decref(kwd)
                    decref(fn)
                    raise
                callargs = t
            r = ex_invoke(f, fn, list(callargs.items), callargs, kw, kwd)
            if stack_copy and checkpoint and gcstate.scheduled:
                gcstate.run_scheduled()
            return r
        return self.guard(node, call_ex if ex_call else call)

    def call_route(self: Compiler, node: ast.Call) -> str:
        """How compile.c calls: "ex" (CALL_FUNCTION_EX) with a *- or **-argument, or from 3.10 when
        the arguments would put more than STACK_USE_GUIDELINE (fact display_stack_use_guideline)
        entries on the stack (nelts + 2 * nkwelts: compiler_call_helper); "method" (LOAD_METHOD)
        for obj.name(...) unless maybe_optimize_method_call declines it (arguments past the
        guideline, argsl + kwdsl + (kwdsl != 0) >= it; keywords where fact method_call_keywords is
        False); else "plain" (the callee evaluated, then CALL)."""
        nargs, nkw = len(node.args), len(node.keywords)
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            return "ex"
        limit = self.rt.profile.interp.display_stack_use_guideline
        if isinstance(node.func, ast.Attribute) and (limit is None or nargs + nkw + (nkw != 0) < limit) and \
                (nkw == 0 or self.rt.profile.interp.method_call_keywords):
            return "method"
        return "ex" if limit is not None and nargs + 2 * nkw > limit else "plain"

    def ex_callargs(self: Compiler, elts: list[ast.expr]) -> Callable[[Any, HObject], HObject]:
        """The positional arguments of CALL_FUNCTION_EX (a new reference; `fn` is the callee): the
        *-argument itself when it is the only one (CALL_FUNCTION_EX makes a tuple of it unless it
        is an exact tuple), else a list the arguments are gathered into and its tuple
        (unpack_display + LIST_TO_TUPLE; 3.8 BUILD_TUPLE_UNPACK_WITH_CALL); a BUILD_TUPLE of plain
        ones (f(a, **d)); the empty tuple when there are none (f(**d))."""
        rt = self.rt
        if not elts:
            return lambda f, fn: rt.tuple_steal([])
        if len(elts) == 1 and isinstance(elts[0], ast.Starred):
            star = self.expr(elts[0].value)
            return lambda f, fn: star(f)
        if not any(isinstance(e, ast.Starred) for e in elts) and \
                not (self.big_display(elts) and NOT_CONST in [self.folded(e) for e in elts]):   # f(a, **kw)
            run = self.tuple_of_run(elts)
            return lambda f, fn: run(f)
        gather = self.unpack_display(elts, call=True)
        return lambda f, fn: _list_to_tuple(rt, gather(f, fn))

    def zero_arg_super(self: Compiler, node: ast.Call) -> Ev | None:
        """super() with no arguments: super(__class__, <first argument>)."""
        if not (isinstance(node.func, ast.Name) and node.func.id == "super" and not node.args and
                self.scope.kind == "function" and "__class__" in self.scope.code.slots):
            return None
        rt = self.rt
        cls_slot = self.scope.code.slots["__class__"]
        code = self.scope.code
        first = code.varnames[0] if code.argcount else None
        first_slot = code.slots.get(first) if first else None

        def ev(f: Any) -> HObject:
            from .builtins_mod import make_super
            cls = f.fast[cls_slot].ob_ref
            obj = f.fast[first_slot] if first_slot is not None else None
            if isinstance(obj, HCell):
                obj = obj.ob_ref
            if cls is None:
                rt.raise_type("RuntimeError", "super(): empty __class__ cell")
            if obj is None:
                rt.raise_type("RuntimeError", "super(): no arguments")
            return make_super(rt, cls, obj)
        return ev

    # ------------------------------------------------------------------ functions
    def e_Lambda(self: Compiler, node: ast.Lambda) -> Ev:
        return self.make_function(node, "<lambda>", [ast.Return(value=node.body, lineno=node.lineno,
                                                                col_offset=node.col_offset,
                                                                end_lineno=node.end_lineno,
                                                                end_col_offset=node.end_col_offset)],
                                  "lambda")

    def e_ListComp(self: Compiler, node: Any) -> Ev:
        return self.comprehension(node, "<listcomp>", "listcomp")

    def e_SetComp(self: Compiler, node: Any) -> Ev:
        return self.comprehension(node, "<setcomp>", "setcomp")

    def e_DictComp(self: Compiler, node: Any) -> Ev:
        return self.comprehension(node, "<dictcomp>", "dictcomp")

    def e_GeneratorExp(self: Compiler, node: Any) -> Ev:
        return self.comprehension(node, "<genexpr>", "genexpr")

    def e_Yield(self: Compiler, node: ast.Yield) -> Ev:
        from .generators import gen_yield
        rt = self.rt
        value = self.expr(node.value) if node.value is not None else None

        bare = self.scope.handler_depth == 0    # no try/with around it in its function

        def ev(f: Any) -> HObject:
            v = value(f) if value is not None else rt.new_none()
            return gen_yield(rt, f, v, bare=bare)
        return self.guard(node, ev)

    def e_YieldFrom(self: Compiler, node: ast.YieldFrom) -> Ev:
        from .generators import gen_yield_from
        rt = self.rt
        value = self.expr(node.value)

        return self.guard(node, lambda f: gen_yield_from(rt, f, value(f)))

    def e_Starred(self: Compiler, node: ast.Starred) -> Ev:
        raise self.unsupported("starred expression here", node)

    def e_Await(self: Compiler, node: ast.Await) -> Ev:
        raise self.unsupported("await", node)


def make_tp_call_keywords(rt: Any, fn: HObject, args: list[HObject], kw: dict[str, HObject]) -> HObject:
    """_PyObject_MakeTpCall for keywords at a vectorcall site (CALL_FUNCTION_KW, CALL with kwnames)
    reaching a callee without vectorcall: tp_call takes them as a new dict (_PyStack_AsDict)."""
    kwd = rt.new_dict()
    for k, v in kw.items():
        rt.incref(v)
        rt.dict_setitem_str(kwd, k, v, steal=True)
    try:
        return rt.call(fn, args, kw)
    finally:
        rt.decref(kwd)


def not_a_mapping(rt: Any, fn: HObject | None, o: HObject) -> None:
    """format_kwargs_error (Python/ceval.c): "<callee> argument after ** must be a mapping, not
    <type>"; releases `o` (owned) and raises."""
    tname = rt.type_name(o)
    rt.decref(o)
    shown = function_str(rt, fn) if fn is not None else ""
    rt.raise_type("TypeError", f"{shown} argument after ** must be a mapping, not {tname}".lstrip())


def lacks_tp_iter(rt: Any, o: HObject) -> bool:
    """Py_TYPE(o)->tp_iter == NULL && !PySequence_Check(o): what check_args_iterable and
    LIST_EXTEND test before they reword a failed *-unpacking."""
    from .objects import HSet
    tp = o.ob_type
    if isinstance(o, (HList, HTuple, HDict, HSet)) or tp.extra.layout in ("iter", "view") or \
            tp is rt.t_generator or isinstance(o, HLeaf) and isinstance(o.value, (str, bytes, range)):
        return False
    return type_lookup(tp, "__iter__") is None and type_lookup(tp, "__getitem__") is None


def reword_star_error(rt: Any, err: PyErr, o: HObject, fn: HObject | None) -> None:
    """A TypeError from unpacking the *-value `o` that is not iterable at all becomes "<callee>
    argument after * must be an iterable, not <type>" (check_args_iterable: CALL_FUNCTION_EX, 3.8's
    BUILD_TUPLE_UNPACK_WITH_CALL; `fn` the callee) or "Value after * must be an iterable, not
    <type>" (LIST_EXTEND, 3.9+; `fn` None); any other error is left as it is."""
    if not (rt.exception_matches(err, "TypeError") and lacks_tp_iter(rt, o)):
        return
    rt.clear_error(err)
    shown = f"{function_str(rt, fn)} argument" if fn is not None else "Value"
    rt.raise_type("TypeError", f"{shown} after * must be an iterable, not {rt.type_name(o)}")


def merge_kwargs(rt: Any, fn: HObject | None, kw: dict[str, HObject], o: HObject) -> None:
    """DICT_MERGE (3.8 BUILD_MAP_UNPACK_WITH_CALL): _PyDict_MergeEx(kwargs, o, 2) into `kw` (new
    references): a dict's entries, else o.keys() and o[key] for each; a key already there is
    format_kwargs_error's "<callee> got multiple values for keyword argument '<key>'", a
    mapping without keys() its "argument after ** must be a mapping". Releases `o` (owned)."""
    owned_keys = not isinstance(o, HDict)
    try:
        if not owned_keys:
            items = list(o.entries.values())
        elif type_lookup(o.ob_type, "keys") is None:
            rt.incref(o)
            not_a_mapping(rt, fn, o)
        else:
            ks = rt.call_method(o, "keys", [])
            try:
                items = [(k, None) for k in rt.iterate_to_list(ks)]
            finally:
                rt.decref(ks)
        try:
            for k, v in items:
                name = keyword_name(rt, fn, k)
                if name in kw:
                    rt.raise_type("TypeError", f"{function_str(rt, fn)} got multiple values for keyword "
                                  f"argument '{name}'")
                if v is None:
                    v = rt.getitem(o, k)
                else:
                    rt.incref(v)
                kw[name] = v
        finally:
            if owned_keys:
                for k, _ in items:
                    rt.decref(k)
    finally:
        rt.decref(o)


def keyword_name(rt: Any, fn: HObject | None, key: HObject) -> str:
    """A ** argument's key as a keyword name: TypeError "keywords must be strings" unless it is a
    str (3.8's _PyEval_EvalCodeWithName names the function first; fact function_str_qualified)."""
    if isinstance(key, HLeaf) and isinstance(key.value, str):
        return key.value
    plain = _class_taking_no_arguments(rt, fn)
    if plain is not None:
        rt.raise_type("TypeError", f"{plain}() takes no arguments")
    code = _python_code_called(fn) if fn is not None and not rt.profile.interp.function_str_qualified else None
    rt.raise_type("TypeError", f"{rt.as_str(code.name)}() keywords must be strings" if code is not None
                  else "keywords must be strings")
    raise AssertionError


def _class_taking_no_arguments(rt: Any, fn: HObject | None) -> str | None:
    """The name of a class whose call rejects any argument before reading a keyword: `object`, or a
    class of `type` with object's __new__ and __init__ (object_new's excess_args check, "D() takes
    no arguments", comes before anything looks at the ** dict's keys); else None."""
    if fn is rt.t_object:
        return "object"
    if not isinstance(fn, HType) or fn.static or not fn.ob_type.static or fn.extra.layout != "instance":
        return None
    new, init = type_lookup(fn, "__new__"), type_lookup(fn, "__init__")
    if (new is None or isinstance(new, HDescr)) and isinstance(init, HDescr) and init.owner == "object":
        return fn.name
    return None


def _python_code_called(fn: HObject) -> HFunction | None:
    """The Python function a call of `fn` runs its keywords through first (3.8's
    _PyEval_EvalCodeWithName names it in "keywords must be strings"): fn itself or a bound
    method's, a class's __init__ (slot_tp_init), an instance's __call__ (slot_tp_call)."""
    target = fn.func if isinstance(fn, HMethod) else fn
    if isinstance(target, HFunction):
        return target
    if isinstance(target, HType):
        m = None if target.static else type_lookup(target, "__init__")
    else:
        m = type_lookup(target.ob_type, "__call__")
    return m if isinstance(m, HFunction) else None


def function_str(rt: Any, fn: HObject) -> str:
    """How call errors name the callee (fact function_str_qualified): _PyObject_FunctionStr,
    "module.qualname()" (no module for builtins; a bound method by its function; str(fn) for an
    object without __qualname__), or 3.8's PyEval_GetFuncName + PyEval_GetFuncDesc, "name()" for
    functions and methods, "<type name> object" for anything else (a class too)."""
    qualified = rt.profile.interp.function_str_qualified
    target = fn.func if isinstance(fn, HMethod) else fn
    if not qualified:
        if isinstance(target, HFunction):
            return f"{rt.as_str(target.name)}()"
        if isinstance(target, HBuiltin):
            return f"{target.name}()"
        return f"{rt.type_name(fn)} object"
    if isinstance(target, HFunction):
        entry = target.globals.entries.get("__name__")     # func.__module__, from the globals
        module = rt.as_str(entry[1]) if entry and entry[1].ob_type is rt.t_str else None
        qual = rt.as_str(target.qualname)
    elif isinstance(target, HBuiltin):
        module, qual = None, target.qualname
    elif isinstance(target, HType):
        module = None if target.static else target.extra.module
        qual = target.extra.qualname or target.name
    else:
        return rt.str(fn)
    return f"{module}.{qual}()" if module is not None and module != "builtins" else f"{qual}()"


def _list_to_tuple(rt: Any, lst: HList) -> HObject:
    """LIST_TO_TUPLE / the end of BUILD_TUPLE_UNPACK: PyList_AsTuple, then the list is dropped."""
    try:
        return rt.tuple_of(list(lst.items))
    finally:
        rt.decref(lst)


def eval_binop(op: str, a: Any, b: Any) -> Any:
    from .ops import BINOPS
    return BINOPS[op][2](a, b)


class _NotConst:
    def __repr__(self) -> str:
        return "NOT_CONST"


NOT_CONST: Any = _NotConst()

__all__ = ["NOT_CONST", "ExprCompiler", "HLeaf", "HTuple", "new_frame", "node_pos", "run_frame"]
