"""The shapes CPython's compiler works through for one module: symbol-table blocks and code units.

`compile_footprint.py` replays the allocations of compiling a module; it needs, per version, the
blocks the symbol table makes (one per module, class, function, lambda, comprehension: the host's
`symtable` has the same ones) and the code objects the compiler makes, each with its constants (in
co_consts order, nested code objects in place) and its name tuples. The host compiler (3.11) gives
the code objects; the profile says how the version differs from it:

* ``compile_qualname_const``: 3.8-3.10 MAKE_FUNCTION takes the qualified name as a constant of the
  enclosing code (3.11 moved it into the code object, co_qualname);
* ``compile_inlines_comprehensions``: 3.12+ list/set/dict comprehensions have no code object of
  their own (PEP 709), their constants, names and iteration variables join the enclosing code's;
* ``compile_class_static_attributes``: 3.13 class bodies store ``__firstlineno__`` and
  ``__static_attributes__`` (constants and names of the class code);
* ``compile_removes_unused_consts``: 3.12+ drop the constants no instruction loads once the CFG
  optimizer has folded them (the items of a folded defaults tuple); they still went through the
  constant cache;
* ``compile_optimizes_percent_format``: 3.11+ turn ``'..%r..' % (x,)`` into an f-string (the
  format's pieces are the constants); before, the format string itself is the constant.
"""

from __future__ import annotations

import math
import symtable
import types
from dataclasses import dataclass, field
from typing import Any

INLINABLE = ("<listcomp>", "<setcomp>", "<dictcomp>")
CO_OPTIMIZED = 0x1
CO_GENERATOR_LIKE = 0x20 | 0x80 | 0x200   # CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR
# the host's (3.11) instructions that have no counterpart in 3.10's bytecode
HOST_ONLY_OPS = frozenset({"RESUME", "PRECALL", "PUSH_NULL", "KW_NAMES", "COPY_FREE_VARS", "MAKE_CELL",
                           "RETURN_GENERATOR"})


@dataclass
class Block:
    """One symbol-table entry (ste): its nested blocks and the names its global/nonlocal statements
    declare (with their line numbers)."""

    children: list[Block]
    directives: list[tuple[str, int]]


@dataclass
class Unit:
    """One code object: constants in co_consts order (a nested Unit where a code object is) and the
    names of its name tuples."""

    name: str
    qualname: str
    kind: str            # 'module', 'class', 'function', 'lambda', 'comprehension'
    consts: list[Any]
    names: list[str]
    varnames: list[str]
    cellvars: list[str]
    freevars: list[str]
    code_bytes: dict[str, Any]   # bytes of the code object, or what stands for the version's (code_bytes)
    unused: list[Any] = field(default_factory=list)   # constants remove_unused_consts drops
    # where in `consts` the code of each inlined comprehension that binds names begins
    inlined_at: list[int] = field(default_factory=list)
    static_attributes: tuple | None = None   # 3.13 class body: its own __static_attributes__ constant
    firstlineno: int = 0     # co_firstlineno (with qualname it finds the model's CodeInfo)

    def walk(self) -> list[Unit]:
        """This unit and its nested ones, in code order."""
        return [self, *(u for c in self.consts if isinstance(c, Unit) for u in c.walk())]

    def co_consts(self) -> list[Any]:
        """The constants of the finished code object: u_consts without the unused ones."""
        return [c for c in self.consts if not any(c is u for u in self.unused)]

    def names_of(self, tuple_name: str) -> list[str]:
        """The items of co_<tuple_name>; co_localsplusnames is varnames + the cells that are not
        arguments + freevars."""
        if tuple_name == "localsplusnames":
            return self.varnames + [c for c in self.cellvars if c not in self.varnames] + self.freevars
        return getattr(self, tuple_name)


def block_shape(table: symtable.SymbolTable, tree: Any) -> Block:
    """The symbol-table tree as symtable_enter_block builds it (pre-order). A global statement in any
    block also marks its names DEF_GLOBAL in the module's symbols (symtable_add_def_helper: st_global
    is the top block's ste_symbols), so the module block's own directives are read from its
    statements (`tree`, the module's AST) instead."""
    if table.get_type() == "module":
        directives = module_global_statements(tree)
    else:
        directives = [(s.get_name(), table.get_lineno()) for s in table.get_symbols()
                      if s.is_declared_global() or s.is_nonlocal()]
    return Block([block_shape(ch, tree) for ch in table.get_children()], directives)


def module_global_statements(tree: Any) -> list[tuple[str, int]]:
    """(name, lineno) of each name of the global statements in the module block itself, in source
    order: in its statements and their nested blocks (if, for, try ...), not in functions or classes
    (symtable_visit_stmt Global_kind → symtable_record_directive). Expressions hold no statements."""
    import ast
    found: list[tuple[str, int]] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Global):
            found.extend((name, node.lineno) for name in node.names)
        elif not isinstance(node, (ast.expr, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            stack.extend(reversed(list(ast.iter_child_nodes(node))))
    return found


def host_code(tree: Any, filename: str, profile: Any) -> types.CodeType:
    """The host compiler's code for the module; where the version has no optimize_format, each
    '... %r ...' % (x, y) gets a list display instead of its tuple, which the host does not turn
    into an f-string (the constants stay the same: the tuple is not a constant)."""
    import ast
    import copy
    if not profile.gc.compile_optimizes_percent_format:
        tree = copy.deepcopy(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) \
                    and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str) \
                    and isinstance(node.right, ast.Tuple) and folded_tuple(node.right) is None:
                node.right = ast.copy_location(ast.List(elts=node.right.elts, ctx=ast.Load()), node.right)
    return compile(tree, filename, "exec", dont_inherit=True)


def unit_shape(code: types.CodeType, profile: Any) -> Unit:
    """The code object tree of the version, from the host's code object `code`."""
    unit = Unit(code.co_name, code.co_qualname, unit_kind(code), [], list(code.co_names), list(code.co_varnames),
                list(code.co_cellvars), list(code.co_freevars), {}, firstlineno=code.co_firstlineno)
    if not profile.gc.compile_cell_args_first:
        unit.cellvars.sort()    # dictbytype; the host (3.11) puts argument cells first
    inline = profile.gc.compile_inlines_comprehensions
    loaded = loaded_consts(code)
    inlined: list[Unit] = []
    for i, c in enumerate(code.co_consts):
        if not isinstance(c, types.CodeType):
            if add_const(unit, c) and profile.gc.compile_removes_unused_consts and i and i not in loaded:
                unit.unused.append(c)
            continue
        child = unit_shape(c, profile)
        if inline and c.co_name in INLINABLE:
            inlined.append(child)
            if any(n != ".0" for n in child.varnames):
                unit.inlined_at.append(len(unit.consts))
            for k in child.consts:
                add_const(unit, k)
            unit.unused.extend(child.unused)
            unit.names.extend(n for n in child.names if n not in unit.names)
            # its iteration variables become locals of the enclosing code (u_fasthidden at module
            # and class level): they join its co_localsplusnames
            unit.varnames.extend(n for n in child.varnames if n != ".0" and n not in unit.varnames)
            continue
        unit.consts.append(child)
        if profile.gc.compile_qualname_const:
            add_const(unit, child.qualname)
    if inlined:
        uninline_cells(unit, inlined)
    unit.code_bytes = code_bytes(code, profile, bool(inlined))
    if unit.kind == "class" and profile.gc.compile_class_static_attributes:
        class_body_attributes(unit, code)
    return unit


def code_bytes(code: types.CodeType, profile: Any, inlines: bool) -> dict[str, Any]:
    """The bytes objects assemble merges, as far as their equality goes: the host's (3.11), or a value
    equal for the code objects whose bytes are equal in the version. A line table without columns
    (compile_linetable_columns) is equal where the instructions' lines relative to co_firstlineno are;
    an exception table with the compiler's own handlers (compile_exception_handlers) is not the empty
    one, and equal where the code is."""
    import dis
    facts = profile.gc
    linetable: Any = code.co_linetable
    if not facts.compile_linetable_columns:
        # the table spans the bytecode: one entry per instruction of the version, which loads the
        # qualified name before MAKE_FUNCTION (compile_qualname_const)
        lines = []
        for ins in dis.get_instructions(code):
            if ins.opname in HOST_ONLY_OPS:
                continue
            line = ins.positions.lineno - code.co_firstlineno if ins.positions.lineno is not None else None
            if ins.opname == "MAKE_FUNCTION" and facts.compile_qualname_const:
                lines.append(line)
            lines.append(line)
        linetable = ("lines", tuple(lines))
    table: Any = code.co_exceptiontable
    handlers = facts.compile_exception_handlers
    if ("generator" in handlers and code.co_flags & CO_GENERATOR_LIKE) \
            or ("inlined_comprehension" in handlers and inlines):
        table = ("handlers", table, code.co_code)
    return {"bytecode": code.co_code, "linetable": linetable, "exceptiontable": table}


def loaded_consts(code: types.CodeType) -> set[int]:
    """Indexes of the constants some instruction of the (host) code loads."""
    import dis
    return {ins.arg for ins in dis.get_instructions(code) if ins.opcode in dis.hasconst and ins.arg is not None}


def uninline_cells(unit: Unit, inlined: list[Unit]) -> None:
    """An inlined comprehension is no closure: the enclosing code's names it used stay plain locals
    unless a code object that is still nested (a def, lambda or generator) needs them as cells
    (symtable.c inline_comprehension); the comprehension's own cells become the enclosing code's."""
    nested = [c for c in unit.consts if isinstance(c, Unit)]
    kept = [c for c in unit.cellvars if any(c in n.freevars for n in nested)]
    for c in unit.cellvars:
        if c not in kept and c not in unit.varnames:
            unit.varnames.append(c)
    own = [c for comp in inlined for c in comp.cellvars]
    unit.cellvars = kept + [c for c in own if c not in kept]


def class_body_attributes(unit: Unit, code: types.CodeType) -> None:
    """3.13 compiler_class_body: __firstlineno__ is stored right after __qualname__ (its int is the
    constant after the qualified name); __static_attributes__ after the body, before the body's
    implicit 'return None' and before __classcell__."""
    first = code.co_firstlineno
    unit.consts = [c for c in unit.consts if const_key(c) != const_key(first)]
    unit.consts.insert(1, first)
    unit.names.insert(unit.names.index("__qualname__") + 1, "__firstlineno__")
    attrs = static_attributes(code)
    if all(const_key(c) != const_key(attrs) for c in unit.consts):
        unit.static_attributes = attrs    # its own constant (an equal literal is the parser's)
        last_none = unit.consts and unit.consts[-1] is None and none_loaded_once(code)
        unit.consts.insert(len(unit.consts) - 1 if last_none else len(unit.consts), attrs)
    at = unit.names.index("__classcell__") if "__classcell__" in unit.names else len(unit.names)
    unit.names.insert(at, "__static_attributes__")


def none_loaded_once(code: types.CodeType) -> bool:
    """None is a constant of the code only for its final implicit 'return None'."""
    import dis
    return sum(1 for ins in dis.get_instructions(code)
               if ins.opcode in dis.hasconst and ins.argval is None) == 1


def unit_kind(code: types.CodeType) -> str:
    """What made the code object: the module, a class body, a def, a lambda or a comprehension."""
    if code.co_name == "<module>":
        return "module"
    if not code.co_flags & CO_OPTIMIZED:
        return "class"
    if code.co_name == "<lambda>":
        return "lambda"
    if code.co_name in (*INLINABLE, "<genexpr>"):
        return "comprehension"
    return "function"


def static_attributes(class_code: types.CodeType) -> tuple[str, ...]:
    """3.13 __static_attributes__: the attribute names the class's methods assign on their first
    argument (self.x = ...), sorted (compiler_static_attributes_tuple)."""
    import dis
    names: set[str] = set()
    for c in class_code.co_consts:
        if isinstance(c, types.CodeType) and c.co_argcount and c.co_varnames:
            prev = None
            for ins in dis.get_instructions(c):
                if ins.opname == "STORE_ATTR" and prev is not None and prev.opname == "LOAD_FAST" \
                        and prev.argval == c.co_varnames[0]:
                    names.add(ins.argval)
                prev = ins
    return tuple(sorted(names))


def add_const(unit: Unit, value: Any) -> bool:
    """compiler_add_o on u_consts: an equal constant (same type, same value) is not added twice.
    Returns whether it was added."""
    key = const_key(value)
    if any(const_key(c) == key for c in unit.consts):
        return False
    unit.consts.append(value)
    return True


def const_key(value: Any) -> Any:
    """A host-side key equal for constants CPython's _PyCode_ConstantKey makes equal keys for."""
    if isinstance(value, Unit):
        return ("code", id(value))
    if isinstance(value, tuple):
        return ("tuple", tuple(const_key(v) for v in value))
    if isinstance(value, frozenset):
        return ("frozenset", frozenset(const_key(v) for v in value))
    if isinstance(value, float):
        return (float, value, math.copysign(1.0, value))
    if isinstance(value, complex):
        return (complex, value, math.copysign(1.0, value.real), math.copysign(1.0, value.imag))
    return (type(value), value)


def arena_constants(tree: Any, source_lines: list[str]) -> list[tuple[Any, bool]]:
    """The constant objects the parser and the AST optimizer make, one per occurrence, in source order:
    float literals (parsenumber / _PyPegen_number_token), the literals that are shared cached objects
    (is_shared_atom: small ints, one-character strings) and the tuple displays of constants that
    fold_tuple folds (inner ones too). The arena keeps them all until the module has run. Each comes
    with whether it is the first token of an assignment's value (after opening brackets): the PEG
    parser first tries to read that token as another assignment target."""
    import ast
    starts: set[tuple[int, int]] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.Expr)):
            v = node.value      # an expression statement is first tried as an assignment's target too
            line = source_lines[v.lineno - 1] if v.lineno <= len(source_lines) else ""
            col = v.col_offset
            while col < len(line) and line[col] in "([ \t":
                col += 1
            starts.add((v.lineno, col))
    found: list[tuple[int, int, Any]] = []
    inner: set[int] = set()    # tuples folded into an outer one: its copy makes them (arena_copy)
    for node in ast.walk(tree):
        pos = (getattr(node, "lineno", 0), getattr(node, "col_offset", 0))
        if isinstance(node, ast.Constant) and (type(node.value) is float or is_shared_atom(node.value)):
            found.append((*pos, node.value))
        elif isinstance(node, ast.Tuple) and node.elts and id(node) not in inner:
            value = folded_tuple(node)
            if value is not None:
                found.append((*pos, value))
                inner.update(id(n) for n in ast.walk(node) if n is not node)
    return [(v, (ln, col) in starts) for ln, col, v in sorted(found, key=lambda t: (t[0], t[1]))]


def is_shared_atom(value: Any) -> bool:
    """A constant whose every occurrence is the one cached object (a small int, a latin-1
    one-character or empty str, a single or empty bytes): each occurrence the parser reads is one
    more reference the arena holds to it."""
    t = type(value)
    if t is int:
        return -5 <= value <= 256
    if t is str:
        return len(value) <= 1 and (not value or ord(value) < 256)
    return t is bytes and len(value) <= 1


def folded_tuple(node: Any) -> tuple | None:
    """The constant a tuple display folds to (fold_tuple in Python/ast_opt.c), or None."""
    import ast
    if not isinstance(node, ast.Tuple) or not isinstance(node.ctx, ast.Load):
        return None
    items = []
    for elt in node.elts:
        if isinstance(elt, ast.Constant):
            items.append(elt.value)
        else:
            inner = folded_tuple(elt)
            if inner is None:
                return None
            items.append(inner)
    return tuple(items)


def constant_defaults(tree: Any) -> set[Any]:
    """Keys (`const_key`) of the positional-defaults tuples of defs and lambdas whose defaults are
    all constants: compiler_default_arguments emits BUILD_TUPLE of them, which a later pass folds."""
    import ast
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) and node.args.defaults:
            value = folded_tuple(ast.Tuple(elts=node.args.defaults, ctx=ast.Load()))
            if value is not None:
                out.add(const_key(value))
    return out
