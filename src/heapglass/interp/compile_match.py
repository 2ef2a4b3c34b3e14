"""The `match` statement (PEP 634): compile.c's compiler_match and compiler_pattern_*, and ceval.c's
MATCH_CLASS / MATCH_KEYS helpers (match_class, match_keys), holding the references CPython holds.

A compiled pattern is ``m(f, v, caps) -> bool``: `v` is a new reference to the value it matches (the
value-stack entry the pattern consumes, on success, failure or error) and every name it captures is
appended to `caps` as ``(name, store, value)`` with a new reference; the case stores them, in that
order, once the whole pattern has matched (compiler_match: "Store all of the captured names"). The
subject stays on the stack while a case's pattern and guard run, copied (DUP_TOP / COPY 1) for every
case but the last one that is not a trailing `case _:`.

Past 800 lines because it keeps compile.c's pattern compilers and ceval.c's two matching helpers
together: they share the capture and stack conventions above.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..alloc.sizes import list_capacity_after_extend
from ..heap.objects import HObject, HType
from .compile_expr import NOT_CONST
from .errors import PyErr
from .settable import new_set_of, set_add
from .typesys import type_lookup

if TYPE_CHECKING:
    from .compiler import Compiler
    from .runtime import Runtime

Pattern = Callable[[Any, HObject, list], bool]
Ex = Callable[[Any], Any]

# Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING of the model's builtin types (Objects/*object.c tp_flags;
# str, bytes and bytearray are deliberately neither), and the types whose one positional
# sub-pattern matches the subject itself (_Py_TPFLAGS_MATCH_SELF, PEP 634 "Class Patterns").
SEQUENCE_TYPES = ("list", "tuple", "range")
MAPPING_TYPES = ("dict",)
MATCH_SELF_TYPES = ("bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set",
                    "str", "tuple")


def compile_match(c: Compiler, node: ast.Match) -> Ex:
    """compiler_match: the subject once, then each case's pattern, guard and body."""
    rt = c.rt
    if not rt.profile.interp.match_statement:
        raise old_grammar_error(c, node)
    subject = c.expr(node.subject)
    cases = node.cases
    has_default = _is_wildcard(cases[-1].pattern) and len(cases) > 1
    looped = cases[:-1] if has_default else cases
    compiled = []
    for i, case in enumerate(looped):
        guard = _guard(c, case.guard) if case.guard is not None else None
        compiled.append((i != len(looped) - 1, case.pattern.lineno, compile_pattern(c, case.pattern),
                         guard, c.block(case.body)))
    default = None
    if has_default:
        last = cases[-1]
        default = (_guard(c, last.guard) if last.guard is not None else None, c.block(last.body))

    def match_(f: Any) -> Any:
        subj = subject(f)
        for dup, line, pattern, guard, body in compiled:
            f.lineno = line
            if dup:
                rt.incref(subj)
            caps: list = []
            try:
                ok = pattern(f, subj, caps)
            except BaseException:
                _fail(rt, caps, 0)     # the unwinding pops the captures and the subject
                if dup:
                    rt.decref(subj)
                raise
            if not ok:
                continue
            for _name, store, v in caps:
                store(f, v)
            try:
                if guard is not None and not guard(f):
                    continue
            except BaseException:
                if dup:
                    rt.decref(subj)
                raise
            if dup:
                rt.decref(subj)    # "Success! Pop the subject off, we're done with it"
            return body(f)
        if default is not None:
            guard, body = default
            if guard is None or guard(f):
                return body(f)
        return None
    return match_


def _guard(c: Compiler, node: ast.expr) -> Callable[[Any], bool]:
    """compiler_jump_if on the guard: its truth value, the value released."""
    rt = c.rt
    ev = c.expr(node)
    line = node.lineno

    def guard(f: Any) -> bool:
        f.lineno = line
        v = ev(f)
        try:
            return rt.truthy(v)
        finally:
            rt.decref(v)
    return guard


def _is_wildcard(p: ast.pattern) -> bool:
    """WILDCARD_CHECK: `_` (MatchAs without pattern or name)."""
    return isinstance(p, ast.MatchAs) and p.pattern is None and p.name is None


def compile_pattern(c: Compiler, p: ast.pattern) -> Pattern:
    """compiler_pattern: dispatch on the pattern's kind; errors point at the pattern."""
    m = globals().get("pattern_" + type(p).__name__)
    if m is None:
        raise c.unsupported(f"pattern {type(p).__name__}", p)
    inner = m(c, p)
    # a class pattern's carets are a call's: the class, then its parenthesised sub-patterns
    anchor = ast.Call(p.cls, [], []) if isinstance(p, ast.MatchClass) else p
    pos = c.position(ast.copy_location(anchor, p))

    def guarded(f: Any, v: HObject, caps: list) -> bool:
        try:
            return inner(f, v, caps)
        except PyErr as e:
            if e.pos_frame is not f and pos is not None:
                e.pos_frame, f.pos = f, pos
            raise
    return guarded


def _fail(rt: Runtime, caps: list, mark: int) -> None:
    """Release what a failed pattern captured after `mark` (its fail_pop blocks pop them)."""
    for _name, _store, v in caps[mark:]:
        rt.decref(v)
    del caps[mark:]


def _capture(c: Compiler, name: str) -> Pattern:
    """pattern_helper_store_name: the value stays on the stack until the case stores it."""
    store = c.store_target(ast.Name(id=name, ctx=ast.Store()))

    def capture(f: Any, v: HObject, caps: list) -> bool:
        caps.append((name, store, v))
        return True
    return capture


# ---------------------------------------------------------------------- simple patterns
def pattern_MatchAs(c: Compiler, p: ast.MatchAs) -> Pattern:
    """compiler_pattern_as: `_` pops the value; `name` captures it; `pat as name` matches a copy."""
    rt = c.rt
    if p.pattern is None:
        if p.name is None:
            def wildcard(f: Any, v: HObject, caps: list) -> bool:
                rt.decref(v)
                return True
            return wildcard
        return _capture(c, p.name)
    sub = compile_pattern(c, p.pattern)
    capture = _capture(c, p.name) if p.name is not None else None

    def as_(f: Any, v: HObject, caps: list) -> bool:
        rt.incref(v)    # DUP_TOP: the sub-pattern consumes the copy
        mark = len(caps)
        try:
            ok = sub(f, v, caps)
        except BaseException:
            rt.decref(v)
            raise
        if not ok:
            _fail(rt, caps, mark)
            rt.decref(v)
            return False
        if capture is None:
            rt.decref(v)
            return True
        return capture(f, v, caps)
    return as_


def pattern_MatchStar(c: Compiler, p: ast.MatchStar) -> Pattern:
    """compiler_pattern_star: the list UNPACK_EX built, captured (or popped for `*_`)."""
    return pattern_MatchAs(c, ast.MatchAs(pattern=None, name=p.name))


def pattern_MatchValue(c: Compiler, p: ast.MatchValue) -> Pattern:
    """compiler_pattern_value: `subject == value` (COMPARE_OP), its truth value."""
    rt = c.rt
    ev = c.expr(p.value)

    def value(f: Any, v: HObject, caps: list) -> bool:
        try:
            w = ev(f)
        except BaseException:
            rt.decref(v)
            raise
        try:
            r = rt.compare("==", v, w)
        finally:
            rt.decref(v)
            rt.decref(w)
        try:
            return rt.truthy(r)
        finally:
            rt.decref(r)
    return value


def pattern_MatchSingleton(c: Compiler, p: ast.MatchSingleton) -> Pattern:
    """compiler_pattern_singleton: `subject is None/True/False` (IS_OP)."""
    rt = c.rt
    target = {None: rt.none, True: rt.true, False: rt.false}[p.value]

    def singleton(f: Any, v: HObject, caps: list) -> bool:
        rt.decref(v)
        return v is target
    return singleton


def pattern_MatchOr(c: Compiler, p: ast.MatchOr) -> Pattern:
    """compiler_pattern_or: each alternative matches a copy of the value; the first that matches
    wins, its captures rotated into the first alternative's order (the names all bind)."""
    rt = c.rt
    alts = [compile_pattern(c, a) for a in p.patterns]
    rank = {n: i for i, n in enumerate(bound_names(p.patterns[0]))}   # compile.c's `control` order

    def or_(f: Any, v: HObject, caps: list) -> bool:
        for alt in alts:
            rt.incref(v)
            mine: list = []
            try:
                ok = alt(f, v, mine)
            except BaseException:
                _fail(rt, mine, 0)
                rt.decref(v)
                raise
            if ok:
                rt.decref(v)
                caps.extend(sorted(mine, key=lambda t: rank[t[0]]))
                return True
            _fail(rt, mine, 0)
        rt.decref(v)
        return False
    return or_


def bound_names(p: ast.pattern) -> list[str]:
    """The names `p` captures, in the order compile.c appends them to pc->stores (sub-patterns
    before an AS name, **rest last, an OR pattern's from its first alternative)."""
    if isinstance(p, ast.MatchOr):
        return bound_names(p.patterns[0])
    names: list[str] = []
    for sub in ast.iter_child_nodes(p):
        if isinstance(sub, ast.pattern):
            names.extend(bound_names(sub))
    own = p.rest if isinstance(p, ast.MatchMapping) else getattr(p, "name", None)
    return names + [own] if own is not None else names


# ---------------------------------------------------------------------- sequences
def _is_sequence(rt: Runtime, v: HObject) -> bool:
    """MATCH_SEQUENCE: Py_TPFLAGS_SEQUENCE, inherited from a builtin base."""
    return any(t.name in SEQUENCE_TYPES and t.static for t in v.ob_type.extra.mro)


def pattern_MatchSequence(c: Compiler, p: ast.MatchSequence) -> Pattern:
    """compiler_pattern_sequence: MATCH_SEQUENCE, GET_LEN checks, then the items by UNPACK_SEQUENCE
    / UNPACK_EX (a starred name gets a new list), or by BINARY_SUBSCR when the star is `*_`."""
    rt = c.rt
    pats = p.patterns
    size = len(pats)
    stars = [i for i, q in enumerate(pats) if isinstance(q, ast.MatchStar)]
    star = stars[0] if stars else -1
    star_wildcard = star >= 0 and pats[star].name is None
    only_wildcard = all(_is_wildcard(q) or (isinstance(q, ast.MatchStar) and q.name is None) for q in pats)
    subs = [None if isinstance(q, ast.MatchStar) and star_wildcard else compile_pattern(c, q) for q in pats]

    def length_ok(v: HObject) -> bool:
        if star < 0:
            return rt.length(v) == size
        return size - 1 <= 0 or rt.length(v) >= size - 1

    def sequence(f: Any, v: HObject, caps: list) -> bool:
        try:
            if not _is_sequence(rt, v) or not length_ok(v):
                rt.decref(v)
                return False
        except BaseException:
            rt.decref(v)
            raise
        if only_wildcard:
            rt.decref(v)
            return True
        if star_wildcard:
            return _by_subscript(f, v, caps)
        return _by_unpacking(f, v, caps)

    def _by_subscript(f: Any, v: HObject, caps: list) -> bool:
        """pattern_helper_sequence_subscr: subject[i], or subject[len - (size - i)] after the star."""
        mark = len(caps)
        try:
            for i, sub in enumerate(subs):
                if sub is None or _is_wildcard(pats[i]):
                    continue
                k = rt.new_int(i if i < star else rt.length(v) - (size - i))
                try:
                    item = rt.getitem(v, k)
                finally:
                    rt.decref(k)
                if not sub(f, item, caps):
                    _fail(rt, caps, mark)
                    return False
            return True
        finally:
            rt.decref(v)

    def _by_unpacking(f: Any, v: HObject, caps: list) -> bool:
        """pattern_helper_sequence_unpack: UNPACK_SEQUENCE / UNPACK_EX, whose starred list is
        PySequence_List of the iterator after the items before the star (list_extend preallocates
        its length hint; the items after the star are then taken off its end), made before the
        subject is popped."""
        try:
            items = rt.iterate_to_list(v)
            if star >= 0:
                after = size - 1 - star
                mid = items[star:len(items) - after]
                hint = len(items) - star
                starred = rt.list_steal(mid, list_capacity_after_extend(rt.profile.alloc, 0, 0, hint))
                items = items[:star] + [starred] + items[len(items) - after:]
        finally:
            rt.decref(v)
        return _match_items(rt, f, subs, items, caps)
    return sequence


def _match_items(rt: Runtime, f: Any, subs: list, items: list[HObject], caps: list) -> bool:
    """Each item (a new reference) against its sub-pattern, in order; on a failure the items still
    on the stack are popped."""
    mark = len(caps)
    for i, sub in enumerate(subs):
        try:
            ok = sub(f, items[i], caps)
        except BaseException:
            for x in items[i + 1:]:
                rt.decref(x)
            raise
        if not ok:
            for x in items[i + 1:]:
                rt.decref(x)
            _fail(rt, caps, mark)
            return False
    return True


def _match_tuple(rt: Runtime, f: Any, subs: list, values: HObject, caps: list) -> bool:
    """The sub-patterns of a class or mapping pattern against the tuple MATCH_CLASS / MATCH_KEYS
    pushed (a new reference, consumed): 3.11+ UNPACK_SEQUENCE it, 3.10 BINARY_SUBSCR each item
    of the tuple, which stays on the stack until the last sub-pattern (match_unpacks_value_tuples)."""
    if rt.profile.interp.match_unpacks_value_tuples:
        items = list(values.items)
        for x in items:
            rt.incref(x)
        rt.decref(values)
        return _match_items(rt, f, subs, items, caps)
    mark = len(caps)
    try:
        for i, sub in enumerate(subs):
            if sub is None:
                continue
            item = values.items[i]
            rt.incref(item)
            if not sub(f, item, caps):
                _fail(rt, caps, mark)
                return False
        return True
    finally:
        rt.decref(values)


# ---------------------------------------------------------------------- mappings
def _is_mapping(rt: Runtime, v: HObject) -> bool:
    """MATCH_MAPPING: Py_TPFLAGS_MAPPING, inherited from a builtin base."""
    return any(t.name in MAPPING_TYPES and t.static for t in v.ob_type.extra.mro)


def pattern_MatchMapping(c: Compiler, p: ast.MatchMapping) -> Pattern:
    """compiler_pattern_mapping: MATCH_MAPPING, a length check, MATCH_KEYS with the tuple of keys
    (a constant when every key is one), the values against the sub-patterns, and `**rest` a dict
    copy of the subject without the keys."""
    rt = c.rt
    size = len(p.keys)
    unpacks = rt.profile.interp.match_unpacks_value_tuples
    subs = [None if _is_wildcard(q) and not unpacks else compile_pattern(c, q) for q in p.patterns]
    # constant keys: their tuple is a constant compile.c makes (compiler_made_constants), which the
    # code object keeps alive; the model holds the keys' constants (no reference to count)
    folded = [c.folded(k) for k in p.keys]
    keys_const = [c.const(k) for k in folded] if all(k is not NOT_CONST for k in folded) else None
    key_evs = [c.expr(k) for k in p.keys]
    rest = _capture(c, p.rest) if p.rest is not None else None

    def keys_tuple(f: Any) -> HObject | None:
        """BUILD_TUPLE of the keys that are not all constants (None: the constant tuple)."""
        if keys_const is not None:
            return None
        made: list[HObject] = []
        try:
            for ev in key_evs:
                made.append(ev(f))
        except BaseException:
            for k in made:
                rt.decref(k)
            raise
        return rt.tuple_steal(made)

    def mapping(f: Any, v: HObject, caps: list) -> bool:
        try:
            if not _is_mapping(rt, v) or (size and rt.length(v) < size):
                rt.decref(v)
                return False
            if not size and rest is None:     # `{}`: done, pop the subject
                rt.decref(v)
                return True
            built = keys_tuple(f)
        except BaseException:
            rt.decref(v)
            raise
        keys = keys_const if built is None else list(built.items)
        mark = len(caps)
        copy = None
        try:
            values = match_keys(rt, v, keys)
            ok = values is not None and _match_tuple(rt, f, subs, values, caps)
            if ok and rest is not None:
                copy = copy_dict_without_keys(rt, v, keys)
        except BaseException:
            _fail(rt, caps, mark)
            raise
        finally:
            if built is not None:
                rt.decref(built)
            rt.decref(v)
        if copy is not None:
            return rest(f, copy, caps)   # type: ignore[misc]
        return ok
    return mapping


def match_keys(rt: Runtime, subject: HObject, keys: list[HObject]) -> HObject | None:
    """ceval.c match_keys: a tuple of subject.get(key, dummy) for each key, or None when one is
    missing. It makes a `seen` set and the dummy object(), and either (3.10) a bound `get` and a
    values list turned into a tuple, or (3.11+) the tuple at once and `get` called as a method
    (match_keys_get_method)."""
    if not keys:
        return rt.tuple_steal([])
    as_method = rt.profile.interp.match_keys_get_method
    get = None if as_method else rt.getattr(subject, "get")
    seen = new_set_of(rt, rt.t_set, [], False)
    dummy = rt.call(rt.t_object, [])
    if as_method:   # PyTuple_New(nkeys): its NULL slots are modelled as references to None
        for _ in keys:
            rt.incref(rt.none)
        values = rt.tuple_steal([rt.none] * len(keys))
    else:
        values = rt.list_steal([])
    result: HObject | None = None
    try:
        for i, key in enumerate(keys):
            if rt.key_token(key) in seen.entries:
                rt.raise_type("ValueError", f"mapping pattern checks duplicate key ({rt.repr(key)})")
            set_add(rt, seen, key)
            value = rt.call_method(subject, "get", [key, dummy]) if get is None else rt.call(get, [key, dummy])
            if value is dummy:     # key not in map
                rt.decref(value)
                break
            if as_method:
                values.items[i] = value
                rt.decref(rt.none)
            else:
                rt.list_append(values, value)
                rt.decref(value)
        else:
            if as_method:
                result, values = values, None
            else:
                result = rt.tuple_of(values.items)    # PyList_AsTuple
    finally:
        if values is not None:
            rt.decref(values)
        if get is not None:
            rt.decref(get)
        rt.decref(seen)
        rt.decref(dummy)
    return result


def copy_dict_without_keys(rt: Runtime, subject: HObject, keys: list[HObject]) -> HObject:
    """3.10 COPY_DICT_WITHOUT_KEYS / 3.11+ BUILD_MAP + DICT_UPDATE + DELETE_SUBSCR per key: a new
    dict updated from the subject, each key then deleted."""
    from .btypes import dict_update_from
    rest = rt.new_dict()
    try:
        dict_update_from(rt, rest, subject)
        for key in keys:
            rt.setitem(rest, key, None)
    except BaseException:
        rt.decref(rest)
        raise
    return rest


# ---------------------------------------------------------------------- classes
def pattern_MatchClass(c: Compiler, p: ast.MatchClass) -> Pattern:
    """compiler_pattern_class: MATCH_CLASS with the class and the constant tuple of keyword names
    pushes a tuple of the attributes (or fails), then the sub-patterns match its items."""
    rt = c.rt
    cls_ev = c.expr(p.cls)
    nargs = len(p.patterns)
    names = tuple(p.kwd_attrs)    # a constant compile.c makes (compiler_made_constants)
    unpacks = rt.profile.interp.match_unpacks_value_tuples
    subs = [None if _is_wildcard(q) and not unpacks else compile_pattern(c, q)
            for q in p.patterns + p.kwd_patterns]

    def class_(f: Any, v: HObject, caps: list) -> bool:
        try:
            cls = cls_ev(f)
        except BaseException:
            rt.decref(v)
            raise
        try:
            attrs = match_class(rt, v, cls, nargs, names)
        finally:
            rt.decref(v)
            rt.decref(cls)
        if attrs is None:
            return False
        return _match_tuple(rt, f, subs, attrs, caps)
    return class_


def match_class(rt: Runtime, subject: HObject, cls: HObject, nargs: int, names: tuple[str, ...]) -> HObject | None:
    """ceval.c match_class: isinstance(subject, cls), then a tuple of the attributes named by
    __match_args__ (the positional sub-patterns) and by the keywords, built in a list with a `seen`
    set of the names; None when the subject is not an instance or an attribute is missing."""
    if not isinstance(cls, HType):
        rt.raise_type("TypeError", rt.profile.interp.match_class_not_a_type)
    if cls not in subject.ob_type.extra.mro:
        return None
    seen = new_set_of(rt, rt.t_set, [], False)
    attrs = rt.list_steal([])
    match_args = None
    try:
        wanted: list[HObject] = []
        if nargs:
            match_args = rt.getattr_or_none(cls, "__match_args__")
            match_self = False
            if match_args is None:
                match_self = any(t.static and t.name in MATCH_SELF_TYPES for t in cls.extra.mro)
            elif match_args.ob_type is not rt.t_tuple:
                rt.raise_type("TypeError", f"{cls.name}.__match_args__ must be a tuple (got "
                              f"{rt.type_name(match_args)})")
            allowed = 1 if match_self else len(match_args.items) if match_args is not None else 0
            if allowed < nargs:
                plural = "" if allowed == 1 else "s"
                rt.raise_type("TypeError", f"{cls.name}() accepts {allowed} positional sub-pattern{plural} "
                              f"({nargs} given)")
            if match_self:
                rt.list_append(attrs, subject)
            else:
                for name in match_args.items[:nargs]:
                    if name.ob_type is not rt.t_str:
                        rt.raise_type("TypeError", f"__match_args__ elements must be strings (got "
                                      f"{rt.type_name(name)})")
                    wanted.append(name)
        wanted.extend(rt.str_const(n) for n in names)
        for name in wanted:
            attr = match_class_attr(rt, subject, cls, name, seen)
            if attr is None:
                return None
            rt.list_append(attrs, attr)
            rt.decref(attr)
        return rt.tuple_of(attrs.items)    # PyList_AsTuple
    finally:
        if match_args is not None:
            rt.decref(match_args)
        rt.decref(attrs)
        rt.decref(seen)


def match_class_attr(rt: Runtime, subject: HObject, cls: HType, name: HObject, seen: HObject) -> HObject | None:
    """ceval.c match_class_attr: a name seen twice is a TypeError; a missing attribute fails the
    match (AttributeError swallowed)."""
    s = rt.as_str(name)
    if rt.key_token(name) in seen.entries:
        rt.raise_type("TypeError", f"{cls.name}() got multiple sub-patterns for attribute {s!r}")
    set_add(rt, seen, name)
    if rt.profile.interp.match_class_attr_optional and type_lookup(subject.ob_type, "__getattr__") is None:
        return rt.getattr_or_none(subject, s)
    try:
        return rt.getattr(subject, s)
    except PyErr as err:
        if not rt.exception_matches(err, "AttributeError"):
            raise
        rt.clear_error(err)
        return None


# ---------------------------------------------------------------------- SyntaxErrors
def host_syntax_error(c: Compiler, e: SyntaxError) -> SyntaxError:
    """The SyntaxError this version reports where the host's parser or compiler (3.11) raised `e`
    (with its source line): a grammar without match statements stops at the first match statement
    before the host's error (old_grammar_error); 3.12+ put "alternative patterns bind different
    names" on the whole OR pattern (match_or_names_error_at_pattern) where the host points at the
    alternative."""
    interp = c.rt.profile.interp
    if e.text is None and e.lineno and e.lineno <= len(c.source_lines):
        # compiled from the AST, the host reads the line from the file, which a program run from
        # source (run_source) does not have
        e = type(e)(e.msg, (e.filename, e.lineno, e.offset, c.source_lines[e.lineno - 1] + "\n",
                            e.end_lineno, e.end_offset))
    if not interp.match_statement:
        lines = c.source_lines
        for n, text in enumerate(lines[:e.lineno or len(lines)]):
            head = text.lstrip()
            if re.match(r"match\b", head) and _opens_cases(lines, n):
                at = ast.Match(lineno=n + 1, col_offset=len(text) - len(head))
                return old_grammar_error(c, at)
        return e
    if interp.match_or_names_error_at_pattern and e.msg == "alternative patterns bind different names":
        at = (e.lineno, (e.offset or 1) - 1)
        around = [n for n in ast.walk(c.tree) if isinstance(n, ast.MatchOr)
                  and (n.lineno, n.col_offset) <= at < (n.end_lineno, n.end_col_offset)] if c.tree else []
        if around:   # the innermost OR pattern holding the host's position
            node = max(around, key=lambda n: (n.lineno, n.col_offset))
            return SyntaxError(e.msg, (e.filename, node.lineno, node.col_offset + 1, e.text,
                                       node.end_lineno, node.end_col_offset + 1))
    return e


def _opens_cases(lines: list[str], n: int) -> bool:
    """Line n reads `match ...:` and the next non-blank line is an indented `case`."""
    text = lines[n]
    if not text.split("#")[0].rstrip().endswith(":"):
        return False
    indent = len(text) - len(text.lstrip())
    for follow in lines[n + 1:]:
        if follow.strip():
            return len(follow) - len(follow.lstrip()) > indent and follow.lstrip().startswith("case")
    return False


# ---------------------------------------------------------------------- 3.8 / 3.9
def old_grammar_error(c: Compiler, node: ast.Match) -> SyntaxError:
    """The SyntaxError of a grammar without match statements (3.8 LL(1), 3.9 PEG): `match` is a
    name, so the error is at the subject's first token, or, when `match <subject>` is itself an
    expression (a call, a subscript, a binary operation...), at its colon
    (match_syntax_error_at_colon)."""
    lines = c.source_lines
    start = sum(len(line) + 1 for line in lines[:node.lineno - 1]) + node.col_offset
    toks = []
    for tok in tokenize.generate_tokens(io.StringIO(c.source[start:]).readline):
        if tok.type in (tokenize.NL, tokenize.COMMENT):
            continue
        toks.append(tok)
        if tok.type == tokenize.NEWLINE:
            break
    depth = 0
    colon = len(toks) - 1
    for i, tok in enumerate(toks):
        if tok.type == tokenize.OP and tok.string in "([{":
            depth += 1
        elif tok.type == tokenize.OP and tok.string in ")]}":
            depth -= 1
        elif tok.type == tokenize.OP and tok.string == ":" and depth == 0:
            colon = i
            break
    head = c.source[start:start + _offset(c.source[start:], toks[colon].start)]
    try:
        ast.parse(head.replace("\n", " "), mode="eval")
        tok, extra = toks[colon], c.rt.profile.interp.match_syntax_error_at_colon
    except SyntaxError:
        tok, extra = toks[2] if toks[1].string == "not" else toks[1], 0
    line, col = tok.start[0] + node.lineno - 1, tok.start[1] + (node.col_offset if tok.start[0] == 1 else 0)
    text = lines[line - 1] + "\n"
    return SyntaxError("invalid syntax", (c.filename, line, col + 1 + extra, text))


def _offset(text: str, pos: tuple[int, int]) -> int:
    """The string index of a tokenize (row, col) position in `text`."""
    rows = text.split("\n")
    return sum(len(r) + 1 for r in rows[:pos[0] - 1]) + pos[1]


# ---------------------------------------------------------------------- compile-time objects
def replay_compiler_match(footprint: Any, tree: ast.Module) -> None:
    """What compiler_match allocates and frees while compiling each match statement (compile.c
    3.10-3.13): a `pc->stores` list per case but a trailing `case _:`, per OR pattern one list per
    alternative (the first kept as `control` to the end, each other freed when the next one is
    made), a `seen` set per mapping pattern with keys or **rest. All of it is freed before the
    next code unit starts, so the replay runs ahead of the module's unit (the class patterns'
    attribute-name tuples are constants, made with the others)."""
    matches = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Match)),
                     key=lambda n: (n.lineno, n.col_offset))
    for node in matches:
        cases = node.cases
        has_default = _is_wildcard(cases[-1].pattern) and len(cases) > 1
        for case in cases[:-1] if has_default else cases:
            stores = footprint.new_list()
            _replay_pattern(footprint, case.pattern)
            footprint.release([stores])


def _replay_pattern(footprint: Any, p: ast.pattern) -> None:
    """compiler_pattern's objects for `p` and its sub-patterns, in compile order."""
    if isinstance(p, ast.MatchOr):
        control = current = None
        for i, alt in enumerate(p.patterns):
            made = footprint.new_list()        # Py_SETREF(pc->stores, PyList_New(0))
            if current is not None and current is not control:
                footprint.release([current])
            current = made
            _replay_pattern(footprint, alt)
            if i == 0:
                control = current
        footprint.release([current, control])
        return
    if isinstance(p, ast.MatchMapping) and (p.keys or p.rest is not None):
        footprint.release([footprint.new_set()])   # the duplicate-key check's `seen`
    subs: list[ast.pattern] = []
    if isinstance(p, (ast.MatchSequence, ast.MatchMapping)):
        subs = list(p.patterns)
    elif isinstance(p, ast.MatchClass):
        subs = list(p.patterns) + list(p.kwd_patterns)
    elif isinstance(p, ast.MatchAs) and p.pattern is not None:
        subs = [p.pattern]
    for sub in subs:
        _replay_pattern(footprint, sub)


def add_subscript_index_consts(module: Any, tree: ast.Module, profile: Any) -> None:
    """3.10's class and mapping patterns get each sub-pattern's value by LOAD_CONST i +
    BINARY_SUBSCR (match_unpacks_value_tuples False): its code objects hold those indices, which
    the host's (3.11+, UNPACK_SEQUENCE) code objects lack; they are added to the code unit shapes
    (`compile_shapes.Unit`, found by qualified name) after the host's constants."""
    if profile.interp.match_unpacks_value_tuples:
        return
    from .compile_shapes import Unit, add_const
    units: dict[str, Unit] = {}

    def index_units(u: Unit) -> None:
        units.setdefault(u.qualname, u)
        for k in u.consts:
            if isinstance(k, Unit):
                index_units(k)
    index_units(module)
    for qualname, node in _scope_matches(tree):
        unit = units.get(qualname)
        if unit is not None:
            for case in node.cases:
                for i in _subscript_indices(case.pattern):
                    add_const(unit, i)


def _scope_matches(tree: ast.Module) -> list[tuple[str, ast.Match]]:
    """Each match statement with the qualified name of the code object it is compiled into."""
    found: list[tuple[str, ast.Match]] = []

    def walk(node: ast.AST, qualname: str, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                walk(child, prefix + child.name, prefix + child.name + ".<locals>.")
            elif isinstance(child, ast.ClassDef):
                walk(child, prefix + child.name, prefix + child.name + ".")
            else:
                if isinstance(child, ast.Match):
                    found.append((qualname, child))
                walk(child, qualname, prefix)
    walk(tree, "<module>", "")
    return found


def _subscript_indices(p: ast.pattern) -> list[int]:
    """The LOAD_CONST indices 3.10's compiler_pattern_class / compiler_pattern_mapping emit for `p`
    and its sub-patterns (one per sub-pattern that is not `_`)."""
    out: list[int] = []
    subs: list[ast.pattern] = []
    if isinstance(p, ast.MatchClass):
        subs = list(p.patterns) + list(p.kwd_patterns)
        out.extend(i for i, q in enumerate(subs) if not _is_wildcard(q))
    elif isinstance(p, ast.MatchMapping):
        subs = list(p.patterns)
        out.extend(i for i, q in enumerate(subs) if not _is_wildcard(q))
    elif isinstance(p, (ast.MatchSequence, ast.MatchOr)):
        subs = list(p.patterns)
    elif isinstance(p, ast.MatchAs) and p.pattern is not None:
        subs = [p.pattern]
    for q in subs:
        out.extend(_subscript_indices(q))
    return out


def compiler_made_constants(tree: ast.Module) -> dict[str, list[tuple]]:
    """Per code unit (qualified name), the tuples compile.c makes for its match statements, one per
    occurrence: compiler_pattern_class's attribute names, and the keys of a mapping pattern whose
    keys are all constants (BUILD_TUPLE of LOAD_CONSTs, folded by the optimizer)."""
    made: dict[str, list[tuple]] = {}
    for qualname, node in _scope_matches(tree):
        for case in node.cases:
            for p in _all_patterns(case.pattern):
                if isinstance(p, ast.MatchClass):
                    made.setdefault(qualname, []).append(tuple(p.kwd_attrs))
                elif isinstance(p, ast.MatchMapping) and p.keys:
                    keys = tuple(_folded_key(k) for k in p.keys)
                    if all(k is not NOT_CONST for k in keys):
                        made.setdefault(qualname, []).append(keys)
    return made


def _folded_key(node: ast.expr) -> Any:
    """A mapping pattern key's constant value after the AST optimizer (literals, -1, 1+2j)."""
    try:
        return ast.literal_eval(node)
    except ValueError:
        return NOT_CONST


def _all_patterns(p: ast.pattern) -> list[ast.pattern]:
    """`p` and its sub-patterns, in compile order."""
    out = [p]
    for child in ast.iter_child_nodes(p):
        if isinstance(child, ast.pattern):
            out.extend(_all_patterns(child))
    return out
