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
