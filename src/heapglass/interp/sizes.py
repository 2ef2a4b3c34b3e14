"""Bytes an object of each kind asks the allocator for (GC head and pre-header included).

One function, `object_size`, so the interpreter can switch to `heapglass.alloc.sizes` when it settles
without touching its callers. Values are `sys.getsizeof` of the object on each version (which includes
the GC head / pre-header), from the fact sheet's table (cpython-memory-facts.md §1.5).
"""

from __future__ import annotations

from typing import Any


def object_size(prof: Any, kind: str, n: int = 0) -> int:
    """Bytes requested for a `kind` object with `n` items/characters/digits."""
    a = prof.alloc
    gc = a.gc_head_size
    if kind == "int":
        digits = max(1 if a.int_zero_has_digit else 0, (abs(n).bit_length() + 29) // 30)
        return 24 + 4 * digits
    if kind == "float":
        return 24
    if kind == "complex":
        return 32
    if kind == "str":
        ascii_hdr, compact_hdr = a.unicode_header
        return ascii_hdr + n + 1
    if kind == "bytes":
        return 33 + n
    if kind == "tuple":
        return 24 + gc + 8 * n
    if kind == "list":
        return 40 + gc
    if kind == "dict":
        return 48 + gc
    if kind == "set":
        return 200 + gc
    if kind == "instance":
        pre = a.managed_dict_preheader
        base = 32 if not pre else (24 if not a.managed_weakref else 16)
        return base + gc + pre
    if kind == "slots_instance":
        return 16 + 8 * n + gc
    if kind == "exception":
        return 64 + 8 + gc
    if kind == "function":
        return a.function_basicsize + gc
    if kind == "frame":
        return 360 + 8 * n
    if kind == "generator":
        return a.generator_basicsize + gc
    if kind == "type":
        return 880 + gc
    if kind == "weakref":
        return a.weakref_basicsize + gc if hasattr(a, "weakref_basicsize") else 80
    sizes = {"cell": 24 + gc, "method": 48, "builtin": 56 + gc, "module": 56 + gc, "range": 48,
             "slice": 40 + gc, "iterator": 32 + gc, "traceback": 48 + gc, "descriptor": 48 + gc,
             "property": 64 + gc, "super": 48 + gc, "object": 16}
    return sizes.get(kind, 48 + gc)
