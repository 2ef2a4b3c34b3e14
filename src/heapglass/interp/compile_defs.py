"""Definitions: function objects (MAKE_FUNCTION), comprehensions (their own function and frame through
3.11, inline from 3.12) and class statements (__build_class__ and type_new), compiled as closures.
"""

from __future__ import annotations

import ast
import symtable
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.objects import HObject
from .compile_expr import NOT_CONST
from .compile_stmt import RETURN
from .frames import call_function, new_frame, run_frame
from .metaclasses import build_class
from .objects import HFunction

if TYPE_CHECKING:
    from .compiler import Compiler

Ex = Callable[[Any], Any]


def contains_yield(body: list[ast.stmt]) -> bool:
    """Whether a function body is a generator's (a yield outside nested scopes)."""
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


class DefsCompiler:
    """Function, comprehension and class definitions (a mixin of `Compiler`)."""

    def s_FunctionDef(self: Compiler, node: ast.FunctionDef) -> Ex:
        rt = self.rt
        decos = [self.expr(d) for d in node.decorator_list]
        make = self.make_function(node, node.name, node.body, node.name)
        store = self.store_target(ast.Name(id=node.name, ctx=ast.Store(), lineno=node.lineno,
                                           col_offset=node.col_offset))

        def define(f: Any) -> None:
            ds = [d(f) for d in decos]
            store(f, apply_decorators(rt, ds, make(f)))
        return define

    def s_AsyncFunctionDef(self: Compiler, node: ast.AsyncFunctionDef) -> Ex:
        raise self.unsupported("async def", node)

    def make_function(self: Compiler, node: Any, name: str, body: list[ast.stmt], table_name: str) -> Callable:
        """MAKE_FUNCTION: defaults, kw-defaults and closure evaluated in the enclosing scope; the
        function object is a GC allocation."""
        rt = self.rt
        args = node.args
        default_evs = [self.expr(d) for d in args.defaults]
        folded = tuple(self.folded(d) for d in args.defaults)
        # constant defaults are one constant tuple: the optimizer folds BUILD_TUPLE of constants
        # (peephole.c fold_tuple_on_constants 3.8; compile.c / flowgraph.c fold_tuple_on_constants)
        defaults_const = self.const(folded, folded_later=True) if folded and NOT_CONST not in folded else None
        annotations = self.annotations(args, node)
        kwdefault_evs = [(a.arg, self.expr(d)) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
        parent = self.scope
        table = parent.child(table_name, node.lineno)
        qual = qualname_in(parent, name)
        scope = self.new_code(name, qual, node, table, "function", args)
        scope.body_ast = body       # type: ignore[attr-defined]  # compile_inline.varnames_insert_at
        scope.code.is_generator = contains_yield(body)
        self.scope = scope
        try:
            scope.code.body = self.block(body, fn_end=True)
        finally:
            self.scope = parent
        code = scope.code
        closure_slots = [parent.code.slots[fv] for fv in code.freevars]
        doc = docstring(body) if isinstance(node, ast.FunctionDef) else None
        doc_obj = self.const(doc.value) if doc is not None else None
        name_obj = self.const(name)
        qual_obj = self.const(qual)

        def make(f: Any) -> HObject:
            if defaults_const is not None:
                rt.incref(defaults_const)
                dflt = defaults_const
            else:
                dflt = rt.tuple_steal([d(f) for d in default_evs]) if default_evs else None
            kwd = [(k, d(f)) for k, d in kwdefault_evs]
            ann = annotations(f) if annotations is not None else None
            fn = HFunction()
            fn.code = code
            fn.globals = f.globals
            rt.incref(f.globals)
            fn.defaults = dflt
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
            fn.annotations = ann
            function_fields(rt, fn, doc_obj)
            return rt.alloc(fn, rt.t_function, rt.sizes("function"))
        return make

    def annotations(self: Compiler, args: ast.arguments, node: Any) -> Callable | None:
        """compiler_visit_annotations: the annotations MAKE_FUNCTION stores, evaluated in the
        enclosing scope (parameters in order, then 'return'): a dict (BUILD_CONST_KEY_MAP) through
        3.9, a flat (name, value, ...) tuple from 3.10 (profile interp.annotations_as_tuple) that
        func_get_annotations turns into the dict when __annotations__ is first read."""
        params = [*args.posonlyargs, *args.args, *([args.vararg] if args.vararg else []),
                  *args.kwonlyargs, *([args.kwarg] if args.kwarg else [])]
        pairs = [(a.arg, a.annotation) for a in params if a.annotation is not None]
        if getattr(node, "returns", None) is not None:
            pairs.append(("return", node.returns))
        if not pairs:
            return None
        rt = self.rt
        if rt.profile.interp.annotations_as_tuple:
            flat = ast.Tuple(elts=[e for k, v in pairs for e in (ast.Constant(k), v)], ctx=ast.Load())
            return self.expr(ast.copy_location(flat, node))
        evs = [(k, self.expr(v)) for k, v in pairs]

        def build(f: Any) -> HObject:
            values = [(k, ev(f)) for k, ev in evs]
            d = rt.new_dict()
            for k, v in values:
                rt.dict_setitem_str(d, k, v, steal=True)
            return d
        return build

    def comprehension(self: Compiler, node: Any, name: str, table_name: str) -> Callable:
        """A comprehension: its own function and frame through 3.11 (called with the outermost
        iterator); from 3.12 a list/set/dict comprehension runs inline in the enclosing frame (PEP 709,
        `inlined_comprehension`); a generator expression stays a function."""
        from .settable import new_set_of, set_add
        rt = self.rt
        gens = node.generators
        outer_iter = self.expr(gens[0].iter)
        parent = self.scope
        table = parent.child(table_name, node.lineno)
        qual = qualname_in(parent, name)
        is_gen = table_name == "genexpr"
        inline = rt.profile.interp.comprehension_inlined and not is_gen
        if inline:
            from .compile_inline import InlinedScope, inlined_comprehension, push_inlined_comprehension_slots
            pushed, slots = push_inlined_comprehension_slots(parent, table, node)
            scope: Any = InlinedScope(table, parent, pushed, slots)
        else:
            fake_args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=".0")], vararg=None, kwonlyargs=[],
                                      kw_defaults=[], kwarg=None, defaults=[])
            scope = self.new_code(name, qual, node, table, "function", fake_args)
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
                rt.decref(gen_yield(rt, f, elt_ev(f), bare=True))   # no try/with in a genexp

        def loop(f: Any, level: int, acc: HObject | None, it0: HObject | None = None) -> None:
            it_ev, store, ifs, first = loops[level]
            if it0 is not None:
                it = it0                    # inlined: GET_ITER already ran in the enclosing frame
            else:
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
                    x = rt.for_iter(it)
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
                if f.stack and f.stack[-1] is it:     # else released with the frame's stack
                    f.stack.pop()                       # (3.13 close at a bare yield)
                    rt.decref(it)

        def new_accumulator() -> HObject | None:
            # BUILD_LIST / BUILD_SET / BUILD_MAP 0
            if table_name == "listcomp":
                return rt.list_steal([])
            if table_name == "setcomp":
                return new_set_of(rt, rt.t_set, [], False)
            if table_name == "dictcomp":
                return rt.new_dict()
            return None

        if inline:
            return self.guard(node, inlined_comprehension(rt, outer_iter, pushed, new_accumulator, loop))

        def body(f: Any) -> int:
            acc = new_accumulator()
            try:
                loop(f, 0, acc)
            except BaseException:
                if acc is not None:
                    rt.decref(acc)
                raise
            f.retval = acc if acc is not None else rt.new_none()
            return RETURN
        code = scope.code
        code.body = body
        closure_slots = [parent.code.slots[fv] for fv in code.freevars]
        name_obj, qual_obj = self.const(name), self.const(qual)

        def run(f: Any) -> HObject:
            # MAKE_FUNCTION comes before the outermost iterable is evaluated and GET_ITER (compiler_comprehension)
            fn = HFunction()
            fn.code = code
            fn.globals = f.globals
            fn.defaults = fn.kwdefaults = fn.dict = fn.annotations = None
            fn.closure = rt.tuple_of([f.fast[s] for s in closure_slots]) if closure_slots else None
            fn.name, fn.qualname = name_obj, qual_obj
            rt.incref(f.globals)
            rt.incref(name_obj)
            rt.incref(qual_obj)
            function_fields(rt, fn, None)
            rt.alloc(fn, rt.t_function, rt.sizes("function"))
            try:
                o = outer_iter(f)
                try:
                    it = rt.get_iter(o)
                finally:
                    rt.decref(o)
                return call_function(rt, fn, [it], None, rt.profile.interp.call_moves_args) if \
                    rt.profile.interp.call_moves_args else _call_copy(rt, fn, it)
            finally:
                rt.decref(fn)
        return self.guard(node, run)

    def s_ClassDef(self: Compiler, node: ast.ClassDef) -> Ex:
        """LOAD_BUILD_CLASS + MAKE_FUNCTION + __build_class__ (metaclasses.build_class): the body
        runs with the metaclass's namespace as its locals and ends by storing its __class__ cell as
        __classcell__, which type_new fills with the new class."""
        rt = self.rt
        decos = [self.expr(d) for d in node.decorator_list]
        base_evs = [self.expr(b) for b in node.bases]
        if any(k.arg is None for k in node.keywords):
            raise self.unsupported("class **keywords", node)
        kw_evs = [(k.arg, self.expr(k.value)) for k in node.keywords]
        parent = self.scope
        table = parent.child(node.name, node.lineno)
        qual = node.name if parent.kind == "module" else (
            f"{parent.code.qualname}.{node.name}" if parent.kind == "class" else
            f"{parent.code.qualname}.<locals>.{node.name}")
        scope = self.new_code(node.name, qual, node, table, "class", None)
        needs_class_cell = any("__class__" in ch.get_frees() for ch in table.get_children()
                               if hasattr(ch, "get_frees"))
        code = scope.code
        # co_freevars: dictbytype sorts the names (compiler_enter_scope), as for functions
        frees = sorted(s.get_name() for s in table.get_symbols()
                       if s._Symbol__scope == symtable.FREE)  # type: ignore[attr-defined]
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
            body = class_body_with_doc(node.body)
            if rt.profile.interp.class_static_attributes:
                body = [*body, class_static_attributes(node)]
            code.body = self.block(body)
        finally:
            self.scope = parent
        closure_slots = [parent.code.slots[fv] for fv in frees]
        store = self.store_target(ast.Name(id=node.name, ctx=ast.Store(), lineno=node.lineno,
                                           col_offset=node.col_offset))
        name_obj, qual_obj = self.const(node.name), self.const(qual)
        # compiler_class_body (3.13): the body stores __firstlineno__, the line of the class
        # statement or of its first decorator, right after __qualname__
        lineno = node.decorator_list[0].lineno if node.decorator_list else node.lineno
        firstlineno = self.const(lineno) if rt.profile.interp.class_firstlineno else None
        module_name = "__main__"
        gcstate = rt.heap.gc
        checkpoint = "call" in rt.gc_checkpoints

        def run_body(f: Any, fn: HFunction, ns: HObject) -> HObject | None:
            mod = f.globals.entries.get("__name__")
            rt.dict_setitem_str(ns, "__module__", mod[1] if mod else rt.str_const(module_name))
            rt.dict_setitem_str(ns, "__qualname__", qual_obj)
            if firstlineno is not None:
                rt.dict_setitem_str(ns, "__firstlineno__", firstlineno)
            fr = new_frame(rt, code, f.globals, ns, fn)
            if code.cell_args or code.freevars:
                from .frames import setup_cells
                setup_cells(rt, fn, fr)
            cell = fr.fast[0] if needs_class_cell else None
            if cell is not None:
                rt.incref(cell)
            try:
                rt.decref(run_frame(rt, fr))
            except BaseException:
                if cell is not None:
                    rt.decref(cell)
                raise
            if cell is not None:
                rt.dict_setitem_str(ns, "__classcell__", cell)    # the body's STORE_NAME __classcell__
            return cell

        def define(f: Any) -> None:
            ds = [d(f) for d in decos]
            fn = HFunction()
            fn.code = code
            fn.globals = f.globals
            rt.incref(f.globals)
            fn.defaults = fn.kwdefaults = fn.dict = fn.annotations = None
            fn.closure = rt.tuple_of([f.fast[s] for s in closure_slots]) if closure_slots else None
            fn.name, fn.qualname = name_obj, qual_obj
            rt.incref(name_obj)
            rt.incref(qual_obj)
            function_fields(rt, fn, None)
            rt.alloc(fn, rt.t_function, rt.sizes("function"))
            args: list[HObject] = []
            try:
                for b in base_evs:
                    args.append(b(f))
                nbases = len(args)
                for _, ev in kw_evs:
                    args.append(ev(f))
                keywords = [(k, v) for (k, _), v in zip(kw_evs, args[nbases:])]
                cls = build_class(rt, name_obj, args[:nbases], keywords, lambda ns: run_body(f, fn, ns))
            finally:
                for o in args:
                    rt.decref(o)
                rt.decref(fn)
            if checkpoint and gcstate.scheduled:
                gcstate.run_scheduled()      # CALL's eval-breaker check after __build_class__
            store(f, apply_decorators(rt, ds, cls))
        return self.guard(node, define)

    # ------------------------------------------------------------------ imports


COMPREHENSION_NAMES = ("<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>")


def qualname_in(parent: Any, name: str) -> str:
    """compiler_set_qualname: a definition's __qualname__ in scope `parent`: the bare name at module
    level, `<parent>.<locals>.name` in a function or lambda, `<parent>.name` in a class body or in
    a comprehension's own code (3.12+ an inlined comprehension has none: its scope's code and kind
    are the enclosing scope's)."""
    if parent.kind == "module":
        return name
    if parent.kind == "function" and parent.code.name not in COMPREHENSION_NAMES:
        return f"{parent.code.qualname}.<locals>.{name}"
    return f"{parent.code.qualname}.{name}"


def function_fields(rt: Any, fn: HFunction, doc: HObject | None) -> None:
    """The fields PyFunction_NewWithQualName takes from its globals and code, given
    `fn.globals`: func_module (globals' __name__), func_builtins (3.10+,
    _PyEval_BuiltinsFromGlobals: the dict of globals' __builtins__ module, or that dict), func_doc
    (the docstring constant, else None). Each a new reference."""
    g = fn.globals
    entry = g.entries.get("__name__")
    fn.module = entry[1] if entry is not None else None
    fn.builtins = None
    if rt.profile.interp.function_holds_builtins:
        from .frames import builtins_dict
        fn.builtins = builtins_dict(rt, g)
    fn.doc = doc if doc is not None else rt.none
    for o in (fn.module, fn.builtins, fn.doc):
        if o is not None:
            rt.incref(o)
    if fn.code.obj is None:     # func_traverse visits func_code: the code object exists from here
        from .methods_more import code_object
        rt.decref(code_object(rt, fn.code))


def docstring(body: list[ast.stmt]) -> ast.Constant | None:
    """The string literal a body opens with (_PyAST_GetDocString), or None."""
    first = body[0] if body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and \
            isinstance(first.value.value, str):
        return first.value
    return None


def class_body_with_doc(body: list[ast.stmt]) -> list[ast.stmt]:
    """compiler_body: a class (or module) body that opens with a string literal stores it as __doc__."""
    doc = docstring(body)
    if doc is not None:
        first = body[0]
        target = ast.Name(id="__doc__", ctx=ast.Store())
        store = ast.Assign(targets=[target], value=doc)
        for n in (target, store):
            ast.copy_location(n, first)
        return [store, *body[1:]]
    return body


def class_static_attributes(node: ast.ClassDef) -> ast.stmt:
    """compiler_class_body (3.13): the body ends by storing __static_attributes__, the sorted names
    that its functions, at any depth, assign as `self.<name>` (compiler_visit_expr's Attribute
    Store with get_class_compiler_unit; a nested class collects its own)."""
    names: set[str] = set()

    def visit(n: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(n):
            if isinstance(child, ast.ClassDef):
                for e in [*child.decorator_list, *child.bases]:
                    visit(e, in_function)
                continue
            if in_function and isinstance(child, ast.Attribute) and isinstance(child.ctx, ast.Store) and \
                    isinstance(child.value, ast.Name) and child.value.id == "self":
                names.add(child.attr)
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    visit(node, False)
    last = node.body[-1]
    target = ast.Name(id="__static_attributes__", ctx=ast.Store())
    store = ast.Assign(targets=[target], value=ast.Constant(tuple(sorted(names))))
    for n in (target, store.value, store):
        ast.copy_location(n, last)
    return store


def apply_decorators(rt: Any, decorators: list[HObject], obj: HObject) -> HObject:
    """Call the decorators (new references, consumed) innermost first on `obj` (consumed); each is a
    CALL, followed from 3.12 by its eval-breaker check (profile interp.gc_checkpoints)."""
    gcstate = rt.heap.gc
    checkpoint = "call" in rt.gc_checkpoints
    for i, d in enumerate(reversed(decorators)):
        try:
            r = rt.call(d, [obj], None)
        except BaseException:
            for rest in decorators[:len(decorators) - 1 - i]:
                rt.decref(rest)
            raise
        finally:
            rt.decref(obj)
            rt.decref(d)
        obj = r
        if checkpoint and gcstate.scheduled:
            gcstate.run_scheduled()
    return obj


def _incref_ret(rt: Any, o: HObject) -> HObject:
    rt.incref(o)
    return o


def _call_copy(rt: Any, fn: HFunction, it: HObject) -> HObject:
    try:
        return call_function(rt, fn, [it], None, False)
    finally:
        rt.decref(it)
