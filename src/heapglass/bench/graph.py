"""The collector benchmark's graph, built on the model through the library API (`Heap` + kinds).

Same shape as the native side (`native/collect_graph.py`): PAIRS two-list cycles
``a = []; b = [a]; a.append(b)``, pair i kept alive by the root list ``data`` unless
``i % EVERY == EVERY - 1``. The root list is held by the benchmark (a reference from outside the heap,
so the collector treats it as a root). Lists are laid out as CPython lays them out (object request from
`alloc.sizes.list_size`, item array from `list_items_request`, growth by `list_resize`).
"""

from __future__ import annotations

from typing import Any

from ..alloc.sizes import list_items_request, list_resize, list_size
from ..heap.kinds import HList, new_static_type


def new_list_type() -> Any:
    """The builtin list type as a static type (lists use the 'list' free list)."""
    return new_static_type("list", freelist_family="list")


def list_new(heap: Any, list_type: Any, items: list[Any]) -> Any:
    """PyList_New(len(items)) + PyList_SET_ITEM of each (new references to `items`)."""
    op = HList()
    for it in items:
        heap.incref(it)
    op.items = list(items)
    op.allocated = len(items)
    op.buf = 0
    heap.new(op, list_type, list_size(heap.profile.alloc, 0)[1])
    if items:
        op.buf = heap.memory.malloc(list_items_request(len(items)))
    return op


def list_append(heap: Any, op: Any, item: Any) -> None:
    """PyList_Append: list_resize to len + 1 (moving the item array when it must), then store."""
    n = len(op.items)
    allocated = list_resize(heap.profile.alloc, op.allocated, n, n + 1)
    if allocated != op.allocated:
        op.buf = heap.memory.realloc(op.buf, list_items_request(op.allocated), list_items_request(allocated))
        op.allocated = allocated
    heap.incref(item)
    op.items.append(item)


def build_pairs(heap: Any, pairs: int, every: int) -> Any:
    """Build the benchmark graph on `heap`; returns the root list (one reference, owned by the caller)."""
    list_type = new_list_type()
    data = list_new(heap, list_type, [])
    keep = every - 1
    for i in range(pairs):
        a = list_new(heap, list_type, [])
        b = list_new(heap, list_type, [a])
        list_append(heap, a, b)
        if i % every != keep:
            list_append(heap, data, a)
        heap.decref(b)   # the local names go away: a and b now live (or not) through data only
        heap.decref(a)
    return data
