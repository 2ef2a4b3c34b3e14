"""Objects/setobject.c: the open-addressing table of a set or frozenset, and the set algorithms built on it.

A set iterates, prints and pops in table-slot order, so the model keeps the table itself: ``s.table``
(mask + 1 slots, each None for unused, `DUMMY` for a deleted key, or the key's token), ``s.hashes``
(the hash stored beside each key; -1 in a dummy), ``s.where`` (token → slot) and ``s.entries`` (token
→ key object, for membership). ``fill`` counts active and dummy slots, ``mask`` is the table size - 1,
``finger`` is set_pop's search finger. Keys are placed exactly as CPython places them, with CPython's
hashes (interp/hashing.py): linear probing over LINEAR_PROBES neighbours, then the perturbed
recurrence i = i*5 + 1 + perturb.

The functions carry setobject.c's names and keep its order of operations; where a version differs the
profile says so (fact `interp.set_add_reuses_dummy`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..alloc.sizes import PySet_MINSIZE
from ..heap.kinds import HDict, HLeaf, HList, HTuple
from ..heap.objects import HObject
from .hashing import M64
from .interning import all_name_chars
from .objects import HSet

if TYPE_CHECKING:
    from ..heap.objects import HType
    from .runtime import Runtime

LINEAR_PROBES = 9
PERTURB_SHIFT = 5


class _Dummy:
    """The dummy key of a deleted slot (setobject.c `dummy`)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<dummy>"


DUMMY = _Dummy()


# ---------------------------------------------------------------------- the table
def set_empty_table(s: HSet) -> None:
    """EMPTY_TO_MINSIZE: an empty smalltable (make_new_set, set_clear_internal)."""
    s.mask = PySet_MINSIZE - 1
    s.fill = 0
    s.table = [None] * PySet_MINSIZE
    s.hashes = [0] * PySet_MINSIZE
    s.where = {}


def set_insert_clean(table: list, hashes: list, mask: int, tok: Any, h: int) -> int:
    """set_insert_clean: the first unused slot of `h`'s probe sequence, in a table known to hold
    neither the key nor any dummy; returns the slot."""
    perturb = h & M64
    i = h & mask
    while True:
        if table[i] is None:
            break
        if i + LINEAR_PROBES <= mask:
            j = next((j for j in range(i + 1, i + LINEAR_PROBES + 1) if table[j] is None), -1)
            if j >= 0:
                i = j
                break
        perturb >>= PERTURB_SHIFT
        i = (i * 5 + 1 + perturb) & mask
    table[i] = tok
    hashes[i] = h
    return i


def set_table_resize(s: HSet, minused: int) -> None:
    """set_table_resize: a table of the smallest power of 2 above minused (at least PySet_MINSIZE);
    the active keys are reinserted with set_insert_clean in old-slot order, the dummies dropped, so fill
    becomes used. A smalltable with no dummies asked for the smalltable stays as it is."""
    newsize = PySet_MINSIZE
    while newsize <= minused:
        newsize <<= 1
    if newsize == PySet_MINSIZE and s.mask == PySet_MINSIZE - 1 and s.fill == len(s.entries):
        return
    old_table, old_hashes = s.table, s.hashes
    mask = newsize - 1
    s.table, s.hashes, s.mask = [None] * newsize, [0] * newsize, mask
    where = s.where
    for i, tok in enumerate(old_table):
        if tok is not None and tok is not DUMMY:
            where[tok] = set_insert_clean(s.table, s.hashes, mask, tok, old_hashes[i])
    s.fill = len(s.entries)


def _probe_for_new(rt: Runtime, s: HSet, h: int) -> tuple[int, int]:
    """set_add_entry's probe for a key not in the table: (the unused slot that ends the probe, the
    last dummy slot passed or -1)."""
    table, mask = s.table, s.mask
    perturb = h & M64
    i = h & mask
    freeslot = -1
    while True:
        last = i + LINEAR_PROBES if i + LINEAR_PROBES <= mask else i
        for j in range(i, last + 1):
            tok = table[j]
            if tok is None:
                return j, freeslot
            if tok is DUMMY:
                freeslot = j
        perturb >>= PERTURB_SHIFT
        i = (i * 5 + 1 + perturb) & mask


def _place_new(rt: Runtime, s: HSet, tok: Any, h: int) -> None:
    """The table half of set_add_entry for a key just counted in s.entries: the last dummy its probe
    passed (where the profile reuses dummies: used grows, fill does not) or the unused slot ending
    the probe, after which fill*5 >= mask*3 resizes the table for used*4 (used*2 past 50000)."""
    slot, freeslot = _probe_for_new(rt, s, h)
    if freeslot >= 0 and rt.profile.interp.set_add_reuses_dummy:
        s.table[freeslot], s.hashes[freeslot] = tok, h
        s.where[tok] = freeslot
        return
    s.table[slot], s.hashes[slot] = tok, h
    s.where[tok] = slot
    s.fill += 1
    if s.fill * 5 >= s.mask * 3:
        used = len(s.entries)
        set_table_resize(s, used * 2 if used > 50000 else used * 4)


def set_add_entry(rt: Runtime, s: HSet, key: HObject, tok: Any, h: int) -> None:
    """set_add_entry: a key already present is left (the new one is not stored); a new one is
    referenced and placed (`_place_new`)."""
    if tok in s.entries:
        return
    rt.incref(key)
    s.entries[tok] = key
    _place_new(rt, s, tok, h)


def set_add(rt: Runtime, s: HSet, key: HObject) -> None:
    """set_add_key: the key's hash (TypeError if unhashable), then set_add_entry."""
    tok, h = rt.key_hash(key)
    set_add_entry(rt, s, key, tok, h)


def set_discard_entry(rt: Runtime, s: HSet, tok: Any) -> bool:
    """set_discard_entry: the key's slot becomes a dummy (fill is unchanged) and the key is released;
    False if it was not there."""
    key = s.entries.pop(tok, None)
    if key is None:
        return False
    i = s.where.pop(tok)
    s.table[i], s.hashes[i] = DUMMY, -1
    rt.decref(key)
    return True


def set_key_token(rt: Runtime, key: HObject) -> Any:
    """The token set_discard / set_remove look up: an unhashable set is looked up as a temporary
    frozenset of its keys (made and released as CPython does)."""
    if isinstance(key, HSet) and rt.t_frozenset not in key.ob_type.extra.mro:
        tmp = make_new_set(rt, rt.t_frozenset)
        set_merge(rt, tmp, key)
        try:
            return rt.key_token(tmp)
        finally:
            rt.decref(tmp)
    return rt.key_token(key)


def set_next(s: HSet) -> list[tuple[Any, HObject, int]]:
    """The active entries in slot order, as set_next walks them: (token, key, hash)."""
    entries = s.entries
    return [(tok, entries[tok], s.hashes[i]) for i, tok in enumerate(s.table)
            if tok is not None and tok is not DUMMY]


def set_keys(s: HSet) -> list[HObject]:
    """The keys in iteration order (borrowed)."""
    entries = s.entries
    return [entries[tok] for tok in s.table if tok is not None and tok is not DUMMY]


def set_clear_internal(rt: Runtime, s: HSet) -> None:
    """set_clear_internal: the set is made an empty smalltable first, then the old keys are released
    in slot order."""
    keys = set_keys(s)
    s.entries = {}
    set_empty_table(s)
    for key in keys:
        rt.decref(key)


def set_pop(rt: Runtime, s: HSet) -> HObject:
    """set_pop: the first active slot at or after the finger (wrapping), made a dummy; the finger
    moves past it. The reference is the caller's."""
    if not s.entries:
        rt.raise_type("KeyError", "pop from an empty set")
    table, mask = s.table, s.mask
    i = s.finger & mask
    while table[i] is None or table[i] is DUMMY:
        i = i + 1 if i < mask else 0
    tok = table[i]
    table[i], s.hashes[i] = DUMMY, -1
    del s.where[tok]
    s.finger = i + 1
    return s.entries.pop(tok)


def set_swap_bodies(a: HSet, b: HSet) -> None:
    """set_swap_bodies: exchange the tables (and a frozenset's cached hash) of two sets."""
    for name in ("entries", "table", "hashes", "where", "mask", "fill", "hash"):
        va, vb = getattr(a, name), getattr(b, name)
        setattr(a, name, vb)
        setattr(b, name, va)


def for_each_item(rt: Runtime, iterable: HObject, fn: Any) -> None:
    """PyObject_GetIter + PyIter_Next: fn(item) for each item as it comes, the item released after it
    (the iterator at the end, or when fn raises)."""
    it = rt.get_iter(iterable)
    try:
        while (x := rt.iter_next(it)) is not None:
            try:
                fn(x)
            finally:
                rt.decref(x)
    finally:
        rt.decref(it)


# ---------------------------------------------------------------------- building sets
def make_new_set(rt: Runtime, tp: HType) -> HSet:
    """make_new_set / make_new_set_basetype: an empty set of `tp` (a subclass's set operations give
    its builtin base) with the 8-slot smalltable."""
    if not tp.static:
        tp = rt.t_frozenset if rt.t_frozenset in tp.extra.mro else rt.t_set
    s = HSet()
    s.entries = {}
    s.hash = None
    s.finger = 0
    set_empty_table(s)
    rt.alloc(s, tp, rt.sizes("set"))
    return s


def new_set_of(rt: Runtime, tp: HType, items: list[HObject], steal: bool) -> HSet:
    """make_new_set(tp), then set_add_key of each item (BUILD_SET, a list of keys)."""
    s = make_new_set(rt, tp)
    for x in items:
        set_add(rt, s, x)
        if steal:
            rt.decref(x)
    return s


def _table_of(rt: Runtime, keys: list[tuple[HObject, Any, int]]) -> HSet:
    """A table (no heap object: the keys are borrowed) filled by set_add_entry with (key, token,
    hash) in order."""
    s = HSet()
    s.entries, s.hash, s.finger = {}, None, 0
    set_empty_table(s)
    for key, tok, h in keys:
        if tok not in s.entries:
            s.entries[tok] = key
            _place_new(rt, s, tok, h)
    return s


def constant_frozenset(rt: Runtime, keys: list[HObject]) -> HSet:
    """The table of the frozenset constant a constant set display is folded into (compile.c
    starunpack_helper: PyFrozenSet_New of the constants' tuple) as the compiler leaves it: made again
    by PyFrozenSet_New from the previous one's iteration order as many times as fact
    `interp.const_frozenset_rebuilds` says (merge_consts_recursive, then intern_string_constants
    when it interned a member), which can move colliding keys. The model's compiler does not allocate
    it, so the table holds borrowed keys."""
    names = [isinstance(k, HLeaf) and k.ob_type is rt.t_str and all_name_chars(k.value) for k in keys]
    kind = "name_strings" if all(names) else "some_name_strings" if any(names) else "other"
    rebuilds = rt.profile.interp.const_frozenset_rebuilds[kind]
    table = _table_of(rt, [(k, *rt.key_hash(k)) for k in keys])
    for _ in range(rebuilds):
        table = _table_of(rt, [(key, tok, h) for tok, key, h in set_next(table)])
    return table


def set_copy(rt: Runtime, so: HSet) -> HSet:
    """set_copy: make_new_set_basetype(type(so), so)."""
    s = make_new_set(rt, so.ob_type)
    set_merge(rt, s, so)
    return s


def set_merge_resize(s: HSet, n: int) -> None:
    """set_merge's (and the dict branch's) one resize before n keys go in: to (used + n) * 2 when
    (fill + n) * 5 >= mask * 3."""
    if (s.fill + n) * 5 >= s.mask * 3:
        set_table_resize(s, (len(s.entries) + n) * 2)


def set_merge(rt: Runtime, so: HSet, other: HSet) -> None:
    """set_merge: nothing for a.update(a) or an empty other; else one resize up front, then an empty
    table of the same size as other's (and other without dummies) copies other's slots as they are;
    another empty table takes other's keys by set_insert_clean in other's slot order; a filled one
    by set_add_entry."""
    if other is so or not other.entries:
        return
    set_merge_resize(so, len(other.entries))
    if so.fill == 0 and so.mask == other.mask and other.fill == len(other.entries):
        so.table, so.hashes, so.where = list(other.table), list(other.hashes), dict(other.where)
        for tok, key in other.entries.items():
            rt.incref(key)
            so.entries[tok] = key
        so.fill = other.fill
        return
    if so.fill == 0:
        so.fill = len(other.entries)
        for tok, key, h in set_next(other):
            rt.incref(key)
            so.entries[tok] = key
            so.where[tok] = set_insert_clean(so.table, so.hashes, so.mask, tok, h)
        return
    for tok, key, h in set_next(other):
        set_add_entry(rt, so, key, tok, h)


def set_update_internal(rt: Runtime, so: HSet, other: HObject) -> None:
    """set_update_internal: a set or frozenset is merged (set_merge); an exact dict's keys are added in
    its order after one resize up front; any other iterable is added item by item as it is iterated."""
    if isinstance(other, HSet):
        set_merge(rt, so, other)
        return
    if isinstance(other, HDict) and other.ob_type is rt.t_dict:
        set_merge_resize(so, len(other.entries))
        for key, _ in list(other.entries.values()):
            set_add(rt, so, key)
        return
    if isinstance(other, (HList, HTuple)) and other.ob_type in (rt.t_list, rt.t_tuple):
        for x in list(other.items):
            set_add(rt, so, x)
        return
    for_each_item(rt, other, lambda x: set_add(rt, so, x))


def new_set(rt: Runtime, tp: HType, args: list, kw: Any) -> HObject:
    """set_new / frozenset_new: make_new_set(tp, iterable); an exact frozenset argument is
    frozenset()'s result itself, and an empty frozenset is the singleton where the profile has one
    (the set made for an empty iterable freed again)."""
    if tp is rt.t_frozenset and args and args[0].ob_type is rt.t_frozenset:
        rt.incref(args[0])
        return args[0]
    singleton = tp is rt.t_frozenset and rt.profile.interp.empty_frozenset_singleton
    if args or not singleton:
        s = make_new_set(rt, tp)
        if args:
            try:
                set_update_internal(rt, s, args[0])
            except BaseException:
                rt.decref(s)
                raise
        if s.entries or not singleton:
            return s
        rt.decref(s)
    if rt.empty_frozenset is None:
        rt.empty_frozenset = make_new_set(rt, tp)
    rt.incref(rt.empty_frozenset)
    return rt.empty_frozenset


# ---------------------------------------------------------------------- the set algebra
def _set_from(rt: Runtime, other: HObject) -> HSet:
    """make_new_set(&PySet_Type, other): a new set of any iterable's items."""
    s = make_new_set(rt, rt.t_set)
    try:
        set_update_internal(rt, s, other)
    except BaseException:
        rt.decref(s)
        raise
    return s


def set_intersection(rt: Runtime, so: HSet, other: HObject) -> HSet:
    """set_intersection: a copy when other is so; for a set, the smaller one (other on a tie) is walked
    and each key also in the larger added, so the result holds the walked set's keys; any other
    iterable is walked, each item found in so added."""
    if other is so:
        return set_copy(rt, so)
    result = make_new_set(rt, so.ob_type)
    try:
        if isinstance(other, HSet):
            if len(other.entries) > len(so.entries):
                so, other = other, so
            for tok, key, h in set_next(other):
                if tok in so.entries:
                    set_add_entry(rt, result, key, tok, h)
            return result
        def add_if_found(x: HObject) -> None:
            tok, h = rt.key_hash(x)
            if tok in so.entries:
                set_add_entry(rt, result, x, tok, h)
        for_each_item(rt, other, add_if_found)
    except BaseException:
        rt.decref(result)
        raise
    return result


def set_difference_update_internal(rt: Runtime, so: HSet, other: HObject) -> None:
    """set_difference_update_internal: so cleared when other is so; a set's keys (or, when it is more
    than 8 times larger, those of its intersection with so) discarded; any other iterable's items
    discarded as iterated; then a table more than a quarter dummies is resized."""
    if other is so:
        set_clear_internal(rt, so)
        return
    if isinstance(other, HSet):
        if len(other.entries) >> 3 > len(so.entries):
            other = set_intersection(rt, so, other)
        else:
            rt.incref(other)
        try:
            for tok, _key, _h in set_next(other):
                set_discard_entry(rt, so, tok)
        finally:
            rt.decref(other)
    else:
        for_each_item(rt, other, lambda x: set_discard_entry(rt, so, rt.key_token(x)))
    if so.fill - len(so.entries) <= so.mask // 4:
        return
    used = len(so.entries)
    set_table_resize(so, used * 2 if used > 50000 else used * 4)


def set_difference(rt: Runtime, so: HSet, other: HObject) -> HSet:
    """set_difference: for a set or exact dict not much smaller than so (len(so) >> 2 <= len(other)),
    so's keys not in other are added to a new set in so's order; otherwise a copy of so with other's
    keys discarded (set_copy_and_difference)."""
    sized = isinstance(other, HSet) or isinstance(other, HDict) and other.ob_type is rt.t_dict
    if sized and len(so.entries) >> 2 <= len(other.entries):
        result = make_new_set(rt, so.ob_type)
        keys = other.entries
        for tok, key, h in set_next(so):
            if tok not in keys:
                set_add_entry(rt, result, key, tok, h)
        return result
    result = set_copy(rt, so)
    try:
        set_difference_update_internal(rt, result, other)
    except BaseException:
        rt.decref(result)
        raise
    return result


def set_symmetric_difference_update(rt: Runtime, so: HSet, other: HObject) -> None:
    """set_symmetric_difference_update: so cleared when other is so; otherwise each key of other (an
    exact dict in its order, a set in slot order, anything else first made into a set) is discarded
    from so, or added where it was not there."""
    if other is so:
        set_clear_internal(rt, so)
        return
    if isinstance(other, HDict) and other.ob_type is rt.t_dict:
        for key, _ in list(other.entries.values()):
            tok, h = rt.key_hash(key)
            if not set_discard_entry(rt, so, tok):
                set_add_entry(rt, so, key, tok, h)
        return
    otherset, owned = (other, False) if isinstance(other, HSet) else (_set_from(rt, other), True)
    if not owned:
        rt.incref(otherset)
    try:
        for tok, key, h in set_next(otherset):
            if not set_discard_entry(rt, so, tok):
                set_add_entry(rt, so, key, tok, h)
    finally:
        rt.decref(otherset)


def set_symmetric_difference(rt: Runtime, so: HSet, other: HObject) -> HSet:
    """set_symmetric_difference: a new set of so's type made from other, then updated with so."""
    result = make_new_set(rt, so.ob_type)
    try:
        set_update_internal(rt, result, other)
        set_symmetric_difference_update(rt, result, so)
    except BaseException:
        rt.decref(result)
        raise
    return result


def set_union(rt: Runtime, so: HSet, others: list[HObject]) -> HSet:
    """set_union / set_or: a copy of so, updated with each other (so itself skipped)."""
    result = set_copy(rt, so)
    try:
        for other in others:
            if other is not so:
                set_update_internal(rt, result, other)
    except BaseException:
        rt.decref(result)
        raise
    return result


def set_binop(rt: Runtime, op: str, a: HSet, b: HSet) -> HSet:
    """set_or / set_and / set_sub / set_xor of two sets."""
    if op == "|":
        return set_union(rt, a, [b])
    if op == "&":
        return set_intersection(rt, a, b)
    if op == "-":
        return set_difference(rt, a, b)
    return set_symmetric_difference(rt, a, b)


def set_inplace_op(rt: Runtime, op: str, a: HSet, b: HObject) -> HObject:
    """set_ior (set_update_internal), set_isub (set_difference_update_internal), set_ixor
    (set_symmetric_difference_update) work in a's own table; set_iand swaps in the body of the
    intersection (set_intersection_update → set_swap_bodies). Returns a new reference to a. A b that
    is not a set makes them NotImplemented: the binary operator is tried instead (a dict view's gives
    a new set), else TypeError."""
    if not isinstance(b, HSet):
        from .methods import container_binop
        r = container_binop(rt, op, a, b)
        if r is None:
            rt.raise_type("TypeError", f"unsupported operand type(s) for {op}=: '{rt.type_name(a)}' and "
                          f"'{rt.type_name(b)}'")
        return r
    if op == "|":
        set_update_internal(rt, a, b)
    elif op == "-":
        set_difference_update_internal(rt, a, b)
    elif op == "^":
        set_symmetric_difference_update(rt, a, b)
    else:
        tmp = set_intersection(rt, a, b)
        set_swap_bodies(a, tmp)
        rt.decref(tmp)
    rt.incref(a)
    return a
