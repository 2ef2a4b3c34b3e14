"""Inlined comprehensions (PEP 709, 3.12+; profile fact interp.comprehension_inlined): a list, set or
dict comprehension has no function and no frame of its own. Its body runs in the enclosing frame;
the names it binds are fast locals of that frame (`fast hidden` ones in module and class bodies),
isolated from the enclosing scope's by saving and clearing them on entry and restoring them after
it, also when it raises (compile.c push_inlined_comprehension_state /
pop_inlined_comprehension_state; symtable.c inline_comprehension).
"""

from __future__ import annotations

import ast
import symtable
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HCell
from ..heap.objects import HObject
from .compiler import Scope
from .frames import CodeInfo

if TYPE_CHECKING:
    from .runtime import Runtime

# (name, fast slot, is a cell in the comprehension): one LOAD_FAST_AND_CLEAR (+ MAKE_CELL) each
Pushed = list[tuple[str, int, bool]]


class InlinedCode:
    """The enclosing code seen from inside an inlined comprehension: its own slot map (a name the
    comprehension binds may have a slot apart from the enclosing scope's free variable of that name),
    everything else the enclosing code's."""

    def __init__(self, root: CodeInfo, slots: dict[str, int]) -> None:
        self.root = root
        self.slots = slots

    def __getattr__(self, name: str) -> Any:
        return getattr(self.root, name)


class InlinedScope(Scope):
    """The scope an inlined comprehension is compiled in: the names it binds resolve to the slots
    pushed for them ('fast', or 'cell' when a nested function captures them); the others as in the
    enclosing scope (compile.c's temp_symbols: a free name is the enclosing scope's, read with
    LOAD_DEREF even in a class body; a global one stays global). Its kind is the enclosing scope's,
    so a lambda inside is named as compiler_set_qualname names it there."""

    def __init__(self, table: symtable.SymbolTable, parent: Scope, pushed: Pushed, slots: dict[str, int]) -> None:
        root = parent.code.root if isinstance(parent.code, InlinedCode) else parent.code
        super().__init__(table, InlinedCode(root, slots), parent.kind, parent)  # type: ignore[arg-type]
        self.own = {n: ("cell" if is_cell else "fast") for n, _, is_cell in pushed}

    def sym_scope(self, name: str) -> str:
        own = self.own.get(name)
        if own is not None:
            return own
        try:
            sc = self.table.lookup(name)._Symbol__scope   # type: ignore[attr-defined]
        except KeyError:
            return self.parent.sym_scope(name)  # type: ignore[union-attr]
        if sc == symtable.FREE:
            outer = self.parent.sym_scope(name)  # type: ignore[union-attr]
            return "free" if outer == "classderef" else outer
        return "global"


INLINED = ("listcomp", "setcomp", "dictcomp")


def captured_by_nested(table: symtable.SymbolTable, name: str) -> bool:
    """Whether a code object that stays nested under `table` (a def, lambda, class or generator
    expression, maybe inside inlined comprehensions that do not bind `name`) takes `name` from it as
    a free variable (symtable.c is_free_in_any_child)."""
    for child in table.get_children():
        try:
            sc = child.lookup(name)._Symbol__scope   # type: ignore[attr-defined]
        except KeyError:
            continue
        if sc == symtable.FREE and (child.get_name() not in INLINED or captured_by_nested(child, name)):
            return True
    return False


def inlined_only_cells(table: symtable.SymbolTable) -> frozenset[str]:
    """The cells the host's (3.11) symtable gives `table` only because an inlined comprehension reads
    them: 3.12's stay plain locals (symtable.c inline_comprehension drops them from the
    comprehension's free names when the enclosing scope binds them)."""
    return frozenset(s.get_name() for s in table.get_symbols()
                     if s._Symbol__scope == symtable.CELL  # type: ignore[attr-defined]
                     and not captured_by_nested(table, s.get_name()))


def inlined_cells(table: symtable.SymbolTable) -> frozenset[str]:
    """symtable.c inline_comprehension's inlined_cells: the names an inlined comprehension under
    `table` (or one inlined into it) binds and a nested function captures become cells of `table`."""
    out: set[str] = set()
    for child in table.get_children():
        if child.get_name() in INLINED:
            out |= {s.get_name() for s in child.get_symbols()
                    if s._Symbol__scope == symtable.CELL  # type: ignore[attr-defined]
                    and captured_by_nested(child, s.get_name())}
            out |= inlined_cells(child)
    return frozenset(out)


def order_inlined_cells(cells: list[str], args: list[str], promoted: frozenset[str]) -> list[str]:
    """co_cellvars in localsplus order (compute_localsplus_info): the cells that are in varnames too
    (the arguments, then the names LOAD_FAST_AND_CLEAR put there), then the others."""
    first = [c for c in cells if c in args]
    rest = [c for c in cells if c not in args]
    return first + [c for c in rest if c in promoted] + [c for c in rest if c not in promoted]


def first_fast_uses(body: list[ast.stmt]) -> dict[str, tuple[int, int]]:
    """Where the compiler first emits a fast-local instruction for each name of a function body
    (compiler_nameop adds the name to u_varnames there, so co_varnames follows that order): a load
    where it stands, a store once the value it stores is compiled; nested functions' and classes'
    bodies are not this code's."""
    out: dict[str, tuple[int, int]] = {}

    def end(n: ast.AST) -> tuple[int, int]:
        return (getattr(n, "end_lineno", 0) or 0, getattr(n, "end_col_offset", 0) or 0)

    def walk(n: ast.AST, store_at: tuple[int, int] | None) -> None:
        if isinstance(n, ast.Name):
            at = store_at if store_at is not None and not isinstance(n.ctx, ast.Load) else (n.lineno, n.col_offset)
            if at < out.get(n.id, (1 << 30, 0)):
                out[n.id] = at
            return
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            parts = [*getattr(n, "decorator_list", []), *getattr(n, "bases", [])]
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                parts += [*n.args.defaults, *(d for d in n.args.kw_defaults if d is not None)]
            for p in parts:
                walk(p, None)
            name = getattr(n, "name", None)
            if name is not None and (n.end_lineno or 0, 0) < out.get(name, (1 << 30, 0)):
                out[name] = (n.end_lineno or 0, 0)
            return
        if isinstance(n, (ast.Assign, ast.AnnAssign, ast.NamedExpr)) and n.value is not None:
            walk(n.value, None)
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target]):
                walk(t, end(n.value))
            return
        if isinstance(n, (ast.For, ast.comprehension)):
            walk(n.iter, None)
            walk(n.target, end(n.iter))
            for c in (n.body + n.orelse if isinstance(n, ast.For) else n.ifs):
                walk(c, None)
            return
        for c in ast.iter_child_nodes(n):
            walk(c, store_at)

    for stmt in body:
        walk(stmt, None)
    return out


def varnames_insert_at(root_scope: Scope, root: CodeInfo, node: ast.AST) -> int:
    """Where a name an inlined comprehension adds goes in the enclosing function's co_varnames: after
    the arguments and the locals compiled before the comprehension (LOAD_FAST_AND_CLEAR adds it when
    the compiler reaches it)."""
    body = getattr(root_scope, "body_ast", None)
    if body is None:
        return len(root.varnames)
    uses = getattr(root_scope, "fast_uses", None)
    if uses is None:
        uses = root_scope.fast_uses = first_fast_uses(body)  # type: ignore[attr-defined]
    at = (node.lineno, node.col_offset)   # type: ignore[attr-defined]
    nargs = root.argcount + len(root.kwonly) + (root.varargs is not None) + (root.varkw is not None)
    for i in range(nargs, len(root.varnames)):
        if uses.get(root.varnames[i], (0, 0)) > at:
            return i
    return len(root.varnames)


def push_inlined_comprehension_slots(parent: Scope, table: symtable.SymbolTable,
                                     node: ast.AST) -> tuple[Pushed, dict[str, int]]:
    """push_inlined_comprehension_state's names: each name the comprehension binds (its local and
    cell symbols, in symbol-table order, '.0' excepted) gets the enclosing code's fast slot of that
    name (the same varnames entry) or a new one, added to co_varnames. A cell that is new to the
    enclosing code (function, class or module body) joins its co_cellvars, made empty at its entry
    (MAKE_CELL in the prologue, symtable.c inline_comprehension's inlined_cells)."""
    code = parent.code
    root: CodeInfo = code.root if isinstance(code, InlinedCode) else code  # type: ignore[assignment]
    root_scope = parent
    while isinstance(root_scope, InlinedScope):
        root_scope = root_scope.parent  # type: ignore[assignment]

    def add_varname(name: str) -> None:
        if name not in root.varnames:
            root.varnames.insert(varnames_insert_at(root_scope, root, node) if parent.kind == "function"
                                 else len(root.varnames), name)
            uses = getattr(root_scope, "fast_uses", None)
            if uses is not None:
                uses[name] = (node.lineno, node.col_offset)   # type: ignore[attr-defined]
    slots = dict(code.slots)
    pushed: Pushed = []
    for sym in table.get_symbols():
        name = sym.get_name()
        sc = sym._Symbol__scope   # type: ignore[attr-defined]
        if name == ".0" or sc not in (symtable.LOCAL, symtable.CELL):
            continue
        is_cell = sc == symtable.CELL and captured_by_nested(table, name)
        if name in code.slots and (parent.sym_scope(name) in ("fast", "cell") or name in root.fast_hidden):
            slot = code.slots[name]
            add_varname(name)       # an enclosing cell: LOAD_FAST_AND_CLEAR names it in varnames
                                    # too (CO_FAST_LOCAL | CO_FAST_CELL)
        else:
            slot = root.nlocals
            root.nlocals += 1
            add_varname(name)
            root.slots.setdefault(name, slot)
            if parent.kind != "function":
                root.fast_hidden[name] = slot
            if is_cell and name not in root.cellvars:
                # in varnames: after the cells that are too, before the others (localsplus order)
                root.cellvars.insert(len([c for c in root.cellvars if c in root.varnames]), name)
                root.cell_args.append((slot, -1))
        slots[name] = slot
        pushed.append((name, slot, is_cell))
    return pushed, slots


def inlined_comprehension(rt: Runtime, outer_iter: Callable, pushed: Pushed, new_accumulator: Callable,
                          loop: Callable) -> Callable:
    """compiler_comprehension with is_inlined: the outermost iterable is evaluated and GET_ITER
    made its iterator, the pushed names saved and cleared (LOAD_FAST_AND_CLEAR, MAKE_CELL for a
    cell; SWAP puts them under the iterator: the last one first), the result made
    (BUILD_LIST/SET/MAP, where the exception-table entry of its cleanup begins), then the loop. After it
    the iterator is gone (END_FOR) and the names are restored in reverse order
    (STORE_FAST_MAYBE_NULL, dropping the comprehension's values); when it raises, its handler drops
    the unfinished result first."""

    def run(f: Any) -> HObject:
        o = outer_iter(f)
        try:
            it = rt.get_iter(o)
        finally:
            rt.decref(o)
        fast = f.fast
        saved: list[HObject | None] = []
        for _, slot, is_cell in pushed:
            saved.append(fast[slot])
            fast[slot] = None
            if is_cell:
                cell = HCell()
                cell.ob_ref = None
                fast[slot] = rt.alloc(cell, rt.t_cell, rt.sizes("cell"))
        held = [s for s in saved[-1:] + saved[:-1] if s is not None]
        f.stack.extend(held)
        acc = new_accumulator()
        f.stack.append(acc)
        try:
            loop(f, 0, acc, it)
        except BaseException:
            _pop(f, [acc])
            rt.decref(acc)
            restore(f, saved, held)
            raise
        _pop(f, [acc])
        restore(f, saved, held)
        return acc

    def restore(f: Any, saved: list[HObject | None], held: list[HObject]) -> None:
        _pop(f, held)
        fast = f.fast
        for (_, slot, _), v in zip(reversed(pushed), reversed(saved)):
            old = fast[slot]
            fast[slot] = v
            if old is not None:
                rt.decref(old)
    return run


def _pop(f: Any, objs: list[HObject]) -> None:
    """Take `objs` (the topmost value-stack entries, bottom first) off the frame's stack."""
    for o in reversed(objs):
        if f.stack and f.stack[-1] is o:
            f.stack.pop()
