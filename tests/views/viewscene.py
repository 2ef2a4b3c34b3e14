"""Scenes for the view tests: small heaps built with the heap core's library API (no interpreter).

`Scene` plays a tiny program by hand: ``glob`` is the module dict (its entries are the program's
names), and each step sets ``scene.line`` so the recorder attributes events to a source line, as the
interpreter will.
"""

from __future__ import annotations

from heapglass.heap.heap import Heap
from heapglass.heap.kinds import HDict, HLeaf, HList, HWeakref, new_static_type
from heapglass.heap.objects import HObject


class Scene:
    def __init__(self, version: str = "3.12") -> None:
        self.heap = Heap(version)
        self.line: int | None = None
        self.list_t = new_static_type("list", freelist_family="list")
        self.dict_t = new_static_type("dict", freelist_family="dict")
        self.str_t = new_static_type("str")
        self.glob = self.new_dict()
        self.keys: dict[str, HLeaf] = {}

    def line_of(self) -> int | None:
        return self.line

    def new_list(self, *items: HObject) -> HList:
        lst = HList()
        lst.items = []
        lst.allocated = 0
        lst.buf = 0
        self.heap.new(lst, self.list_t, 56)
        for it in items:
            self.heap.incref(it)
            lst.items.append(it)
        return lst

    def new_dict(self) -> HDict:
        d = HDict()
        d.entries = {}
        d.keys_addr = d.values_addr = 0
        d.keys_nbytes = 0
        d.ma_version = 0
        d.owner = None
        return self.heap.new(d, self.dict_t, 64)

    def new_str(self, text: str) -> HLeaf:
        s = HLeaf()
        s.value = text
        return self.heap.new(s, self.str_t, 49 + len(text))

    def bind(self, name: str, value: HObject) -> None:
        """``name = value`` at module level: the module dict takes a new reference; the old value
        (if any) loses one."""
        key = self.keys.get(name)
        if key is None:
            key = self.keys[name] = self.new_str(name)
        self.heap.incref(value)
        old = self.glob.entries.get(name)
        if old is None:
            self.heap.incref(key)
        self.glob.entries[name] = (key, value)
        self.glob.ma_version += 1
        if old is not None:
            self.heap.decref(old[1])

    def unbind(self, name: str) -> None:
        """``del name``: the module dict drops its references to the key and the value."""
        key, value = self.glob.entries.pop(name)
        self.glob.ma_version += 1
        self.heap.decref(key)
        self.heap.decref(value)

    def weakref(self, referent: HObject) -> HWeakref:
        return self.heap.new_weakref(referent)


def play_cycle(sc: Scene) -> dict[str, HObject]:
    """a = []  (1) / b = [a]  (2) / a.append(b)  (3) / del b  (4)."""
    sc.line = 1
    a = sc.new_list()
    sc.bind("a", a)
    sc.heap.decref(a)
    sc.line = 2
    b = sc.new_list(a)
    sc.bind("b", b)
    sc.heap.decref(b)
    sc.line = 3
    sc.heap.incref(b)
    a.items.append(b)
    sc.line = 4
    sc.unbind("b")
    sc.line = None
    return {"a": a, "b": b}
