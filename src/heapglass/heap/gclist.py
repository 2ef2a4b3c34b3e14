"""The GC's circular doubly linked lists (CPython's `PyGC_Head` lists: gc_list_* in Python/gc.c).

Order in these lists is observable — it decides finalizer order and survivor order — so the model keeps
real intrusive lists with the same operations and the same append-at-tail rules. A list is headed by a
`GCList` sentinel; members link through their ``gc_next``/``gc_prev`` slots.
"""

from __future__ import annotations

from collections.abc import Iterator


class GCList:
    """A list head (CPython: a `PyGC_Head` used as a sentinel)."""

    __slots__ = ("gc_next", "gc_prev", "name")

    def __init__(self, name: str = "") -> None:
        self.name = name
        self.gc_next = self
        self.gc_prev = self

    def is_empty(self) -> bool:  # gc_list_is_empty
        return self.gc_next is self

    def __iter__(self) -> Iterator:
        """Members head to tail. Do not unlink the current member while iterating."""
        node = self.gc_next
        while node is not self:
            yield node
            node = node.gc_next

    def __len__(self) -> int:  # gc_list_size
        n = 0
        node = self.gc_next
        while node is not self:
            n += 1
            node = node.gc_next
        return n

    def __repr__(self) -> str:
        return f"<GCList {self.name}>"


def gc_list_append(node, lst: GCList) -> None:
    """Link `node` at the tail of `lst` (gc_list_append)."""
    last = lst.gc_prev
    node.gc_prev = last
    node.gc_next = lst
    last.gc_next = node
    lst.gc_prev = node


def gc_list_remove(node) -> None:
    """Unlink `node`; it becomes untracked (gc_list_remove)."""
    node.gc_prev.gc_next = node.gc_next
    node.gc_next.gc_prev = node.gc_prev
    node.gc_next = None
    node.gc_prev = None


def gc_list_move(node, lst: GCList) -> None:
    """Unlink `node` from its list and append it at the tail of `lst` (gc_list_move)."""
    node.gc_prev.gc_next = node.gc_next
    node.gc_next.gc_prev = node.gc_prev
    last = lst.gc_prev
    node.gc_prev = last
    node.gc_next = lst
    last.gc_next = node
    lst.gc_prev = node


def gc_list_merge(src: GCList, dst: GCList) -> None:
    """Append all of `src` at the tail of `dst`, leaving `src` empty (gc_list_merge)."""
    if src.gc_next is src:
        return
    tail = dst.gc_prev
    first = src.gc_next
    last = src.gc_prev
    tail.gc_next = first
    first.gc_prev = tail
    last.gc_next = dst
    dst.gc_prev = last
    src.gc_next = src
    src.gc_prev = src
