"""Statement compilation: one method per AST statement kind, each returning ``ex(f) -> signal``;
plus assignment targets, function/class/comprehension creation and exception handling.
"""

from __future__ import annotations

import ast
import symtable
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HCell, HDict
from ..heap.objects import HObject, HType
from .errors import PyErr, StepLimit
from .frames import call_function, new_frame, run_frame
from .objects import HExc, HFunction

if TYPE_CHECKING:
    from .compiler import Compiler

BREAK, CONTINUE, RETURN = 1, 2, 3
Ex = Callable[[Any], Any]
Store = Callable[[Any, HObject], None]


def _contains_yield(body: list[ast.stmt]) -> bool:
    stack: list[ast.AST] = list(body)
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.Yield, ast.YieldFrom)):
            return True
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.GeneratorExp,
                          ast.ListComp, ast.SetComp, ast.DictComp)):
            if isinstance(n, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                stack.append(n.generators[0].iter)
            continue
        stack.extend(ast.iter_child_nodes(n))
    return False


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
            raise self.unsupported(f"statement {type(node).__name__}", node)
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

        def compute(f: Any, cur: HObject) -> HObject:
            try:
                v = value(f)
            except BaseException:
                rt.decref(cur)
                raise
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

        def unpack(f: Any, v: HObject) -> None:
            try:
                items = rt.iterate_to_list(v)
            finally:
                rt.decref(v)
            if si < 0 and len(items) != n:
                for x in items:
                    rt.decref(x)
                if len(items) > n:
                    rt.raise_type("ValueError", f"too many values to unpack (expected {n})")
                rt.raise_type("ValueError", f"not enough values to unpack (expected {n}, got {len(items)})")
            if si >= 0:
                if len(items) < n - 1:
                    for x in items:
                        rt.decref(x)
                    rt.raise_type("ValueError", f"not enough values to unpack (expected at least {n - 1}, "
                                  f"got {len(items)})")
                after = n - 1 - si
                mid = items[si:len(items) - after]
                items = items[:si] + [rt.list_steal(mid)] + items[len(items) - after:]
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
                    rt.raise_type("NameError", f"name '{name}' is not defined")
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
        iter_next = rt.iter_next
        decref = rt.decref
        get_iter = self.guard(node.iter, lambda f: _get_iter(rt, iter_ev(f)))

        def for_(f: Any) -> Any:
            it = get_iter(f)
            f.stack.append(it)
            try:
                while True:
                    x = iter_next(it)
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
    def s_FunctionDef(self: Compiler, node: ast.FunctionDef) -> Ex:
        rt = self.rt
        decos = [self.expr(d) for d in node.decorator_list]
        make = self.make_function(node, node.name, node.body, node.name)
        store = self.store_target(ast.Name(id=node.name, ctx=ast.Store(), lineno=node.lineno,
                                           col_offset=node.col_offset))

        def define(f: Any) -> None:
            ds = [d(f) for d in decos]
            fn = make(f)
            for d in reversed(ds):
                try:
                    fn2 = rt.call(d, [fn], None)
                finally:
                    rt.decref(fn)
                    rt.decref(d)
                fn = fn2
            store(f, fn)
        return define

    def s_AsyncFunctionDef(self: Compiler, node: ast.AsyncFunctionDef) -> Ex:
        raise self.unsupported("async def", node)

    def make_function(self: Compiler, node: Any, name: str, body: list[ast.stmt], table_name: str) -> Callable:
        """MAKE_FUNCTION: defaults, kw-defaults and closure evaluated in the enclosing scope; the
        function object is a GC allocation."""
        rt = self.rt
        args = node.args
        default_evs = [self.expr(d) for d in args.defaults]
        kwdefault_evs = [(a.arg, self.expr(d)) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
        parent = self.scope
        table = parent.child(table_name, node.lineno)
        qual = name if parent.kind == "module" else (
            f"{parent.code.qualname}.{name}" if parent.kind == "class" else
            f"{parent.code.qualname}.<locals>.{name}")
        scope = self.new_code(name, qual, node, table, "function", args)
        scope.code.is_generator = _contains_yield(body)
        self.scope = scope
        try:
            scope.code.body = self.block(body, fn_end=True)
        finally:
            self.scope = parent
        code = scope.code
        closure_slots = [parent.code.slots[fv] for fv in code.freevars]
        name_obj = self.const(name)
        qual_obj = self.const(qual)

        def make(f: Any) -> HObject:
            defaults = [d(f) for d in default_evs]
            kwd = [(k, d(f)) for k, d in kwdefault_evs]
            fn = HFunction()
            fn.code = code
            fn.globals = f.globals
            rt.incref(f.globals)
            fn.defaults = rt.tuple_steal(defaults) if defaults else None
            fn.kwdefaults = None
            if kwd:
                d = rt.new_dict()
                for k, v in kwd:
                    rt.dict_setitem_str(d, k, v, steal=True)
                fn.kwdefaults = d
            fn.closure = rt.tuple_of([f.fast[s] for s in closure_slots]) if closure_slots else None
            fn.name = name_obj
            fn.qualname = qual_obj
            rt.incref(name_obj)
            rt.incref(qual_obj)
            fn.dict = None
            fn.module = None
            fn.annotations = None
            return rt.alloc(fn, rt.t_function, rt.sizes("function"))
        return make

    def comprehension(self: Compiler, node: Any, name: str, table_name: str) -> Callable:
        """A comprehension: its own function and frame through 3.11 (called with the outermost
        iterator), run inline from 3.12 (PEP 709: no function object, no frame object)."""
        from .methods import new_set_of, set_add
        rt = self.rt
        gens = node.generators
        outer_iter = self.expr(gens[0].iter)
        parent = self.scope
        table = parent.child(table_name, node.lineno)
        qual = name if parent.kind == "module" else f"{parent.code.qualname}.<locals>.{name}"
        fake_args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=".0")], vararg=None, kwonlyargs=[],
                                  kw_defaults=[], kwarg=None, defaults=[])
        scope = self.new_code(name, qual, node, table, "function", fake_args)
        is_gen = table_name == "genexpr"
        scope.code.is_generator = is_gen
        self.scope = scope
        try:
            loops = []
            for i, g in enumerate(gens):
                it_ev = (lambda f: _incref_ret(rt, f.fast[0])) if i == 0 else self.expr(g.iter)
                loops.append((it_ev, self.store_target(g.target), [self.expr(c) for c in g.ifs], i == 0))
            if table_name == "dictcomp":
                k_ev, v_ev = self.expr(node.key), self.expr(node.value)
            else:
                elt_ev = self.expr(node.elt)
            if is_gen:
                from .generators import gen_yield
        finally:
            self.scope = parent
        code = scope.code
        checkpoint = "backward_jump" in rt.gc_checkpoints
        gcstate = rt.heap.gc

        def emit(f: Any, acc: HObject | None) -> None:
            if table_name == "listcomp":
                x = elt_ev(f)
                rt.list_resize(acc, len(acc.items) + 1)
                acc.items.append(x)
            elif table_name == "setcomp":
                x = elt_ev(f)
                try:
                    set_add(rt, acc, x)
                finally:
                    rt.decref(x)
            elif table_name == "dictcomp":
                k = k_ev(f)
                v = v_ev(f)
                try:
                    rt.dict_setitem(acc, k, v)
                finally:
                    rt.decref(k)
                    rt.decref(v)
            else:
                rt.decref(gen_yield(rt, f, elt_ev(f)))

        def loop(f: Any, level: int, acc: HObject | None) -> None:
            it_ev, store, ifs, first = loops[level]
            o = it_ev(f)
            if first:
                it = o
            else:
                try:
                    it = rt.get_iter(o)
                finally:
                    rt.decref(o)
            f.stack.append(it)
            try:
                while True:
                    x = rt.iter_next(it)
                    if x is None:
                        break
                    store(f, x)
                    ok = True
                    for c in ifs:
                        t = c(f)
                        ok = rt.truthy(t)
                        rt.decref(t)
                        if not ok:
                            break
                    if ok:
                        if level + 1 < len(loops):
                            loop(f, level + 1, acc)
                        else:
                            emit(f, acc)
                    if checkpoint and gcstate.scheduled:
                        gcstate.run_scheduled()
            finally:
                if f.stack and f.stack[-1] is it:
                    f.stack.pop()
                rt.decref(it)

        def body(f: Any) -> int:
            acc: HObject | None = None
            if table_name == "listcomp":
                acc = rt.list_steal([])
            elif table_name == "setcomp":
                acc = new_set_of(rt, rt.t_set, [], False)
            elif table_name == "dictcomp":
                acc = rt.new_dict()
            try:
                loop(f, 0, acc)
            except BaseException:
                if acc is not None:
                    rt.decref(acc)
                raise
            f.retval = acc if acc is not None else rt.new_none()
            return RETURN
        code.body = body
        closure_slots = [parent.code.slots[fv] for fv in code.freevars]
        inline = rt.profile.interp.comprehension_inlined and not is_gen
        name_obj, qual_obj = self.const(name), self.const(qual)

        def run(f: Any) -> HObject:
            o = outer_iter(f)
            try:
                it = rt.get_iter(o)
            finally:
                rt.decref(o)
            fn = HFunction()
            fn.code = code
            fn.globals = f.globals
            fn.defaults = fn.kwdefaults = fn.dict = fn.module = fn.annotations = None
            fn.closure = rt.tuple_of([f.fast[s] for s in closure_slots]) if closure_slots else None
            fn.name, fn.qualname = name_obj, qual_obj
            if inline:
                fr = new_frame(rt, code, f.globals, None, None)
                fr.fast[0] = it
                try:
                    if code.cell_args or code.freevars:
                        from .frames import setup_cells
                        setup_cells(rt, fn, fr)
                finally:
                    if fn.closure is not None:
                        rt.decref(fn.closure)
                return run_frame(rt, fr)
            rt.incref(f.globals)
            rt.incref(name_obj)
            rt.incref(qual_obj)
            rt.alloc(fn, rt.t_function, rt.sizes("function"))
            try:
                return call_function(rt, fn, [it], None, rt.profile.interp.call_moves_args) if \
                    rt.profile.interp.call_moves_args else _call_copy(rt, fn, it)
            finally:
                rt.decref(fn)
        return self.guard(node, run)

    def s_ClassDef(self: Compiler, node: ast.ClassDef) -> Ex:
        """LOAD_BUILD_CLASS + MAKE_FUNCTION + __build_class__: run the body with a fresh namespace
        dict as its locals, then type(name, bases, ns); the __class__ cell gets the new class."""
        rt = self.rt
        decos = [self.expr(d) for d in node.decorator_list]
        base_evs = [self.expr(b) for b in node.bases]
        if any(k.arg != "metaclass" for k in node.keywords) or node.keywords:
            raise self.unsupported("class keyword arguments (metaclass=...)", node)
        parent = self.scope
        table = parent.child(node.name, node.lineno)
        qual = node.name if parent.kind == "module" else (
            f"{parent.code.qualname}.{node.name}" if parent.kind == "class" else
            f"{parent.code.qualname}.<locals>.{node.name}")
        scope = self.new_code(node.name, qual, node, table, "class", None)
        needs_class_cell = any("__class__" in ch.get_frees() for ch in table.get_children()
                               if hasattr(ch, "get_frees"))
        code = scope.code
        frees = [s.get_name() for s in table.get_symbols()
                 if s._Symbol__scope == symtable.FREE]  # type: ignore[attr-defined]
        code.cellvars = ["__class__"] if needs_class_cell else []
        code.freevars = frees
        code.slots = {}
        if needs_class_cell:
            code.slots["__class__"] = 0
            code.cell_args = [(0, -1)]
        for i, fv in enumerate(frees):
            code.slots[fv] = len(code.cellvars) + i
        code.nlocals = len(code.cellvars) + len(frees)
        self.scope = scope
        try:
            code.body = self.block(node.body)
        finally:
            self.scope = parent
        closure_slots = [parent.code.slots[fv] for fv in frees]
        store = self.store_target(ast.Name(id=node.name, ctx=ast.Store(), lineno=node.lineno,
                                           col_offset=node.col_offset))
        name_obj, qual_obj = self.const(node.name), self.const(qual)
        module_name = "__main__"

        def define(f: Any) -> None:
            ds = [d(f) for d in decos]
            fn = HFunction()
            fn.code = code
            fn.globals = f.globals
            rt.incref(f.globals)
            fn.defaults = fn.kwdefaults = fn.dict = fn.module = fn.annotations = None
            fn.closure = rt.tuple_of([f.fast[s] for s in closure_slots]) if closure_slots else None
            fn.name, fn.qualname = name_obj, qual_obj
            rt.incref(name_obj)
            rt.incref(qual_obj)
            rt.alloc(fn, rt.t_function, rt.sizes("function"))
            bases = []
            try:
                bases = [b(f) for b in base_evs]
                ns = rt.new_dict()
                mod = f.globals.entries.get("__name__")
                rt.dict_setitem_str(ns, "__module__", mod[1] if mod else rt.str_const(module_name))
                rt.dict_setitem_str(ns, "__qualname__", qual_obj)
                fr = new_frame(rt, code, f.globals, ns, fn)
                if code.cell_args or code.freevars:
                    from .frames import setup_cells
                    setup_cells(rt, fn, fr)
                cell = fr.fast[0] if needs_class_cell else None
                if cell is not None:
                    rt.incref(cell)
                rt.decref(run_frame(rt, fr))
                # __build_class__: bases tuple, then meta(name, bases, ns) through tp_call with an
                # args tuple (_PyObject_MakeTpCall): both are real allocations
                bt = rt.tuple_of(bases) if bases else None
                margs = rt.tuple_of([name_obj, bt if bt is not None else rt.empty_tuple, ns])
                try:
                    modname = rt.as_str(mod[1]) if mod else module_name
                    cls = rt.build_class(node.name, qual, bases, ns, modname, bases_tuple=bt)
                finally:
                    rt.decref(margs)
                    rt.decref(ns)
                if cell is not None:
                    rt.incref(cls)
                    cell.ob_ref = cls
                    rt.decref(cell)
            finally:
                for b in bases:
                    rt.decref(b)
                rt.decref(fn)
            for d in reversed(ds):
                try:
                    c2 = rt.call(d, [cls], None)
                finally:
                    rt.decref(cls)
                    rt.decref(d)
                cls = c2
            store(f, cls)
        return self.guard(node, define)

    # ------------------------------------------------------------------ imports
    def s_Import(self: Compiler, node: ast.Import) -> Ex:
        rt = self.rt
        parts = []
        for alias in node.names:
            if "." in alias.name:
                raise self.unsupported(f"import of a submodule ({alias.name})", node)
            target = alias.asname or alias.name
            parts.append((alias.name, self.store_target(ast.Name(id=target, ctx=ast.Store()))))

        def import_(f: Any) -> None:
            for name, store in parts:
                store(f, rt.import_module(name))
        return self.guard(node, import_)

    def s_ImportFrom(self: Compiler, node: ast.ImportFrom) -> Ex:
        rt = self.rt
        if node.level or not node.module or "." in node.module:
            raise self.unsupported("relative or dotted import", node)
        modname = node.module
        parts = []
        for alias in node.names:
            if alias.name == "*":
                raise self.unsupported("from ... import *", node)
            parts.append((alias.name, self.store_target(ast.Name(id=alias.asname or alias.name, ctx=ast.Store()))))

        def import_from(f: Any) -> None:
            m = rt.import_module(modname)
            try:
                for name, store in parts:
                    v = rt.getattr_or_none(m, name)
                    if v is None:
                        rt.raise_type("ImportError", f"cannot import name '{name}' from '{modname}' "
                                      "(unknown location)")
                    store(f, v)
            finally:
                rt.decref(m)
        return self.guard(node, import_from)

    # ------------------------------------------------------------------ exceptions
    def s_Raise(self: Compiler, node: ast.Raise) -> Ex:
        from .handlers import compile_raise
        return compile_raise(self, node)

    def s_Try(self: Compiler, node: ast.Try) -> Ex:
        from .handlers import compile_try
        return compile_try(self, node)

    def s_With(self: Compiler, node: ast.With) -> Ex:
        from .handlers import compile_with
        return compile_with(self, node)


def _get_iter(rt: Any, o: HObject) -> HObject:
    try:
        return rt.get_iter(o)
    finally:
        rt.decref(o)


def _incref_ret(rt: Any, o: HObject) -> HObject:
    rt.incref(o)
    return o


def _call_copy(rt: Any, fn: HFunction, it: HObject) -> HObject:
    try:
        return call_function(rt, fn, [it], None, False)
    finally:
        rt.decref(it)


__all__ = ["BREAK", "CONTINUE", "RETURN", "HCell", "HDict", "HExc", "HType", "StmtCompiler"]
