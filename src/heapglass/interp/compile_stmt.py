"""Statement compilation: one method per AST statement kind, each returning ``ex(f) -> signal``;
plus assignment targets, function/class/comprehension creation and exception handling.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HCell, HDict
from ..heap.objects import HObject, HType
from .errors import PyErr, StepLimit
from .exc_fields import raise_import_error
from .objects import HExc

if TYPE_CHECKING:
    from .compiler import Compiler

BREAK, CONTINUE, RETURN = 1, 2, 3
Ex = Callable[[Any], Any]
Store = Callable[[Any, HObject], None]



# the names a user knows for the statements the model does not run
UNSUPPORTED_STATEMENTS = {"AsyncFor": "async for",
                          "AsyncWith": "async with", "AsyncFunctionDef": "async def"}

class StmtCompiler:
    """Statement half of the `Compiler`."""

    def block(self: Compiler, stmts: list[ast.stmt], fn_end: bool = False) -> Ex:
        exs = [self.stmt(s) for s in stmts]
        if len(exs) == 1:
            return exs[0]

        def run(f: Any) -> Any:
            for ex in exs:
                s = ex(f)
                if s is not None:
                    return s
            return None
        return run

    def stmt(self: Compiler, node: ast.stmt) -> Ex:
        m = getattr(self, "s_" + type(node).__name__, None)
        if m is None:
            kind = type(node).__name__
            raise self.unsupported(UNSUPPORTED_STATEMENTS.get(kind, f"statement {kind}"), node)
        inner = m(node)
        rt = self.rt
        line = node.lineno
        limit = rt.max_steps

        def ex(f: Any) -> Any:
            f.lineno = line
            rt.steps += 1
            if limit is not None and rt.steps > limit:
                raise StepLimit(f"heapglass: stopped after {limit} steps (--max-steps)")
            return inner(f)
        return ex

    # ------------------------------------------------------------------ simple statements
    def s_Expr(self: Compiler, node: ast.Expr) -> Ex:
        ev = self.expr(node.value)
        decref = self.rt.decref
        return lambda f: decref(ev(f))

    def s_Pass(self: Compiler, node: ast.Pass) -> Ex:
        return lambda f: None

    def s_Global(self: Compiler, node: ast.Global) -> Ex:
        return lambda f: None

    s_Nonlocal = s_Global

    def s_Break(self: Compiler, node: ast.Break) -> Ex:
        return lambda f: BREAK

    def s_Continue(self: Compiler, node: ast.Continue) -> Ex:
        return lambda f: CONTINUE

    def s_Return(self: Compiler, node: ast.Return) -> Ex:
        ev = self.expr(node.value) if node.value is not None else self.const_ev(None)

        def ret(f: Any) -> int:
            f.retval = ev(f)
            return RETURN
        return ret

    def s_Assign(self: Compiler, node: ast.Assign) -> Ex:
        ev = self.expr(node.value)
        stores = [self.store_target(t) for t in node.targets]
        incref = self.rt.incref
        if len(stores) == 1:
            store = stores[0]
            return lambda f: store(f, ev(f))

        def assign(f: Any) -> None:
            v = ev(f)
            for s in stores[:-1]:
                incref(v)
                s(f, v)
            stores[-1](f, v)
        return assign

    def s_AnnAssign(self: Compiler, node: ast.AnnAssign) -> Ex:
        if node.value is None:
            return lambda f: None
        ev = self.expr(node.value)
        store = self.store_target(node.target)
        return lambda f: store(f, ev(f))

    def s_AugAssign(self: Compiler, node: ast.AugAssign) -> Ex:
        from .compile_expr import FOLD_OPS
        rt = self.rt
        op = FOLD_OPS[type(node.op)]
        value = self.expr(node.value)
        t = node.target
        pos = self.position(node)
        cache = self.binary_op_cache(op)

        def compute(f: Any, cur: HObject) -> HObject:
            try:
                v = value(f)
            except BaseException:
                rt.decref(cur)
                raise
            if cache is not None and cache.specialised_for_floats(rt.t_float, cur, v):
                return rt.binary_op_float_reusing(op, cur, v)
            try:
                return rt.inplace_op(op, cur, v)
            except PyErr as e:
                if e.pos_frame is not f:
                    e.pos_frame, f.pos = f, pos
                raise
            finally:
                rt.decref(cur)
                rt.decref(v)
        if isinstance(t, ast.Name):
            load = self.expr(t)
            store = self.store_target(t)
            return lambda f: store(f, compute(f, load(f)))
        if isinstance(t, ast.Attribute):
            obj_ev = self.expr(t.value)
            name = t.attr

            def aug_attr(f: Any) -> None:
                obj = obj_ev(f)
                try:
                    r = compute(f, rt.getattr(obj, name))
                    rt.setattr(obj, name, r)
                    rt.decref(r)
                finally:
                    rt.decref(obj)
            return self.guard(node, aug_attr)
        if isinstance(t, ast.Subscript):
            obj_ev, key_ev = self.expr(t.value), self.expr(t.slice)

            def aug_item(f: Any) -> None:
                obj = obj_ev(f)
                key = key_ev(f)
                try:
                    r = compute(f, rt.getitem(obj, key))
                    rt.setitem(obj, key, r)
                    rt.decref(r)
                finally:
                    rt.decref(obj)
                    rt.decref(key)
            return self.guard(node, aug_item)
        raise self.unsupported("augmented assignment target", node)

    def s_Delete(self: Compiler, node: ast.Delete) -> Ex:
        dels = [self.delete_target(t) for t in node.targets]

        def delete(f: Any) -> None:
            for d in dels:
                d(f)
        return delete

    def s_Assert(self: Compiler, node: ast.Assert) -> Ex:
        rt = self.rt
        test = self.expr(node.test)
        msg = self.expr(node.msg) if node.msg is not None else None

        def assert_(f: Any) -> None:
            t = test(f)
            ok = rt.truthy(t)
            rt.decref(t)
            if not ok:
                args = [msg(f)] if msg is not None else []
                exc = rt.new_exception(rt.builtin_types["AssertionError"], args)
                for a in args:
                    rt.decref(a)
                rt.throw(exc)
        if rt.profile.interp.assert_position_is_test:
            return self.guard(node.test, assert_)
        return self.guard(node, assert_)

    # ------------------------------------------------------------------ targets
    def store_target(self: Compiler, t: ast.expr) -> Store:
        """A function ``store(f, v)`` that stores `v` (stealing the reference) into target `t`."""
        rt = self.rt
        decref = rt.decref
        if isinstance(t, ast.Name):
            name = t.id
            kind = self.scope.sym_scope(name)
            if kind == "fast":
                i = self.scope.code.slots[name]

                def store_fast(f: Any, v: HObject) -> None:
                    old = f.fast[i]
                    f.fast[i] = v
                    if old is not None:
                        decref(old)
                return store_fast
            if kind in ("cell", "free"):
                i = self.scope.code.slots[name]

                def store_deref(f: Any, v: HObject) -> None:
                    c = f.fast[i]
                    old = c.ob_ref
                    c.ob_ref = v
                    if old is not None:
                        decref(old)
                return store_deref
            if kind == "global":
                return lambda f, v: rt.dict_setitem_str(f.globals, name, v, steal=True)
            return lambda f, v: rt.dict_setitem_str(f.locals, name, v, steal=True)
        if isinstance(t, ast.Attribute):
            obj_ev = self.expr(t.value)
            name = t.attr

            def store_attr(f: Any, v: HObject) -> None:
                try:
                    obj = obj_ev(f)
                except BaseException:
                    decref(v)
                    raise
                try:
                    rt.setattr(obj, name, v)
                finally:
                    decref(v)
                    decref(obj)
            return self.guard_store(t, store_attr)
        if isinstance(t, ast.Subscript):
            obj_ev, key_ev = self.expr(t.value), self.expr(t.slice)

            def store_item(f: Any, v: HObject) -> None:
                obj = key = None
                try:
                    obj = obj_ev(f)
                    key = key_ev(f)
                    rt.setitem(obj, key, v)
                finally:
                    decref(v)
                    if obj is not None:
                        decref(obj)
                    if key is not None:
                        decref(key)
            return self.guard_store(t, store_item)
        if isinstance(t, (ast.Tuple, ast.List)):
            return self.unpack_target(t)
        if isinstance(t, ast.Starred):
            raise self.unsupported("starred assignment target", t)
        raise self.unsupported(f"assignment to {type(t).__name__}", t)

    def guard_store(self: Compiler, node: ast.AST, store: Store) -> Store:
        pos = self.position(node)

        def guarded(f: Any, v: HObject) -> None:
            try:
                store(f, v)
            except PyErr as e:
                if e.pos_frame is not f and pos is not None:
                    e.pos_frame, f.pos = f, pos
                raise
        return guarded

    def unpack_target(self: Compiler, t: ast.Tuple | ast.List) -> Store:
        """UNPACK_SEQUENCE / UNPACK_EX."""
        rt = self.rt
        star = [i for i, e in enumerate(t.elts) if isinstance(e, ast.Starred)]
        stores = [self.store_target(e.value if isinstance(e, ast.Starred) else e) for e in t.elts]
        n = len(stores)
        si = star[0] if star else -1

        def unpack_ex(v: HObject) -> list[HObject]:
            """unpack_iterable with a starred target: the iterator, the targets before the star from
            it, then PySequence_List(iterator) (list_extend: its __length_hint__) for the rest, whose
            last items go to the targets after the star by shrinking its size (no list_resize)."""
            from .containers import list_extend_from
            it = rt.get_iter(v)
            got: list[HObject] = []
            lst = None
            try:
                while len(got) < si and (x := rt.iter_next(it)) is not None:
                    got.append(x)
                if len(got) == si:
                    lst = rt.list_steal([])
                    list_extend_from(rt, lst, it)
            except BaseException:
                for x in got if lst is None else [*got, lst]:
                    rt.decref(x)
                raise
            finally:
                rt.decref(it)
            after = n - 1 - si
            if lst is None or len(lst.items) < after:
                have = len(got) + (0 if lst is None else len(lst.items))
                for x in got if lst is None else [*got, lst]:
                    rt.decref(x)
                rt.raise_type("ValueError", f"not enough values to unpack (expected at least {n - 1}, "
                              f"got {have})")
            end = len(lst.items) - after
            tail, lst.items = lst.items[end:], lst.items[:end]
            return [*got, lst, *tail]

        def unpack(f: Any, v: HObject) -> None:
            try:
                if si >= 0:
                    items = unpack_ex(v)
                else:
                    items = rt.iterate_to_list(v)
            finally:
                rt.decref(v)
            if si < 0 and len(items) != n:
                for x in items:
                    rt.decref(x)
                if len(items) > n:
                    rt.raise_type("ValueError", f"too many values to unpack (expected {n})")
                rt.raise_type("ValueError", f"not enough values to unpack (expected {n}, got {len(items)})")
            for i, s in enumerate(stores):
                s(f, items[i])
        return unpack

    def delete_target(self: Compiler, t: ast.expr) -> Ex:
        rt = self.rt
        if isinstance(t, ast.Name):
            name = t.id
            kind = self.scope.sym_scope(name)
            if kind in ("fast", "cell", "free"):
                i = self.scope.code.slots[name]

                def del_fast(f: Any) -> None:
                    if kind == "fast":
                        old = f.fast[i]
                        f.fast[i] = None
                    else:
                        c = f.fast[i]
                        old = c.ob_ref
                        c.ob_ref = None
                    if old is None:
                        rt.raise_type("UnboundLocalError", self.unbound_message(name))
                    rt.decref(old)
                return self.guard_del(t, del_fast)

            def del_name(f: Any) -> None:
                d = f.globals if kind == "global" else f.locals
                if name not in d.entries:
                    rt.raise_name_error(f"name '{name}' is not defined", name)
                rt.dict_delitem_str(d, name)
            return self.guard_del(t, del_name)
        if isinstance(t, ast.Attribute):
            obj_ev = self.expr(t.value)

            def del_attr(f: Any) -> None:
                obj = obj_ev(f)
                try:
                    rt.setattr(obj, t.attr, None)
                finally:
                    rt.decref(obj)
            return self.guard_del(t, del_attr)
        if isinstance(t, ast.Subscript):
            obj_ev, key_ev = self.expr(t.value), self.expr(t.slice)

            def del_item(f: Any) -> None:
                obj = obj_ev(f)
                key = key_ev(f)
                try:
                    rt.setitem(obj, key, None)
                finally:
                    rt.decref(obj)
                    rt.decref(key)
            return self.guard_del(t, del_item)
        if isinstance(t, (ast.Tuple, ast.List)):
            dels = [self.delete_target(e) for e in t.elts]

            def del_all(f: Any) -> None:
                for d in dels:
                    d(f)
            return del_all
        raise self.unsupported(f"del of {type(t).__name__}", t)

    def guard_del(self: Compiler, node: ast.AST, ex: Ex) -> Ex:
        g = self.guard(node, ex)
        return g

    # ------------------------------------------------------------------ control flow
    def s_If(self: Compiler, node: ast.If) -> Ex:
        rt = self.rt
        test = self.expr(node.test)
        body = self.block(node.body)
        orelse = self.block(node.orelse) if node.orelse else None

        def if_(f: Any) -> Any:
            t = test(f)
            b = rt.truthy(t)
            rt.decref(t)
            if b:
                return body(f)
            if orelse is not None:
                return orelse(f)
            return None
        return if_

    def s_While(self: Compiler, node: ast.While) -> Ex:
        rt = self.rt
        test = self.expr(node.test)
        body = self.block(node.body)
        orelse = self.block(node.orelse) if node.orelse else None
        checkpoint = "backward_jump" in rt.gc_checkpoints
        gcstate = rt.heap.gc

        def while_(f: Any) -> Any:
            while True:
                t = test(f)
                b = rt.truthy(t)
                rt.decref(t)
                if not b:
                    break
                s = body(f)
                if s is not None:
                    if s == BREAK:
                        return None
                    if s == RETURN:
                        return s
                if checkpoint and gcstate.scheduled:
                    gcstate.run_scheduled()
            if orelse is not None:
                return orelse(f)
            return None
        return while_

    def s_For(self: Compiler, node: ast.For) -> Ex:
        rt = self.rt
        iter_ev = self.expr(node.iter)
        store = self.store_target(node.target)
        body = self.block(node.body)
        orelse = self.block(node.orelse) if node.orelse else None
        checkpoint = "backward_jump" in rt.gc_checkpoints
        gcstate = rt.heap.gc
        iter_next = rt.for_iter
        decref = rt.decref
        get_iter = self.guard(node.iter, lambda f: _get_iter(rt, iter_ev(f)))
        # FOR_ITER's location: the for line, or the iterable expression (fact for_iter_at_iterable)
        at_iterable = rt.profile.interp.for_iter_at_iterable
        next_pos = self.position(node.iter) if at_iterable else None
        next_line = node.iter.lineno if at_iterable else node.lineno

        def for_iter(f: Any, it: HObject) -> HObject | None:
            f.lineno = next_line
            try:
                return iter_next(it)
            except PyErr as e:
                if next_pos is not None and e.pos_frame is not f:
                    e.pos_frame, f.pos = f, next_pos
                raise

        def for_(f: Any) -> Any:
            it = get_iter(f)
            f.stack.append(it)
            try:
                while True:
                    x = for_iter(f, it)
                    if x is None:
                        break
                    store(f, x)
                    s = body(f)
                    if s is not None:
                        if s == BREAK:
                            return None
                        if s == RETURN:
                            return s
                    if checkpoint and gcstate.scheduled:
                        gcstate.run_scheduled()
            finally:
                if f.stack and f.stack[-1] is it:
                    f.stack.pop()
                    decref(it)
            if orelse is not None:
                return orelse(f)
            return None
        return for_

    # ------------------------------------------------------------------ definitions
    def s_Import(self: Compiler, node: ast.Import) -> Ex:
        rt = self.rt
        parts = []
        for alias in node.names:
            # `import a.b` binds a; `import a.b as c` binds a.b (the model's modules have no submodules)
            target = alias.asname or alias.name.partition(".")[0]
            parts.append((alias.name, self.store_target(ast.Name(id=target, ctx=ast.Store()))))

        def import_(f: Any) -> None:
            for name, store in parts:
                store(f, rt.import_dotted(name))
        return self.guard(node, import_)

    def s_ImportFrom(self: Compiler, node: ast.ImportFrom) -> Ex:
        rt = self.rt
        modname = node.module or ""
        if node.level:
            # resolve_name (importlib._bootstrap): the main script has no __package__
            def relative(f: Any) -> None:
                rt.raise_type("ImportError", "attempted relative import with no known parent package")
            return self.guard(node, relative)
        if node.names[0].name == "*":   # the symtable allowed it at module level only
            def import_star(f: Any) -> None:
                m = rt.import_dotted(modname)
                try:
                    rt.import_all_from(f.locals, m)
                finally:
                    rt.decref(m)
            return self.guard(node, import_star)
        parts = []
        for alias in node.names:
            parts.append((alias.name, self.store_target(ast.Name(id=alias.asname or alias.name, ctx=ast.Store()))))

        def import_from(f: Any) -> None:
            m = rt.import_dotted(modname)
            try:
                for name, store in parts:
                    v = rt.getattr_or_none(m, name)
                    if v is None:   # import_from: PyErr_SetImportError(msg, pkgname, pkgpath)
                        raise_import_error(rt, "ImportError", f"cannot import name '{name}' from "
                                           f"'{modname}' (unknown location)", modname, name)
                    store(f, v)
            finally:
                rt.decref(m)
        return self.guard(node, import_from)

    # ------------------------------------------------------------------ exceptions
    def s_Raise(self: Compiler, node: ast.Raise) -> Ex:
        from .handlers import compile_raise
        return compile_raise(self, node)

    def s_TryStar(self: Compiler, node: ast.AST) -> Ex:
        """try/except* (PEP 654): not modelled where it exists (3.11+); before, the grammar has no
        `except*` and the parser stops at the star (invalid syntax)."""
        if self.rt.profile.interp.except_star:
            raise self.unsupported("except* (exception groups)", node)
        handler = node.handlers[0]
        text = self.source_lines[handler.lineno - 1]
        col = text.index("*", handler.col_offset + len("except"))
        raise SyntaxError("invalid syntax", (self.filename, handler.lineno, col + 1, text + "\n"))

    def s_Try(self: Compiler, node: ast.Try) -> Ex:
        from .handlers import compile_try
        return self.in_handler_block(compile_try, node)

    def s_With(self: Compiler, node: ast.With) -> Ex:
        from .handlers import compile_with
        return self.in_handler_block(compile_with, node)

    def in_handler_block(self: Compiler, compile_: Any, node: ast.stmt) -> Ex:
        """Compile a try or with statement; a yield inside it (any part) is under an exception
        handler (3.13 RESUME_OPARG_DEPTH1_MASK is clear there: gen_close throws into the body)."""
        self.scope.handler_depth += 1
        try:
            return compile_(self, node)
        finally:
            self.scope.handler_depth -= 1

    def s_Match(self: Compiler, node: ast.Match) -> Ex:
        from .compile_match import compile_match
        return compile_match(self, node)


def _get_iter(rt: Any, o: HObject) -> HObject:
    try:
        return rt.get_iter(o)
    finally:
        rt.decref(o)


__all__ = ["BREAK", "CONTINUE", "RETURN", "HCell", "HDict", "HExc", "HType", "StmtCompiler"]
