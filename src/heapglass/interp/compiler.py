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
import symtable
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.objects import HObject
from .compile_defs import DefsCompiler
from .compile_expr import ExprCompiler
from .compile_stmt import StmtCompiler
from .errors import Unsupported
from .frames import CodeInfo

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
        if sc == symtable.CELL:
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
        self.scope: Scope = None  # type: ignore[assignment]

    def unsupported(self, what: str, node: ast.AST | None) -> Unsupported:
        return Unsupported(what, self.filename, getattr(node, "lineno", 0))

    # ------------------------------------------------------------------ code objects
    def compile_module(self) -> CodeInfo:
        tree = ast.parse(self.source, self.filename)
        table = symtable.symtable(self.source, self.filename, "exec")
        code = CodeInfo("<module>", self.filename, 1)
        self.scope = Scope(table, code, "module", None)
        self.intern_bound_names(tree)
        code.body = self.block(tree.body, fn_end=True)
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
            cells = []
            frees = []
            for sym in table.get_symbols():
                n = sym.get_name()
                sc = sym._Symbol__scope   # type: ignore[attr-defined]
                if sc == symtable.CELL:
                    cells.append(n)
                elif sc == symtable.FREE:
                    frees.append(n)
                elif sc == symtable.LOCAL and n not in local_names:
                    local_names.append(n)
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

    def const(self, value: Any) -> HObject:
        """A code constant (borrowed; held by the compilation unit like co_consts)."""
        rt = self.rt
        key = (type(value), value) if not isinstance(value, tuple) else ("tuple", self._tuple_key(value))
        c = self.const_cache.get(key)
        if c is not None:
            return c
        if isinstance(value, str) and value.isidentifier() and value.isascii():
            c = rt.str_const(value)
            rt.incref(c)
        elif isinstance(value, tuple):
            items = [self.const(v) for v in value]
            c = rt.tuple_of(items)
            # constant tuples of atoms are untracked by the first collection; the model untracks
            # them at once (they hold no containers)
        else:
            c = rt.from_host(value)
        if not isinstance(value, str) or not value.isidentifier():
            # a code constant is referenced twice by the compiled code ([RUN 3.8-3.13]: x = 1.5;
            # sys.getrefcount(x) == 4 — the name, the argument and two from the code)
            rt.incref(c)
        self.const_cache[key] = c
        self.scope.code.consts.append(c)
        return c

    def _tuple_key(self, t: tuple) -> tuple:
        return tuple(("tuple", self._tuple_key(v)) if isinstance(v, tuple) else (type(v), v) for v in t)


def compile_module(rt: Runtime, source: str, filename: str) -> CodeInfo:
    """Compile module source; SyntaxError (host) propagates to the caller, which reports it as CPython
    does; unsupported constructs raise `Unsupported`."""
    return Compiler(rt, source, filename).compile_module()
