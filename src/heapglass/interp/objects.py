"""The interpreter's object kinds: what the heap core does not define (functions, frames, modules,
methods, sets, exceptions, generators, iterators, descriptors), each with CPython's tp_traverse,
tp_clear and tp_dealloc order.

Conventions are the heap core's (`heap/objects.py`): constructors elsewhere return new references;
deallocators are generators yielding each reference to drop.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..heap.kinds import TRASHCAN, HGCObject, HInstance, HLeaf
from ..heap.objects import HObject


class HFunction(HGCObject):
    """A Python function (PyFunctionObject): ``code`` is the host `CodeInfo`; ``globals`` an HDict;
    ``defaults`` a tuple or None; ``kwdefaults`` a dict or None; ``closure`` a tuple of cells or
    None; ``name``/``qualname`` str objects; ``dict`` the function's __dict__ or None; ``module``
    globals' __name__ and ``doc`` the docstring or the None object, both taken at creation
    (PyFunction_NewWithQualName); ``builtins`` the builtins dict from 3.10 (func_builtins), else None.
    Fields in func_traverse's order (the code object first: it is not a GC object, so only
    gc.get_referents sees it)."""

    __slots__ = (
        "annotations",
        "builtins",
        "closure",
        "code",
        "defaults",
        "dict",
        "doc",
        "globals",
        "kwdefaults",
        "module",
        "name",
        "qualname",
    )

    FIELDS = ("globals", "builtins", "module", "defaults", "kwdefaults", "doc", "name", "dict", "closure",
              "annotations", "qualname")

    def refs(self) -> list[HObject]:
        return [o for o in (self.globals, self.builtins, self.module, self.defaults, self.kwdefaults,
                            self.doc, self.name, self.dict, self.closure, self.annotations, self.qualname)
                if o is not None]

    def traverse(self) -> Iterable[HObject]:   # func_traverse
        code = self.code.obj
        return self.refs() if code is None else [code, *self.refs()]

    def tp_clear(self, heap: Any) -> None:     # func_clear
        for slot in ("globals", "builtins", "module", "defaults", "kwdefaults", "doc", "dict", "closure",
                     "annotations"):
            v = getattr(self, slot)
            if v is not None:
                setattr(self, slot, None)
                heap.decref(v)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # func_dealloc
        heap.gc_untrack(self)
        heap.clear_weakrefs(self)
        refs = self.refs()
        for slot in self.FIELDS:
            setattr(self, slot, None)
        yield from refs
        if self.code.orphan is not None:     # Py_DECREF(op->func_code)
            yield from self.code.orphan.drop_holder()
        heap.free_object(self)


class HFrame(HGCObject):
    """A frame object (PyFrameObject). ``f`` is the host execution frame (`Frame`); ``owned`` says
    whether this object owns the frame's data (3.8-3.10 always; 3.11+ only once the execution frame
    is gone and the object took ownership, `take_ownership` in Python/frame.c). ``back`` is f_back."""

    __slots__ = ("back", "f", "owned")

    def traverse(self) -> Iterable[HObject]:   # frame_traverse
        # f_back, then the data (Frame.traverse). 3.11+ stores f_back only when the object takes
        # ownership (take_ownership) and visits the data only then; 3.8-3.10 frames always own it.
        if self.owned:
            if self.back is not None:
                yield self.back
            yield from self.f.traverse()

    def tp_clear(self, heap: Any) -> None:     # frame_tp_clear: the locals and the stack
        if self.owned:
            self.f.clear(heap)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # frame_dealloc
        heap.gc_untrack(self)
        if (yield TRASHCAN):
            return
        if self.owned:
            yield from self.f.release()
        back, self.back = self.back, None
        if back is not None:
            yield back
        rt = heap.runtime
        if self.owned and rt.frame_free_hook(self):
            return   # kept as the code's zombie frame (3.8-3.10)
        heap.free_object(self)


class HModule(HGCObject):
    """A module object: ``dict`` (its globals, an HDict) and ``name`` (host str)."""

    __slots__ = ("dict", "name")

    def traverse(self) -> Iterable[HObject]:
        return () if self.dict is None else (self.dict,)

    def tp_clear(self, heap: Any) -> None:
        d, self.dict = self.dict, None
        if d is not None:
            heap.decref(d)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:
        heap.gc_untrack(self)
        heap.clear_weakrefs(self)
        d, self.dict = self.dict, None
        if d is not None:
            yield d
        heap.free_object(self)


class HMethod(HGCObject):
    """A bound method (PyMethodObject): ``func`` and ``self_``."""

    __slots__ = ("func", "self_")

    def traverse(self) -> Iterable[HObject]:
        return (self.func, self.self_)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # meth_dealloc
        heap.gc_untrack(self)
        heap.clear_weakrefs(self)
        f, s = self.func, self.self_
        yield f
        yield s
        heap.free_object(self)


class HBuiltin(HGCObject):
    """A builtin function or bound builtin method (PyCFunctionObject): ``fn(rt, args, kwargs)`` on
    the host, ``name``, and ``self_`` (the bound object, or None). A module's function
    (PyModule_AddFunctions: PyCFunction_NewEx(def, module, module's __name__)) has its module as
    m_self, kept in ``module`` so that calls still pass no self, and the module's name string as
    m_module (``module_name``); both are None for the other builtins."""

    __slots__ = ("fn", "module", "module_name", "name", "qualname", "self_", "varargs")

    def traverse(self) -> Iterable[HObject]:
        # meth_traverse: m_self, then m_module
        s = self.self_ if self.self_ is not None else self.module
        if s is None:
            return ()
        return (s,) if self.module_name is None else (s, self.module_name)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:
        # meth_dealloc: m_self, then m_module
        heap.gc_untrack(self)
        s, self.self_ = self.self_, None
        if s is not None:
            yield s
        m, n, self.module, self.module_name = self.module, self.module_name, None, None
        if m is not None:
            yield m
        if n is not None:
            yield n
        heap.free_object(self)


class HDescr(HObject):
    """A static descriptor of a builtin type (method_descriptor, getset): never freed. ``varargs``:
    the method takes its arguments as a tuple (METH_VARARGS; "keywords": | METH_KEYWORDS, profile
    fact method_varargs)."""

    __slots__ = ("fn", "kind", "name", "owner", "setter", "varargs")

    def __init__(self) -> None:
        self.varargs: bool | str = False


class HNewWrapper(HDescr):
    """A builtin type's `__new__` (kind "static_new"): add_tp_new_wrapper puts in the type's dict a
    builtin_function_or_method bound to the type (PyCFunction_NewEx(tp_new_methoddef, type)), so
    `int.__new__`, `(1).__new__` and a subclass's inherited `__new__` are that one object; it
    answers __self__ and __qualname__ as a builtin does (``self_`` the type, ``qualname``)."""

    __slots__ = ("qualname", "self_")


class HRange(HLeaf):
    """A range object (rangeobject: start, stop, step, length): ``value`` the host range, and
    ``members`` the four int objects it holds (range_dealloc releases them). Not a GC type."""

    __slots__ = ("members",)
    is_leaf = False

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:
        members, self.members = self.members, ()
        yield from members
        heap.free_object(self)


class HBare(HObject):
    """An instance of `object` itself: a header and nothing else (not a GC type)."""

    __slots__ = ()


class HSet(HGCObject):
    """set / frozenset: the hash table of setobject.c (interp/settable.py keeps it): ``table`` (slots:
    None unused, settable.DUMMY deleted, or a key's token), ``hashes`` beside them, ``where`` (token →
    slot), ``entries`` (token → key object), ``mask`` (table size - 1), ``fill`` (active + dummy
    slots), ``finger`` (set_pop's), ``hash`` (a frozenset's cached hash)."""

    __slots__ = ("entries", "fill", "finger", "hash", "hashes", "mask", "table", "where")

    def keys_in_order(self) -> list[HObject]:
        entries = self.entries
        return [entries[t] for t in self.table if t in entries]

    def traverse(self) -> Iterable[HObject]:   # set_traverse: set_next order
        return self.keys_in_order()

    def tp_clear(self, heap: Any) -> None:     # set_clear_internal
        keys = self.keys_in_order()
        self.entries, self.where, self.fill = {}, {}, 0
        self.table, self.hashes, self.mask = [None] * 8, [0] * 8, 7
        for k in keys:
            heap.decref(k)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # set_dealloc
        heap.gc_untrack(self)
        if (yield TRASHCAN):
            return
        heap.clear_weakrefs(self)
        keys = self.keys_in_order()
        self.entries = {}
        yield from keys
        heap.free_object(self)


class HExc(HInstance):
    """An exception instance (PyBaseExceptionObject, or a Python subclass of one): ``args``,
    ``traceback``, ``context``, ``cause`` (objects or None), ``suppress`` (__suppress_context__),
    ``fields`` (the C members of the larger exception structs by name, in their traverse order —
    errno, strerror, filename (OSError); msg, name, path, name_from (ImportError); value
    (StopIteration); code (SystemExit) — or None) plus the instance fields of `HInstance`. The dict
    is a member of the struct (tp_dictoffset of BaseException), so the builtin part owns it."""

    __slots__ = ("args", "cause", "context", "fields", "suppress", "traceback")
    DICT_IN_STRUCT = True

    def _exc_refs(self) -> list[HObject]:
        # ImportError_traverse, OSError_traverse, ... visit their members, then BaseException_traverse:
        # dict, args, traceback, cause, context ([RUN 3.8-3.13] gc.get_referents order)
        refs = [o for o in self.fields.values() if o is not None] if self.fields else []
        refs.extend(o for o in (self.dict, self.args, self.traceback, self.cause, self.context) if o is not None)
        return refs

    def traverse(self) -> Iterator[HObject]:   # subtype_traverse (slots, the heap type), then the base's
        if self.slots:
            yield from (v for v in self.slots if v is not None)
        if self.values:
            yield from self.values.values()
        if not self.ob_type.static:
            yield self.ob_type
        yield from self._exc_refs()

    def tp_clear(self, heap: Any) -> None:     # subtype_clear's slots, then BaseException_clear (+ members)
        if self.slots:
            for i, v in enumerate(self.slots):
                if v is not None:
                    self.slots[i] = None
                    heap.decref(v)
        for v in self.release_fields():
            heap.decref(v)

    def release_fields(self) -> list[HObject]:
        # the base's dealloc after subtype_dealloc's slots: ImportError_clear etc., then
        # BaseException_clear (dict, args, traceback, cause, context)
        refs = self._exc_refs()
        self.args = self.traceback = self.context = self.cause = self.dict = None
        self.fields = None
        return refs


class HTraceback(HGCObject):
    """A traceback object: ``next`` (traceback or None), ``frame`` (an HFrame), ``lineno``."""

    __slots__ = ("frame", "lineno", "next")

    def traverse(self) -> Iterable[HObject]:
        if self.next is not None:
            yield self.next
        yield self.frame

    def tp_clear(self, heap: Any) -> None:
        for slot in ("next", "frame"):
            v = getattr(self, slot)
            if v is not None:
                setattr(self, slot, None)
                heap.decref(v)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # tb_dealloc
        heap.gc_untrack(self)
        if (yield TRASHCAN):
            return
        n, f = self.next, self.frame
        self.next = self.frame = None
        if n is not None:
            yield n
        if f is not None:
            yield f
        heap.free_object(self)


class HRefs(HGCObject):
    """A container of a fixed set of references, for kinds whose only C-level behaviour is to hold
    them: iterators, property/staticmethod/classmethod, super, slices, generators' frames, cells of
    enumerate/zip/map/filter. ``refs`` is the host list of held objects (None entries allowed);
    ``state`` is the kind's host-side data."""

    __slots__ = ("refs", "state")

    def traverse(self) -> Iterable[HObject]:
        return [r for r in self.refs if r is not None]

    def tp_clear(self, heap: Any) -> None:
        refs, self.refs = self.refs, [None] * len(self.refs)
        for r in refs:
            if r is not None:
                heap.decref(r)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:
        heap.gc_untrack(self)
        if self.ob_type.weakrefable:
            heap.clear_weakrefs(self)
        refs, self.refs = self.refs, []
        for r in refs:
            if r is not None:
                yield r
        heap.free_object(self)


class HLeafRefs(HRefs):
    """Like `HRefs`, for kinds without a GC header (range iterator, slice through 3.11, property is
    GC but range is not)."""

    __slots__ = ()
    is_gc = False
    is_leaf = False

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:
        refs, self.refs = self.refs, []
        for r in refs:
            if r is not None:
                yield r
        heap.free_object(self)


class HFuncWrapper(HRefs):
    """staticmethod / classmethod (staticmethod, classmethod in Objects/funcobject.c): ``refs[0]`` is
    the wrapped callable (sm_callable / cm_callable), ``dict`` the wrapper's own __dict__ (sm_dict /
    cm_dict), made by the first attribute store or __dict__ read, or None."""

    __slots__ = ("dict",)

    def traverse(self) -> Iterable[HObject]:   # sm_traverse / cm_traverse: the callable, then the dict
        refs = [r for r in self.refs if r is not None]
        return refs if self.dict is None else [*refs, self.dict]

    def tp_clear(self, heap: Any) -> None:     # sm_clear / cm_clear
        super().tp_clear(heap)
        d, self.dict = self.dict, None
        if d is not None:
            heap.decref(d)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # sm_dealloc / cm_dealloc
        d, self.dict = self.dict, None
        heap.gc_untrack(self)
        refs, self.refs = self.refs, []
        yield from (r for r in refs if r is not None)
        if d is not None:
            yield d
        heap.free_object(self)


class HGenerator(HGCObject):
    """A generator: ``frame`` is the host `Frame` (3.11+ embedded), ``fobj`` its frame object
    (3.8-3.10 gi_frame), ``runner`` the host generator driving the body, ``name``/``qualname``,
    ``code`` the host `CodeInfo` (gi_code: its static code object), ``bare_yield`` whether it is
    suspended at a yield no try/with encloses (3.13 gen_close's fast path)."""

    __slots__ = ("bare_yield", "code", "finished", "fobj", "frame", "name", "qualname", "runner", "running")

    def exc_state(self) -> list[HObject]:
        """The references of the exceptions the suspended body is handling (gi_exc_state and the
        saved exc_info entries its frame's stack holds: `ExcInfo.refs`), outermost first; the host
        list is the runner's `handled`."""
        return [o for entry in self.runner.handled for o in entry.refs()] if self.runner is not None else []

    def traverse(self) -> Iterable[HObject]:   # gen_traverse: profile fact gen_traverse_fields, then gi_exc_state
        for field in self.heap.runtime.profile.interp.gen_traverse_fields:
            if field == "frame":       # _PyFrame_Traverse of the embedded frame (3.11+)
                if self.frame is not None:
                    yield from self.frame.traverse()
                continue
            o = {"frame_object": self.fobj, "code": self.code.obj, "name": self.name,
                 "qualname": self.qualname}[field]
            if o is not None:
                yield o
        yield from self.exc_state()

    def tp_clear(self, heap: Any) -> None:
        if self.fobj is not None:
            f, self.fobj = self.fobj, None
            heap.decref(f)
        elif self.frame is not None:
            self.frame.clear(heap)

    def tp_dealloc(self, heap: Any) -> Iterator[HObject]:   # gen_dealloc
        heap.gc_untrack(self)
        heap.clear_weakrefs(self)
        finalizer = heap.type_finalizer(self.ob_type)
        if finalizer is not None and not self.finished:
            # PyObject_CallFinalizerFromDealloc → _PyGen_Finalize: close() the suspended generator
            heap.gc_track(self)
            if heap.call_finalizer_from_dealloc(self, finalizer):
                return
            heap.gc_untrack(self)
        if self.fobj is not None:
            f, self.fobj = self.fobj, None
            yield f
        elif self.frame is not None:
            frame, self.frame = self.frame, None
            yield from frame.release()
        # _PyErr_ClearExcState(&gen->gi_exc_state) after the frame (3.8-3.10 gen_dealloc, 3.11+
        # gen_clear_frame): a body left suspended in an except block never pops its entries
        if self.runner is not None:
            excs, self.runner.handled[:] = self.exc_state(), []
            yield from excs
        names, self.name, self.qualname = (self.name, self.qualname), None, None
        yield from names      # Py_CLEAR(gen->gi_name), Py_CLEAR(gen->gi_qualname)
        if self.code is not None and self.code.orphan is not None:
            yield from self.code.orphan.drop_holder()     # the code the generator ran
        heap.free_object(self)


def is_vectorcall(fn: HObject) -> bool:
    """Whether PyObject_Call reaches `fn` through vectorcall (PyVectorcall_Call), which turns a
    kwargs dict back into a kwnames tuple: Python functions, bound methods, builtins that take
    METH_FASTCALL."""
    return isinstance(fn, (HFunction, HMethod)) or isinstance(fn, HBuiltin) and not fn.varargs
