"""The compiler: Python source → host closures over frames (no tree walk at run time).

Each expression compiles to ``ev(f) -> HObject`` returning a *new reference* (CPython's value-stack
entry, owned by whoever consumes it); each statement to ``ex(f) -> signal`` where the signal is None
(fall through), BREAK, CONTINUE or RETURN (value in ``f.retval``). Scopes come from the host's
`symtable` (the same rules as CPython's compiler: local, cell, free, global). Constants are created
once per compilation and held by the code (co_consts), folded like CPython's AST optimizer.
Statements are in `compile_stmt.py`; this module owns scopes, constants and expressions.
"""

from __future__ import annotations

import ast
import math
import symtable
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.objects import HObject
from .compile_defs import DefsCompiler
from .compile_expr import NOT_CONST, ExprCompiler
from .compile_fold import FrozenConst, fold_iter_displays
from .compile_footprint import CompileFootprint
from .compile_match import add_subscript_index_consts, host_syntax_error
from .compile_shapes import block_shape, host_code, unit_shape
from .compile_stmt import StmtCompiler
from .compile_warnings import compile_warnings, format_warnings
from .errors import Unsupported
from .frames import CodeInfo
from .interning import all_name_chars

if TYPE_CHECKING:
    from .runtime import Runtime

Ev = Callable[[Any], HObject]


class Scope:
    """One code object being compiled: its symbol table, its CodeInfo and its kind."""

    def __init__(self, table: symtable.SymbolTable, code: CodeInfo, kind: str, parent: Scope | None) -> None:
        self.table = table
        self.code = code
        self.kind = kind          # 'module', 'function', 'class'
        self.parent = parent
        self.children: dict[tuple[str, int], list[symtable.SymbolTable]] = {}
        for ch in table.get_children():
            self.children.setdefault((ch.get_name(), ch.get_lineno()), []).append(ch)
        self.loop_depth = 0
        # cells of the host's symtable that 3.12+ keep plain locals: only inlined comprehensions use
        # them (compile_inline.inlined_only_cells)
        self.demoted: frozenset[str] = frozenset()
        # locals of the host's symtable that 3.12+ make cells: an inlined comprehension's lambda
        # captures its variable of that name (compile_inline.inlined_cells)
        self.promoted: frozenset[str] = frozenset()
        self.handler_depth = 0    # try/with statements around the code being compiled (e_Yield)

    def child(self, name: str, lineno: int) -> symtable.SymbolTable:
        lst = self.children.get((name, lineno))
        if not lst:
            raise Unsupported(f"scope {name!r}", self.code.filename, lineno)
        return lst.pop(0)

    def sym_scope(self, name: str) -> str:
        """'fast', 'cell', 'free', 'global', 'name' (LOAD_NAME) or 'classderef'."""
        if self.kind == "module":
            return "name"
        try:
            sym = self.table.lookup(name)
        except KeyError:
            return "global" if self.kind == "function" else "name"
        sc = sym._Symbol__scope   # type: ignore[attr-defined]
        if sc == symtable.FREE:
            return "free" if self.kind == "function" else "classderef"
        if (sc == symtable.CELL and name not in self.demoted) or name in self.promoted:
            return "cell" if self.kind == "function" else "name"
        if sc == symtable.GLOBAL_EXPLICIT:
            return "global"
        if sc == symtable.GLOBAL_IMPLICIT:
            return "global" if self.kind == "function" else "name"
        return "fast" if self.kind == "function" else "name"


class Compiler(ExprCompiler, StmtCompiler, DefsCompiler):
    """Compiles one source text (one compilation unit: constants are shared across its code objects,
    as compile.c's merge_consts does)."""

    def __init__(self, rt: Runtime, source: str, filename: str) -> None:
        self.rt = rt
        self.source = source
        self.source_lines = source.splitlines()
        self.filename = filename
        self.const_cache: dict[Any, HObject] = {}
        # constants CPython makes after the symbol table (folded at code generation): made
        # unaccounted here, charged when compile_footprint's replay reaches them (charge_folded)
        self.folded_later: dict[int, HObject] = {}
        self.frozen_orders: dict[int, FrozenConst] = {}    # fold_iter's frozenset constants
        self.scope: Scope = None  # type: ignore[assignment]
        self.tree: ast.Module | None = None             # set by compile_module
        self.table: symtable.SymbolTable | None = None

    def unsupported(self, what: str, node: ast.AST | None) -> Unsupported:
        return Unsupported(what, self.filename, getattr(node, "lineno", 0))

    # ------------------------------------------------------------------ code objects
    def compile_module(self) -> CodeInfo:
        # The host's parser and symtable warn in the host's words (and 3.11's rules): the simulated
        # program's SyntaxWarnings are compile_warnings.py's, written by compile_main.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                self.tree = tree = ast.parse(self.source, self.filename)
            except SyntaxError as e:
                raise host_syntax_error(self, e) from None
            self.table = table = symtable.symtable(self.source, self.filename, "exec")
        fold_iter_displays(tree, self.folded, NOT_CONST, self.frozen_orders)
        code = CodeInfo("<module>", self.filename, 1)
        self.scope = Scope(table, code, "module", None)
        self.intern_bound_names(tree)
        # compiler_body: a module docstring is stored as __doc__, as a class body's is
        from .compile_defs import class_body_with_doc
        code.body = self.block(class_body_with_doc(tree.body), fn_end=True)
        return code

    def intern_bound_names(self, tree: ast.Module) -> None:
        """The parser makes every identifier an interned string (Python/ast.c new_identifier in 3.8,
        Parser/pegen.c _PyPegen_new_identifier from 3.9) and the code objects keep them (co_names,
        co_varnames), so the names a program binds exist before its first statement runs ([RUN
        3.8-3.13] binding a new global name to 0 between two sys.getallocatedblocks() calls takes no
        block: tests/interp/test_allocated_blocks.py). Only the names the program binds (variables,
        attributes it sets, definitions, imports) are made here, in source order: names it only
        reads are mostly ones start-up already holds (builtins, methods of builtin types)."""
        found: list[tuple[int, int, str]] = []
        for node in ast.walk(tree):
            pos = (getattr(node, "lineno", 0), getattr(node, "col_offset", 0))
            if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
                found.append((*pos, node.id))
            elif isinstance(node, ast.Attribute) and not isinstance(node.ctx, ast.Load):
                found.append((*pos, node.attr))
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                found.append((*pos, node.name))
            elif isinstance(node, (ast.Global, ast.Nonlocal)):
                found.extend((*pos, n) for n in node.names)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                found.extend((*pos, a.asname or a.name.partition(".")[0]) for a in node.names
                             if a.name != "*")
        for _, _, name in sorted(found, key=lambda t: (t[0], t[1])):
            self.rt.str_const(name)

    def new_code(self, name: str, qualname: str, node: ast.AST, table: symtable.SymbolTable, kind: str,
                 args: ast.arguments | None) -> Scope:
        code = CodeInfo(name, self.filename, getattr(node, "lineno", 1))
        code.qualname = qualname
        scope = Scope(table, code, kind, self.scope)
        if kind == "function":
            names: list[str] = []
            if args is not None:
                pos = [a.arg for a in args.posonlyargs + args.args]
                code.posonly = len(args.posonlyargs)
                code.argcount = len(pos)
                code.kwonly = [a.arg for a in args.kwonlyargs]
                names = pos + code.kwonly
                if args.vararg:
                    code.varargs = args.vararg.arg
                    names.append(args.vararg.arg)
                if args.kwarg:
                    code.varkw = args.kwarg.arg
                    names.append(args.kwarg.arg)
            local_names = [n for n in names]
            if self.rt.profile.interp.comprehension_inlined:
                from .compile_inline import inlined_cells, inlined_only_cells, order_inlined_cells
                scope.demoted = inlined_only_cells(table)
                scope.promoted = inlined_cells(table)
            cells = []
            frees = []
            for sym in table.get_symbols():
                n = sym.get_name()
                sc = sym._Symbol__scope   # type: ignore[attr-defined]
                if (sc == symtable.CELL and n not in scope.demoted) or n in scope.promoted:
                    cells.append(n)
                elif sc == symtable.FREE:
                    frees.append(n)
                elif (sc == symtable.LOCAL or n in scope.demoted) and n not in local_names:
                    local_names.append(n)
            cells = self.cell_order(names, cells)
            if scope.promoted:
                cells = order_inlined_cells(cells, names, scope.promoted)
            frees = sorted(frees)   # dictbytype sorts the names (compiler_enter_scope)
            code.varnames = local_names
            code.cellvars = cells
            code.freevars = frees
            nloc = len(local_names)
            slots = {n: i for i, n in enumerate(local_names)}
            cell_args = []
            for j, c in enumerate(cells):
                # MAKE_CELL: an argument that is a cell moves into a cell slot of its own
                cell_args.append((nloc + j, names.index(c) if c in names else -1))
                slots[c] = nloc + j
            base = nloc + len(cells)
            for i, fv in enumerate(frees):
                slots[fv] = base + i
            code.slots = slots
            code.cell_args = cell_args
            code.nlocals = base + len(frees)
        return scope

    def cell_order(self, args: list[str], cells: list[str]) -> list[str]:
        """co_cellvars: dictbytype sorts the cell names (compiler_enter_scope); from 3.11 the cells
        that are arguments keep their argument slots, first, in argument order
        (compute_localsplus_info), then the sorted others (profile gc.compile_cell_args_first)."""
        cells = sorted(cells)
        if not self.rt.profile.gc.compile_cell_args_first:
            return cells
        return [a for a in args if a in cells] + [c for c in cells if c not in args]

    def const(self, value: Any, *, folded_later: bool = False) -> HObject:
        """A code constant (borrowed). A new one is the parser's object, referenced by the AST arena;
        co_consts takes its own reference when compile_footprint builds the code's tuples.
        `folded_later`: a tuple the optimizer folds at code generation (a def's constant defaults),
        after the symbol table is built: a new one is made unaccounted until the replay charges it."""
        rt = self.rt
        key = self._const_key(value)
        c = self.const_cache.get(key)
        if c is not None:
            return c
        if isinstance(value, str) and all_name_chars(value):
            c = rt.str_const(value)     # interned; its reference is co_consts' (compile_footprint)
        elif isinstance(value, FrozenConst):
            c = self.frozenset_const([self.const(v) for v in value])
        elif isinstance(value, tuple):
            items = [self.const(v) for v in value]
            if folded_later:
                with rt.heap.unaccounted():
                    c = rt.tuple_of(items)
                self.folded_later[id(c)] = c
            else:
                c = rt.tuple_of(items)
            # constant tuples of atoms are untracked by the first collection; the model untracks
            # them at once (they hold no containers)
        else:
            c = rt.from_host(value)
        self.const_cache[key] = c
        self.scope.code.consts.append(c)
        return c

    def frozenset_const(self, keys: list[HObject]) -> HObject:
        """fold_iter's frozenset constant: PyFrozenSet_New of the items' tuple, in the slot order the
        compiler leaves it in (settable.constant_frozenset)."""
        from .settable import constant_frozenset, make_new_set, set_merge
        rt = self.rt
        fs = make_new_set(rt, rt.t_frozenset)
        set_merge(rt, fs, constant_frozenset(rt, keys))
        return fs

    def charge_folded(self, obj: HObject) -> None:
        """The replay reached the moment CPython folds `obj` (a `folded_later` constant): its
        allocation is counted now (Heap.charge_allocation)."""
        if self.folded_later.pop(id(obj), None) is not None:
            self.rt.heap.charge_allocation(obj)

    def lookup_const(self, value: Any) -> HObject | None:
        """The constant this compilation made for `value` (what merge_consts_recursive finds in
        c_const_cache), or None if the model's compiler folded nothing for it."""
        return self.const_cache.get(self._const_key(value))

    def _const_key(self, value: Any) -> tuple:
        """_PyCode_ConstantKey: equal constants of one type share an object, except that a float or
        complex zero is keyed with its sign (0.0 == -0.0, but they are two constants)."""
        if isinstance(value, (FrozenConst, frozenset)):
            return ("frozenset", frozenset(self._const_key(v) for v in value))
        if isinstance(value, tuple):
            return ("tuple", tuple(self._const_key(v) for v in value))
        if isinstance(value, float):
            return (float, value, math.copysign(1.0, value))
        if isinstance(value, complex):
            return (complex, value, math.copysign(1.0, value.real), math.copysign(1.0, value.imag))
        return (type(value), value)


def compile_module(rt: Runtime, source: str, filename: str) -> CodeInfo:
    """Compile module source; SyntaxError (host) propagates to the caller, which reports it as CPython
    does; unsupported constructs raise `Unsupported`. For a module CPython loads compiled (no compile
    footprint), each constant gets the reference its code object's co_consts holds."""
    compiler = Compiler(rt, source, filename)
    code = compiler.compile_module()
    for c in compiler.const_cache.values():
        rt.incref(c)
    return code


def compile_main(rt: Runtime, source: str, filename: str) -> tuple[CodeInfo, CompileFootprint]:
    """Compile the main script as pyrun_file does: the model's code, then the replay of what CPython's
    parser and compiler allocate and free on the way (compile_footprint.py), which leaves the code
    objects' tuples alive. The caller ends the footprint (`finish_module`) when the module has run."""
    compiler = Compiler(rt, source, filename)
    code = compiler.compile_module()
    found = compile_warnings(compiler.tree, source, compiler.folded, NOT_CONST, rt.profile.interp)
    rt.stderr.append(format_warnings(found, filename, compiler.source_lines))
    footprint = CompileFootprint(rt, compiler)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            host = host_code(compiler.tree, filename, rt.profile)
        except SyntaxError as e:
            raise host_syntax_error(compiler, e) from None
    shape = unit_shape(host, rt.profile)
    add_subscript_index_consts(shape, compiler.tree, rt.profile)
    footprint.run(compiler.tree, shape, block_shape(compiler.table, compiler.tree))
    return code, footprint
