"""Bytes an object of each kind asks the allocator for (pre-header and GC head included).

One function, `object_size`, so the interpreter's allocation sites name a kind and never compute
layouts; the layouts themselves are `heapglass.alloc.sizes` (the allocator engineer's module, which
owns the arithmetic and its measurements). Kinds that module does not lay out (frames, tracebacks,
descriptors, iterators, type objects' fixed part) use the basic sizes below, measured with
``sys.getsizeof`` on 3.8-3.13 (they only decide which pymalloc size class the object lands in).
"""

from __future__ import annotations

from typing import Any

from ..alloc import sizes as layout

FIXED_KINDS = ("float", "complex", "range", "cell", "method", "slice", "module", "function", "weakref")
# Basic sizes (without GC head) of kinds heapglass.alloc.sizes does not lay out.
OTHER_BASIC = {"builtin": 56, "iterator": 32, "traceback": 48, "descriptor": 48, "property": 64,
               "staticmethod": 32,   # staticmethod and classmethod: sm_callable, sm_dict
               "super": 48, "object": 16, "frame": 360,
               # iterator objects by type name ([RUN] sys.getsizeof on 3.8-3.13, GC head excluded)
               "list_iterator": 32, "tuple_iterator": 32, "list_reverseiterator": 32, "reversed": 32,
               "str_ascii_iterator": 32, "str_iterator": 32, "mappingproxy": 24, "bytes_iterator": 32, "callable_iterator": 32, "enumerate": 56, "zip": 48, "map": 32,
               "filter": 32, "dict_keyiterator": 56, "dict_valueiterator": 56, "dict_itemiterator": 56,
               "dict_reversekeyiterator": 56, "dict_reversevalueiterator": 56, "dict_reverseitemiterator": 56,
               "set_iterator": 48, "range_iterator": 40}
NON_GC = frozenset({"object", "range_iterator"})


def object_size(prof: Any, kind: str, n: Any = 0) -> int:
    """Bytes requested for a `kind` object; `n` is the value (int), the text (str), the length (bytes,
    tuple, frame locals), the slot count (slots_instance) or the value capacity (instance)."""
    a = prof.alloc
    if kind == "int":
        return layout.int_size(a, n)[1]
    if kind == "str":
        return layout.str_size(a, n)[1]
    if kind == "bytes":
        return layout.bytes_size(a, n)[1]
    if kind == "tuple":
        return layout.tuple_size(a, n)[1]
    if kind in FIXED_KINDS:
        return layout.fixed(a, kind)[1]
    if kind == "list":
        return layout.list_size(a, 0)[1]
    if kind == "dict":
        return layout.dict_size(a, layout.DictShape())[1]
    if kind == "set":
        return layout.set_size(a, layout.PySet_MINSIZE)[1]
    if kind == "instance":
        return layout.instance_size(a, 0, True, True, values_capacity=n)[1]
    if kind == "slots_instance":
        return layout.instance_size(a, n, False, False)[1]
    if kind == "generator":
        return layout.generator_size(a, n, 2)[1]
    if kind == "type":
        return a.gc_head_size + a.type_basicsize
    basic = prof.interp.iterator_basicsizes.get(kind) or OTHER_BASIC.get(kind, 48)
    if kind == "frame":
        basic += 8 * n
    gc = 0 if kind in NON_GC else a.gc_head_size
    return basic + gc
