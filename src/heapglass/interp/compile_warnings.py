"""The SyntaxWarnings CPython writes to stderr while it compiles the main script, before any of it runs.

The compiler checks a few shapes that are almost always typos (Python/compile.c, 3.8+): `x is 1`
(check_compare / check_is_arg: an `is` operand that folds to a constant other than None, True, False
or Ellipsis), calling a literal (check_caller: `(1, 2)(3)`), subscripting a literal that cannot be
subscripted or indexing a literal sequence with a non-integer (check_subscripter / check_index:
`[1, 2][3, 4]`), and `assert (x, "msg")` (compiler_assert). From 3.12 the tokenizer's invalid escape
sequences are SyntaxWarnings too (they were silent DeprecationWarnings); they come first, since
parsing ends before compiling starts. The warnings module prints each one as
``FILE:LINE: SyntaxWarning: MESSAGE`` and the stripped source line, every time (compile warnings are
issued without a registry, so the "default" action does not deduplicate them).

The order is the compiler's: a node's own check before its operands; a function's decorators,
defaults and annotations before its body; a class's body before its bases (compiler_class); a
comprehension's inner code before its outermost iterable unless it is inlined (PEP 709).
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Callable, Iterator
from typing import Any

NOT_SUBSCRIPTABLE_ATOMS = (type(None), type(Ellipsis), int, float, complex, frozenset)
INDEXABLE_ATOMS = (str, bytes, tuple)
# infer_type (compile.c): the type a literal expression certainly has
LITERAL_TYPES = {ast.Tuple: "tuple", ast.List: "list", ast.ListComp: "list", ast.Dict: "dict",
                 ast.DictComp: "dict", ast.Set: "set", ast.SetComp: "set", ast.GeneratorExp: "generator",
                 ast.Lambda: "function", ast.JoinedStr: "str", ast.FormattedValue: "str"}
ESCAPE = re.compile(r"\\(.)", re.DOTALL)
VALID_ESCAPES = set("\n\\'\"abfnrtv01234567xNuU")
BYTES_VALID_ESCAPES = set("\n\\'\"abfnrtv01234567x")


def compile_warnings(tree: ast.Module, source: str, fold: Callable[[ast.expr], Any], not_const: Any,
                     facts: Any) -> list[tuple[int, str]]:
    """(line, message) of every SyntaxWarning compiling `tree` issues, in CPython's order. `fold` is
    the AST optimizer's constant folding (the compiler's own), `not_const` its "not a constant"."""
    out = list(invalid_escapes(source)) if facts.invalid_escape_syntax_warning else []
    out.extend(CompilerChecks(fold, not_const, facts).run(tree))
    return out


def format_warnings(warnings: list[tuple[int, str]], filename: str, lines: list[str]) -> str:
    """What warnings.showwarning writes for each (warnings.formatwarning with the source line, which
    linecache finds only for a real file: not for -c's "<string>" or "<stdin>")."""
    out = []
    for lineno, msg in warnings:
        out.append(f"{filename}:{lineno}: SyntaxWarning: {msg}\n")
        real_file = not (filename.startswith("<") and filename.endswith(">"))
        line = lines[lineno - 1].strip() if real_file and 0 < lineno <= len(lines) else ""
        if line:
            out.append(f"  {line}\n")
    return "".join(out)


def invalid_escapes(source: str) -> Iterator[tuple[int, str]]:
    """warn_invalid_escape_sequence (Parser/string_parser.c 3.12+): the first invalid escape of
    each string literal, at the literal's line."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return
    for tok in tokens:
        if tok.type != tokenize.STRING:
            continue
        prefix = tok.string[:len(tok.string) - len(tok.string.lstrip("rRbBuUfF"))].lower()
        if "r" in prefix:
            continue
        valid = BYTES_VALID_ESCAPES if "b" in prefix else VALID_ESCAPES
        body = tok.string[len(prefix):]
        for m in ESCAPE.finditer(body):
            ch = m.group(1)
            if ch in "01234567":
                octal = re.match(r"[0-7]{1,3}", body[m.start(1):]).group(0)  # type: ignore[union-attr]
                if int(octal, 8) > 0o377:
                    yield tok.start[0], f"invalid octal escape sequence '\\{octal}'"
                    break
            elif ch not in valid:
                yield tok.start[0], f"invalid escape sequence '\\{ch}'"
                break


class CompilerChecks:
    """The compiler's warning checks over the tree, in the order compile.c visits it."""

    def __init__(self, fold: Callable[[ast.expr], Any], not_const: Any, facts: Any) -> None:
        self.fold = fold
        self.not_const = not_const
        self.facts = facts
        self.found: list[tuple[int, str]] = []

    def run(self, tree: ast.AST) -> list[tuple[int, str]]:
        self.visit(tree)
        return self.found

    def warn(self, node: ast.AST, msg: str) -> None:
        self.found.append((getattr(node, "lineno", 0), msg))

    def visit(self, node: ast.AST) -> None:
        check = getattr(self, f"check_{type(node).__name__}", None)
        if check is not None:
            check(node)
        for child in self.children(node):
            self.visit(child)

    def children(self, node: ast.AST) -> list[ast.AST]:
        """Sub-nodes in compile order where it differs from the fields' order."""
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            a = node.args
            first: list[Any] = list(getattr(node, "decorator_list", [])) + a.defaults + \
                [d for d in a.kw_defaults if d is not None]
            if not isinstance(node, ast.Lambda):
                every = a.posonlyargs + a.args + ([a.vararg] if a.vararg else []) + a.kwonlyargs + \
                    ([a.kwarg] if a.kwarg else [])
                first += [x.annotation for x in every if x.annotation is not None]
                first += [node.returns] if node.returns is not None else []
                return first + node.body
            return first + [node.body]
        if isinstance(node, ast.ClassDef):     # compiler_class: the body's code, then the bases
            return node.decorator_list + node.body + node.bases + node.keywords
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            gens = node.generators
            elt = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
            inner: list[Any] = [gens[0].target, *gens[0].ifs]
            for g in gens[1:]:
                inner += [g.iter, g.target, *g.ifs]
            inlined = self.facts.comprehension_inlined and not isinstance(node, ast.GeneratorExp)
            return [gens[0].iter] + inner + elt if inlined else inner + elt + [gens[0].iter]
        return list(ast.iter_child_nodes(node))

    # ------------------------------------------------------------------ the checks
    def is_ok_operand(self, e: ast.expr) -> bool:
        """check_is_arg: not a constant, or one that is a singleton (None, True, False, ...)."""
        v = self.fold(e)
        return v is self.not_const or v is None or v is True or v is False or v is Ellipsis

    def check_Compare(self, node: ast.Compare) -> None:
        """check_compare: `is`/`is not` with a literal operand on either side."""
        left, left_expr = self.is_ok_operand(node.left), node.left
        for op, right_expr in zip(node.ops, node.comparators):
            right = self.is_ok_operand(right_expr)
            if isinstance(op, (ast.Is, ast.IsNot)) and not (left and right):
                word, alt = ("is", "==") if isinstance(op, ast.Is) else ("is not", "!=")
                if self.facts.is_literal_warning_names_type:
                    literal = left_expr if not left else right_expr
                    kind = type(self.fold(literal)).__name__
                    self.warn(node, f'"{word}" with \'{kind}\' literal. Did you mean "{alt}"?')
                else:
                    self.warn(node, f'"{word}" with a literal. Did you mean "{alt}"?')
                return
            left, left_expr = right, right_expr

    def literal_type(self, e: ast.expr) -> str | None:
        if isinstance(e, ast.Constant):
            return type(e.value).__name__
        return LITERAL_TYPES.get(type(e))

    def check_Call(self, node: ast.Call) -> None:
        """check_caller: a literal is never callable."""
        f = node.func
        if isinstance(f, ast.Constant) or type(f) in LITERAL_TYPES and not isinstance(f, ast.Lambda):
            self.warn(node, f"'{self.literal_type(f)}' object is not callable; perhaps you missed a comma?")

    def check_Subscript(self, node: ast.Subscript) -> None:
        """check_subscripter, then check_index (loads only)."""
        if not isinstance(node.ctx, ast.Load):
            return
        v = node.value
        if isinstance(v, ast.Constant) and isinstance(v.value, NOT_SUBSCRIPTABLE_ATOMS) or \
                isinstance(v, (ast.Set, ast.SetComp, ast.GeneratorExp, ast.Lambda)):
            self.warn(node, f"'{self.literal_type(v)}' object is not subscriptable; perhaps you missed a comma?")
            return
        if isinstance(v, ast.Constant) and not isinstance(v.value, INDEXABLE_ATOMS):
            return
        if not isinstance(v, (ast.Constant, ast.Tuple, ast.List, ast.ListComp, ast.JoinedStr,
                              ast.FormattedValue)):
            return
        index = self.literal_type(node.slice) if not isinstance(node.slice, ast.Slice) else "slice"
        if index is None or index in ("int", "bool", "slice"):
            return
        self.warn(node, f"{self.literal_type(v)} indices must be integers or slices, not {index}; "
                        "perhaps you missed a comma?")

    def check_Assert(self, node: ast.Assert) -> None:
        """compiler_assert: a non-empty tuple is always true (3.8/3.9 look at the folded test, where
        a tuple of constants is a constant already)."""
        test = node.test
        if self.facts.assert_warning_sees_folded_test and self.fold(test) is not self.not_const:
            return
        if isinstance(test, ast.Tuple) and test.elts:
            self.warn(node, "assertion is always true, perhaps remove parentheses?")
