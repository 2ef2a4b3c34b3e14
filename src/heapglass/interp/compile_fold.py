"""The AST optimizer's fold_iter (Python/ast_opt.c), applied to the tree before it is compiled.

A list display that is iterated — the iterable of a `for` loop or of a comprehension, or the last
comparator of `in` / `not in` — becomes a tuple display (a constant tuple when its items are
constants), so no list is built at run time; a set display of constants there becomes a frozenset
constant. The same in every supported version ([RUN 3.8.18-3.13.0] `for x in [1, 2, 3]` and
`a in [1, 5]` allocate no list, `for x in [a, 2]` iterates a tuple_iterator).
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any


class FrozenConst(tuple):
    """The frozenset constant fold_iter makes of a set display: its items in source order, from
    which the compiler builds the frozenset as PyFrozenSet_New does. (The tree itself holds a plain
    frozenset, so the host can compile it; `orders` maps that Constant node to its items.)"""

    __slots__ = ()


def fold_iter_displays(tree: ast.AST, folded: Callable[[ast.expr], Any], not_const: Any,
                       orders: dict[int, FrozenConst]) -> None:
    """astfold_stmt / astfold_comprehension / fold_compare: fold_iter on every iterated display.
    `folded` gives an expression's folded constant value, or `not_const`; `orders` receives each
    frozenset constant's items by the id of its Constant node."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            node.iter = fold_iter(node.iter, folded, not_const, orders)
        elif isinstance(node, ast.Compare) and isinstance(node.ops[-1], (ast.In, ast.NotIn)):
            node.comparators[-1] = fold_iter(node.comparators[-1], folded, not_const, orders)


def fold_iter(arg: ast.expr, folded: Callable[[ast.expr], Any], not_const: Any,
              orders: dict[int, FrozenConst]) -> ast.expr:
    """fold_iter: a list display without *-items is a tuple display from now on; a set display of
    constants is a frozenset constant."""
    if isinstance(arg, ast.List) and not any(isinstance(e, ast.Starred) for e in arg.elts):
        return ast.copy_location(ast.Tuple(elts=arg.elts, ctx=ast.Load()), arg)
    if isinstance(arg, ast.Set):
        values = [folded(e) for e in arg.elts]
        if all(v is not not_const for v in values):
            node = ast.copy_location(ast.Constant(value=frozenset(values)), arg)
            orders[id(node)] = FrozenConst(values)
            return node
    return arg


MAXDIGITS = 3      # ast_opt.c: a width or precision has at most 2 digits


def optimize_format(node: ast.BinOp, folded: Callable[[ast.expr], Any], not_const: Any) -> ast.JoinedStr | None:
    """fold_binop → optimize_format (Python/ast_opt.c, 3.11+: fact gc.compile_optimizes_percent_format):
    `'...' % (a, b)` with a constant str, a tuple display that does not fold to a constant and no
    *-item becomes the f-string of its pieces (FORMAT_VALUE per %s/%r/%a unit, an optional width and
    precision as a constant spec), so no tuple is built and str.__mod__ never runs. None when the
    format has another unit or the unit and item counts differ: the BinOp stays."""
    fmt, rhs = node.left, node.right
    if not (isinstance(node.op, ast.Mod) and isinstance(fmt, ast.Constant) and isinstance(fmt.value, str)
            and isinstance(rhs, ast.Tuple) and not any(isinstance(e, ast.Starred) for e in rhs.elts)):
        return None
    if folded(rhs) is not not_const:
        return None     # fold_tuple made it a constant first: `'%s' % (1,)` stays str % tuple
    text, elts = fmt.value, rhs.elts
    values: list[ast.expr] = []
    pos = cnt = 0
    while True:
        pos, lit = parse_literal(text, pos)
        if lit:
            values.append(ast.Constant(value=lit))
        if pos >= len(text):
            break
        if cnt >= len(elts):
            return None     # more format units than items
        parsed = parse_format(text, pos + 1)
        if parsed is None:
            return None     # unsupported format unit
        pos, conversion, spec = parsed
        arg = elts[cnt]
        cnt += 1
        values.append(ast.copy_location(ast.FormattedValue(
            value=arg, conversion=conversion,
            format_spec=None if spec is None else ast.Constant(value=spec)), arg))
    if cnt < len(elts):
        return None         # more items than format units
    return ast.copy_location(ast.JoinedStr(values=values), node)


def parse_literal(text: str, pos: int) -> tuple[int, str]:
    """parse_literal: the text up to the next lone '%', each '%%' made '%'."""
    start = pos
    while pos < len(text):
        if text[pos] != "%":
            pos += 1
        elif pos + 1 < len(text) and text[pos + 1] == "%":
            pos += 2
        else:
            break
    return pos, text[start:pos].replace("%%", "%")


def parse_format(text: str, pos: int) -> tuple[int, int, str | None] | None:
    """simple_format_arg_parse + parse_format: flags, a width and a precision of at most two digits
    each, then 's', 'r' or 'a'; gives the position after it, the conversion and the format spec
    ('>' right-aligns unless the '-' flag is given). None for any other unit."""
    def nextc() -> str | None:
        nonlocal pos
        if pos >= len(text):
            return None
        pos += 1
        return text[pos - 1]
    ljust = False
    width = prec = -1
    ch = nextc()
    while ch is not None and ch in "-+ #0":
        ljust = ljust or ch == "-"
        ch = nextc()
    if ch is not None and "0" <= ch <= "9":
        width = digits = 0
        while ch is not None and "0" <= ch <= "9":
            width = width * 10 + int(ch)
            ch = nextc()
            digits += 1
            if ch is None or digits >= MAXDIGITS:
                return None
    if ch == ".":
        ch = nextc()
        prec = 0
        if ch is not None and "0" <= ch <= "9":
            digits = 0
            while ch is not None and "0" <= ch <= "9":
                prec = prec * 10 + int(ch)
                ch = nextc()
                digits += 1
                if ch is None or digits >= MAXDIGITS:
                    return None
    if ch is None or ch not in "sra":
        return None
    spec = (">" if not ljust and width > 0 else "") + (str(width) if width >= 0 else "") + \
        (f".{prec}" if prec >= 0 else "")
    return pos, ord(ch), spec or None
