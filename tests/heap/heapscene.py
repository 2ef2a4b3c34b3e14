"""Building heaps by direct library calls, the way a small Python program would build them.

A `Scene` holds a `Heap` of one version and plays the part of the program's globals: ``scene.set(name,
obj)`` stores a new reference under a name, ``scene.delete(name)`` is ``del name``. Classes are static
types with an optional ``__del__`` that logs into ``scene.log``; instances keep their attributes as the
version does (an instance dict object in 3.8-3.10, managed values from 3.11). Callables given to
weakrefs or gc.callbacks are GC function objects (like a Python lambda), so they are counted when they
become garbage, as CPython counts them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from heapglass.heap.heap import Heap
from heapglass.heap.kinds import (
    TRASHCAN,
    HDict,
    HGCObject,
    HHostFunction,
    HInstance,
    HLeaf,
    HList,
    new_static_type,
)
from heapglass.heap.objects import HObject, HType


class HFunction(HHostFunction):
    """A host-implemented function object with a GC header (a Python function or lambda)."""

    __slots__ = ("closure",)
    is_gc = True
    is_leaf = False

    def traverse(self) -> Iterable[HObject]:
        return self.closure

    def tp_clear(self, heap: Any) -> None:
        closure, self.closure = self.closure, []
        for v in closure:
            heap.decref(v)

    def tp_dealloc(self, heap: Any):
        heap.gc_untrack(self)
        closure, self.closure = self.closure, []
        yield from closure
        heap.free_object(self)


class HFrame(HGCObject):
    """3.8-3.10: the frame object a Python-level call creates; ``locals`` holds ``self``. It is freed
    through the trashcan when the call returns (frame_dealloc: Py_TRASHCAN_SAFE_BEGIN)."""

    __slots__ = ("locals",)

    def traverse(self) -> Iterable[HObject]:
        return self.locals

    def tp_dealloc(self, heap: Any):
        heap.gc_untrack(self)
        if (yield TRASHCAN):
            return
        local_vars, self.locals = self.locals, []
        yield from local_vars
        heap.free_object(self)


class Scene:
    """A heap plus named external references (module globals) and a log for finalizers/callbacks."""

    def __init__(self, version: str, **heap_kw: Any) -> None:
        self.version = version
        self.heap = Heap(version, **heap_kw)
        self.names: dict[str, HObject] = {}
        self.log: list[Any] = []
        self.function_type = new_static_type("function")
        self._attr_names: dict[str, HObject] = {}
        self.values_mode = self.heap.profile.alloc.instance_values != "dict"
        self.frames = self.heap.profile.objects.calls_create_frame_objects
        self.frame_type = new_static_type("frame")

    # ------------------------------------------------------------------ globals
    def set(self, name: str, obj: HObject) -> HObject:
        """``name = obj`` where `obj` is a new reference (the name takes it over)."""
        old = self.names.get(name)
        self.names[name] = obj
        if old is not None:
            self.heap.decref(old)
        return obj

    def delete(self, *names: str) -> None:
        """``del name, ...``"""
        for name in names:
            self.heap.decref(self.names.pop(name))

    def __getitem__(self, name: str) -> HObject:
        return self.names[name]

    # ------------------------------------------------------------------ types and objects
    def cls(self, name: str, *, del_log: Callable[[HObject], Any] | None = None,
            resurrect_into: str | None = None, weakrefable: bool = True) -> HType:
        """A class; with `del_log`, ``__del__`` appends ``del_log(op)`` to the log; with
        `resurrect_into`, ``__del__`` also appends the object to the global list of that name."""
        finalize = None
        if del_log is not None or resurrect_into is not None:
            def finalize(heap: Heap, op: HObject) -> None:
                frame = self.enter_frame(op)
                if del_log is not None:
                    self.log.append(del_log(op))
                if resurrect_into is not None and self.attr(op, "keep") is not None:
                    self.append(self.names[resurrect_into], op)
                if frame is not None:
                    heap.decref(frame)
        return new_static_type(name, tp_finalize=finalize, weakrefable=weakrefable)

    def enter_frame(self, *local_vars: HObject) -> HFrame | None:
        """The frame object of a Python-level call, in versions that make one (else None)."""
        if not self.frames:
            return None
        f = HFrame()
        f.locals = []
        for v in local_vars:
            self.heap.incref(v)
            f.locals.append(v)
        return self.heap.new(f, self.frame_type, 400)

    def attr_name(self, name: str) -> HObject:
        """The (interned) attribute-name string; the scene keeps it alive like a code constant."""
        key = self._attr_names.get(name)
        if key is None:
            key = HLeaf()
            key.value = name
            key = self._attr_names[name] = self.heap.new(key, self.heap.str_type, 49 + len(name))
        return key

    def instance(self, tp: HType, **attrs: HObject | None) -> HInstance:
        """A new instance of `tp` with the given attributes set in order (borrowed references)."""
        op = HInstance()
        op.dict = None
        op.values = {} if self.values_mode else None
        op.slots = None
        self.heap.new(op, tp, 48)
        for k, v in attrs.items():
            self.setattr(op, k, v)
        return op

    def setattr(self, op: HInstance, name: str, value: HObject | None) -> None:
        """``op.name = value`` (None stores Python's None, which the model leaves out)."""
        heap = self.heap
        if value is not None:
            heap.incref(value)
        if self.values_mode and op.dict is None:
            old = op.values.get(name)
            if value is None:
                op.values.pop(name, None)
            else:
                op.values[name] = value
        else:
            d = op.dict
            if d is None:
                d = op.dict = self.new_dict(track=False)
            key = self.attr_name(name)
            old_entry = d.entries.get(name)
            old = old_entry[1] if old_entry else None
            if value is None:
                if old_entry:
                    del d.entries[name]
                    heap.decref(key)
            else:
                if old_entry is None:
                    heap.incref(key)
                d.entries[name] = (key, value)
                if d.gc_next is None and value.is_gc:
                    heap.gc_track(d)          # MAINTAIN_TRACKING: a container value was stored
        if old is not None:
            heap.decref(old)

    def attr(self, op: HInstance, name: str) -> HObject | None:
        if op.dict is not None:
            entry = op.dict.entries.get(name)
            return entry[1] if entry else None
        return op.values.get(name) if op.values else None

    def new_dict(self, track: bool = False) -> HDict:
        d = HDict()
        d.entries = {}
        d.keys_addr = d.values_addr = d.keys_nbytes = 0
        d.ma_version = 0
        d.owner = None
        return self.heap.new(d, self.heap.dict_type, 64, track=track)

    def new_list(self, *items: HObject) -> HList:
        lst = HList()
        lst.items = []
        lst.allocated = 0
        lst.buf = 0
        self.heap.new(lst, self.heap.list_type, 56)
        for it in items:
            self.append(lst, it)
        return lst

    def append(self, lst: HList, item: HObject) -> None:
        self.heap.incref(item)
        lst.items.append(item)

    def new_tuple(self, *items: HObject) -> HObject:
        return self.heap.new_tuple(list(items))

    def new_int(self, value: int) -> HLeaf:
        op = HLeaf()
        op.value = value
        return self.heap.new(op, self.heap.int_type, 28)

    def function(self, fn: Callable[..., Any], name: str = "", closure: Iterable[HObject] = ()) -> HFunction:
        """A GC function object calling ``fn(heap, *args)``; `closure` objects are referenced by it."""
        f = HFunction(fn, name)
        f.closure = []
        for c in closure:
            self.heap.incref(c)
            f.closure.append(c)
        return self.heap.new(f, self.function_type, 136)

    def logger(self, label: str, with_arg: Callable[[Any], Any] | None = None) -> HFunction:
        """A function that appends `label` (or ``(label, with_arg(first_arg))``) to the log."""
        def fn(heap: Heap, *args: Any) -> None:
            frame = self.enter_frame(*args)
            self.log.append(label if with_arg is None else (label, with_arg(args[0])))
            if frame is not None:
                heap.decref(frame)
        return self.function(fn, label)

    # ------------------------------------------------------------------ inspection
    def alive(self, op: HObject) -> bool:
        return op.ob_refcnt > 0

    def gen_of(self, op: HObject) -> int | None:
        """Index of the generation list holding `op` (None if untracked or elsewhere)."""
        for i, g in enumerate(self.heap.gc.generations):
            if any(o is op for o in g):
                return i
        return None
