"""The interpreter's runtime: one simulated CPython process (heap, builtin types, modules, the thread
state) and the stable API that simulated modules are written against.

Reference convention (the heap core's, everywhere): a function returning an object returns a *new*
reference, owned by the caller; arguments are *borrowed* unless the name says ``steal``.

Runtime API for modules (``heapglass.interp.modules`` and anyone extending the interpreter) —
``rt`` is the `Runtime`:

Constructors (new references)
    ``rt.new_int(v)``, ``rt.new_float(v)``, ``rt.new_str(s)``, ``rt.new_bytes(b)``,
    ``rt.tuple_of(items)`` (items borrowed), ``rt.new_list(items)`` (borrowed), ``rt.new_dict()``,
    ``rt.from_host(value)`` (None/bool/int/float/str/bytes/tuple/list/dict, recursively),
    ``rt.new_none()``, ``rt.new_bool(b)``. Singletons (borrowed): ``rt.none``, ``rt.true``,
    ``rt.false``.
Conversions
    ``rt.to_host(obj)`` (leaves and containers of leaves → host values), ``rt.as_int(obj)``,
    ``rt.as_str(obj)``, ``rt.truthy(obj)``, ``rt.repr(obj)`` / ``rt.str(obj)`` (host str).
Reference counting
    ``rt.incref(obj)``, ``rt.decref(obj)``, ``rt.heap`` (the `Heap`), ``rt.profile``.
Calling and attributes
    ``rt.call(fn, args, kwargs=None)`` → new ref (args borrowed; kwargs: host dict str → obj),
    ``rt.getattr(obj, name)`` → new ref, ``rt.setattr(obj, name, value)``, ``rt.delattr(obj, name)``,
    ``rt.call_method(obj, name, args)`` → new ref.
Errors
    ``rt.raise_type("TypeError", "message")`` raises the simulated exception (never returns);
    ``rt.exception_matches(err, "KeyError")`` tests a caught `PyErr`; host code lets `PyErr`
    propagate.
Defining things
    ``rt.define_builtin(name, fn)`` → HBuiltin new ref, ``fn(rt, args, kwargs) -> new ref``;
    ``rt.define_type(name, methods={name: fn(rt, self, args, kwargs)}, base=None, getsets={...},
    layout=...)`` → a static type; ``rt.new_module(name, {name: obj})`` → module new ref (values
    borrowed); ``rt.register_module(name, factory)`` where ``factory(rt) -> module new ref`` makes
    ``import name`` find it (created once, cached in sys.modules); ``rt.exec_module_source(name,
    source, filename)`` runs simulated Python source as a module and returns it (new ref).
Output
    ``rt.write_stdout(text)``, ``rt.write_stderr(text)``; ``rt.report_unraisable(err, obj)`` prints
    "Exception ignored in: ..." as CPython's default sys.unraisablehook does.

Past 800 lines because this is that stable API: the constructors, the call path and the thread
state stay in one class the simulated modules are written against (operators, protocols and
attribute lookup are mixins in ops.py, btypes.py and typesys.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..heap.kinds import HDict, HHostFunction, HInstance, HLeaf, HList, HTuple
from ..heap.objects import HObject, HType
from ..profiles import Profile
from .btypes import Protocols
from .errors import ExcInfo, PyErr, Unnormalized, Unsupported
from .exc_fields import exception_size, init_members, raise_import_error, set_member
from .hashing import Hasher
from .interning import interned_char_apart
from .modspec import module_init_dict, source_module_attrs
from .module_registry import ModuleRegistry
from .objects import HBuiltin, HDescr, HExc, HFunction, HMethod, HModule
from .ops import Ops
from .sizes import object_size
from .startup_refs import add_module_references, add_startup_references
from .typesys import AttrProtocol, type_lookup

STATIC_REFCNT = 1 << 30       # type objects, descriptors, code objects: never reach zero
SINGLETON_REFCNT = 1000       # None/True/... (and 3.8-3.10 caches): referenced all over the interpreter


# The object kind (interp/sizes.py) of a free-list family whose name differs from it.
FREELIST_KINDS = {"cfunction": "builtin"}


class Runtime(AttrProtocol, Ops, Protocols):
    """One simulated interpreter (see the module docstring for the API)."""

    module_kind = HModule

    def __init__(self, heap: Any, *, unbuffered: bool = True, stdout_isatty: bool = False,
                 argv: list[str] | None = None, max_steps: int | None = None,
                 max_memory: int | None = None, filename: str = "<string>",
                 source: str = "", hash_seed: int | None = None) -> None:
        from . import btypes, builtins_mod, stdmods
        self.heap = heap
        self.profile: Profile = heap.profile
        heap.runtime = self
        self.incref = heap.incref
        self.decref = heap.decref
        self.unbuffered = unbuffered
        self.stdout_isatty = stdout_isatty
        self.argv = argv or [filename]
        self.max_steps = max_steps
        self.steps = 0
        self.max_memory: int | None = None     # armed once the runtime is built (see `arm_limits`)
        self.memory_limit = max_memory
        self.raising_memory_error = False
        self.live_bytes = 0
        self.finalizing = False
        self.carets = self.profile.interp.traceback_carets
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        self.sources: dict[str, str] = {filename: source}
        self.main_filename = filename
        self.recursion_limit = self.profile.interp.recursion_limit
        self.depth = 0
        self.frame: Any = None                # the executing host Frame (tstate->frame)
        self.handled: list[ExcInfo] = []      # exceptions being handled (exc_info stack)
        # the exc_info stacks below a running generator's own (its consumers'), innermost last
        self.exc_chain: list[list[ExcInfo]] = []
        self.module_factories: dict[str, Callable[[Runtime], HObject]] = {}
        self.interned: dict[str, HLeaf] = {}
        self.gc_checkpoints = frozenset(self.profile.interp.gc_checkpoints)
        self.atexit: list[tuple[HObject, list[HObject]]] = []
        self.views: Any = None
        self.next_static_addr = 0x1000
        self.tstate_dict: HDict | None = None  # PyThreadState_GetDict, made on first use
        self.repr_list: HList | None = None    # its 'Py_Repr' list (Py_ReprEnter)
        self.kwtuples: dict[str, HObject] = {}  # _PyArg_Parser.kwtuple of builtins, by function
        self.type_dicts: dict[str, HDict] = {}  # builtin types' tp_dict objects (methods.builtin_type_dict)
        btypes.install_types(self)
        self._make_singletons()
        self.hasher = Hasher(self.profile, hash_seed, self.none)   # PyObject_Hash (hashing.py)
        self.modules = ModuleRegistry(self)   # interp->modules, the dict sys.modules names
        btypes.mark_unhashable(self)
        builtins_mod.install(self)
        stdmods.install(self)
        try:   # the full gc/sys/weakref modules replace the stand-ins once they exist
            from .modules import install as install_modules
        except ImportError:
            install_modules = None
        if install_modules is not None:
            install_modules(self)
            # sys is made by start-up (_PySys_Create), not by importlib, so importing it costs a
            # program nothing
            self.modules["sys"] = self.module_factories["sys"](self)
        heap.gc.settle_startup()
        add_startup_references(self)
        self.startup_residents = self._place_startup_residents()
        self._fill_startup_freelists()
        # the real start-up heap's blocks that the model does not materialise (startup_allocated_blocks)
        self.unmodelled_startup_blocks = max(
            0, self.profile.interp.startup_allocated_blocks - heap.memory.allocated_blocks())

    def allocated_blocks(self) -> int:
        """sys.getallocatedblocks(): the model's blocks plus the start-up blocks it does not model."""
        return self.heap.memory.allocated_blocks() + self.unmodelled_startup_blocks

    def _fill_startup_freelists(self) -> None:
        """The objects start-up leaves on free lists (profile facts startup_freelists and, with HOME,
        startup_freelists_home_extra): their blocks are allocated and sit on the lists, so the
        program's first objects of those kinds need no block."""
        mem = self.heap.memory
        alloc = self.profile.alloc
        extra = alloc.startup_freelists_home_extra if self.heap.gc.startup_environment == "home_set" else {}
        for family, counts in alloc.startup_freelists.items():
            by_key = counts.items() if isinstance(counts, dict) else [(0, counts)]
            for key, count in by_key:
                count += extra.get(family, {}).get(key, 0) if isinstance(counts, dict) else 0
                nbytes = object_size(self.profile, FREELIST_KINDS.get(family, family), key)
                blocks = [mem.malloc(nbytes) for _ in range(count)]
                for addr in reversed(blocks):
                    mem.object_free(addr, nbytes, family, key or None)

    def _place_startup_residents(self) -> list[int]:
        """One never-freed block in every pymalloc size class: the start-up heap's occupancy of the
        small-block pools (profile fact startup_pool_residents)."""
        if not self.profile.interp.startup_pool_residents:
            return []
        mem = self.heap.memory
        pm = mem.pymalloc
        return [mem.malloc(pm.block_size(i)) for i in range(len(pm.usedpools))]

    # ------------------------------------------------------------------ static objects
    def static_object(self, op: HObject, tp: HType | None, refcnt: int = STATIC_REFCNT) -> HObject:
        """An object that is not on the heap (static in CPython): never freed. `refcnt` is the count
        it starts with (what sys.getrefcount shows before the program references it)."""
        op.ob_refcnt = refcnt
        op.ob_type = tp
        op.addr = self.next_static_addr
        self.next_static_addr += 0x40
        op.nbytes = 0
        op.a_prev = op.a_next = None
        op.weakrefs = None
        op.gc_next = op.gc_prev = None
        op.gc_flags = 0
        if "heap" in HObject.__slots__:
            op.heap = None      # static objects belong to no heap
        if self.profile.interp.immortal_small_ints:
            self.heap.make_immortal(op)
        return op

    def _make_singletons(self) -> None:
        # Runtime-static objects (small ints, empty/1-char strings and bytes, the empty tuple) start
        # at 999_999_999 in 3.11 (_PyObject_IMMORTAL_INIT); None/True/False and every singleton of
        # 3.8-3.10 are ordinary objects the interpreter already references many times.
        static_base = self.profile.objects.static_refcnt_base or SINGLETON_REFCNT

        def leaf(value: Any, tp: HType, refcnt: int = static_base) -> HLeaf:
            op = HLeaf()
            op.value = value
            return self.static_object(op, tp, refcnt)  # type: ignore[return-value]
        self.none = leaf(None, self.t_none, SINGLETON_REFCNT)
        self.true = leaf(True, self.t_bool, SINGLETON_REFCNT)
        self.false = leaf(False, self.t_bool, SINGLETON_REFCNT)
        self.ellipsis = leaf(Ellipsis, self.t_ellipsis, SINGLETON_REFCNT)
        self.notimplemented = leaf(NotImplemented, self.t_notimplemented, SINGLETON_REFCNT)
        self.small_ints = [leaf(i, self.t_int) for i in range(-5, 257)]
        self.empty_str = leaf("", self.t_str)
        self.chars = [leaf(chr(i), self.t_str) for i in range(256)]
        self.empty_bytes = leaf(b"", self.t_bytes)
        self.byte_chars = [leaf(bytes([i]), self.t_bytes) for i in range(256)]
        et = HTuple()
        et.items = []
        self.empty_tuple = self.static_object(et, self.t_tuple, static_base)
        self.empty_frozenset: HObject | None = None

    # ------------------------------------------------------------------ sizes and allocation
    def sizes(self, kind: str, n: int = 0) -> int:
        return object_size(self.profile, kind, n)

    def alloc(self, op: HObject, tp: HType, nbytes: int, track: bool = True, freelist: bool = True) -> HObject:
        """heap.new with the --max-memory limit: MemoryError inside the program when exceeded."""
        if self.max_memory is not None:
            self.reserve_memory(nbytes)
        return self.heap.new(op, tp, nbytes, track=track, freelist=freelist)

    def reserve_memory(self, nbytes: int) -> None:
        """Count `nbytes` more of the program's memory against --max-memory, or raise the simulated
        MemoryError (PyErr_NoMemory) without counting them."""
        self.check_memory(nbytes)
        if self.max_memory is not None:
            self.live_bytes += nbytes

    def check_memory(self, nbytes: int) -> None:
        """Raise the simulated MemoryError if `nbytes` more would pass --max-memory (counts nothing)."""
        if self.max_memory is None or self.raising_memory_error:
            return
        if self.live_bytes + nbytes > self.max_memory:
            # PyErr_NoMemory: the MemoryError itself is allocated outside the limit (CPython keeps
            # preallocated MemoryError instances)
            self.raising_memory_error = True
            try:
                exc = self.new_exception(self.builtin_types["MemoryError"], [])
            finally:
                self.raising_memory_error = False
            self.throw(exc)

    def memory_in_use(self) -> int:
        """Simulated bytes obtained from the system: pymalloc arenas plus raw allocations."""
        mem = self.heap.memory
        return (mem.pymalloc.narenas_currently_allocated * mem.pymalloc.arena_size
                + sum(mem.raw.chunks.values()))

    # ------------------------------------------------------------------ constructors
    def new_none(self) -> HObject:
        self.incref(self.none)
        return self.none

    def new_bool(self, b: bool) -> HObject:
        r = self.true if b else self.false
        self.incref(r)
        return r

    def new_int(self, v: int) -> HObject:
        if -5 <= v <= 256:
            r = self.small_ints[v + 5]
            self.incref(r)
            return r
        op = HLeaf()
        op.value = v
        return self.alloc(op, self.t_int, object_size(self.profile, "int", v))

    def new_float(self, v: float) -> HObject:
        op = HLeaf()
        op.value = v
        return self.alloc(op, self.t_float, object_size(self.profile, "float"))

    def new_complex(self, v: complex) -> HObject:
        op = HLeaf()
        op.value = v
        return self.alloc(op, self.t_complex, object_size(self.profile, "complex"))

    def new_str(self, s: str) -> HObject:
        n = len(s)
        if n <= 1:
            if n == 0:
                r = self.empty_str
                self.incref(r)
                return r
            c = ord(s)
            if c < 256:
                r = self.chars[c]
                self.incref(r)
                return r
        op = HLeaf()
        op.value = s
        return self.alloc(op, self.t_str, object_size(self.profile, "str", s))

    def new_str_fresh(self, s: str) -> HObject:
        """A new str even of one character (PyUnicode_New without unicode_result's canonical
        latin-1 singleton: long_to_decimal_string, case mappings, replace, join of several items);
        only the empty string stays the singleton (PyUnicode_New(0))."""
        if not s:
            return self.new_str(s)
        op = HLeaf()
        op.value = s
        return self.alloc(op, self.t_str, object_size(self.profile, "str", s))

    def new_bytes_fresh(self, b: bytes) -> HObject:
        """A new bytes even of one byte (PyBytes_FromStringAndSize(NULL, n) filled afterwards); b''
        stays the singleton."""
        if not b:
            return self.new_bytes(b)
        op = HLeaf()
        op.value = b
        return self.alloc(op, self.t_bytes, object_size(self.profile, "bytes", len(b)))

    def str_const(self, s: str) -> HObject:
        """An interned identifier string (borrowed; held by the runtime like a code constant)."""
        r = self.interned.get(s)
        if r is None:
            r = interned_char_apart(self, s) if len(s) == 1 else None
            r = r if r is not None else self.new_str(s)
            if r.addr and len(s) > 1 and self.profile.interp.interned_constants_immortal:
                self.heap.make_immortal(r)
            self.interned[s] = r
        return r

    def new_bytes(self, b: bytes) -> HObject:
        if len(b) <= 1:
            r = self.empty_bytes if not b else self.byte_chars[b[0]]
            self.incref(r)
            return r
        op = HLeaf()
        op.value = b
        return self.alloc(op, self.t_bytes, object_size(self.profile, "bytes", len(b)))

    def arg_parser_kwtuple(self, func: str, keywords: tuple[str, ...]) -> None:
        """parser_init (Python/getargs.c): a builtin's argument parser builds the tuple of its
        keyword names once and keeps it. The names are interned strings the real start-up heap
        already holds, so those the model lacks are made static, not allocated."""
        if func in self.kwtuples:
            return
        names = []
        for k in keywords:
            if k not in self.interned:
                op = HLeaf()
                op.value = k
                self.interned[k] = self.static_object(op, self.t_str)  # type: ignore[assignment]
            names.append(self.interned[k])
        self.kwtuples[func] = self.tuple_of(names)

    def tuple_of(self, items: list[HObject]) -> HObject:
        """A new tuple of `items` (borrowed; increfed)."""
        for it in items:
            self.incref(it)
        return self.tuple_steal(items)

    def tuple_steal(self, items: list[HObject]) -> HObject:
        """A new tuple taking over the references in `items`."""
        if not items:
            r = self.empty_tuple
            self.incref(r)
            return r
        t = HTuple()
        t.items = items
        return self.alloc(t, self.t_tuple, object_size(self.profile, "tuple", len(items)))

    def new_list(self, items: list[HObject]) -> HObject:
        for it in items:
            self.incref(it)
        return self.list_steal(items)

    def list_steal(self, items: list[HObject], capacity: int | None = None, generic_alloc: bool = False) -> HObject:
        """A new list taking over `items`; its item array has `capacity` slots (default: exactly
        len(items), as BUILD_LIST and list_new_prealloc make it). `generic_alloc`: list()'s
        PyType_GenericAlloc, never the list free list."""
        lst = HList()
        lst.items = items
        lst.allocated = 0
        lst.buf = 0
        self.alloc(lst, self.t_list, object_size(self.profile, "list"), freelist=not generic_alloc)
        self.list_set_capacity(lst, len(items) if capacity is None else capacity)
        return lst

    def list_set_capacity(self, lst: HList, allocated: int) -> None:
        """Give the list's item array `allocated` slots (PyMem_Realloc of ob_item, as list_resize).
        Down to 0 slots the array is not freed: PyMem_Realloc(p, 0) returns a non-NULL block, which
        later list_extends see (no list_preallocate_exact). _list_clear is heap.list_buffer_release."""
        old = lst.allocated
        if allocated == old:
            return
        if self.max_memory is not None:
            self.reserve_memory(8 * (allocated - old))   # the item array counts, not only objects
        lst.buf = self.heap.memory.realloc(lst.buf, 8 * old, 8 * allocated)
        lst.allocated = allocated

    def list_resize(self, lst: HList, newsize: int) -> None:
        """list_resize(lst, newsize) before the items change to newsize (over-allocation rule of the
        version, from heapglass.alloc.sizes)."""
        from ..alloc.sizes import list_resize
        self.list_set_capacity(lst, list_resize(self.profile.alloc, lst.allocated, len(lst.items), newsize))

    def new_dict(self, generic_alloc: bool = False) -> HDict:
        """A new empty dict (PyDict_New: the dict free list first; `generic_alloc`: dict_new's
        tp_alloc, never the free list)."""
        d = HDict()
        d.entries = {}
        d.keys_addr = 0
        d.keys_nbytes = 0
        d.values_addr = 0
        d.ma_version = 0
        d.owner = None
        # dicts start untracked (lazy tracking: MAINTAIN_TRACKING on insertion of a container)
        return self.alloc(d, self.t_dict, object_size(self.profile, "dict"), track=False,  # type: ignore
                          freelist=not generic_alloc)

    def from_host(self, v: Any) -> HObject:
        """A new reference to the simulated equivalent of a host value."""
        if v is None:
            return self.new_none()
        if v is True or v is False:
            return self.new_bool(v)
        if v is Ellipsis:
            self.incref(self.ellipsis)
            return self.ellipsis
        if isinstance(v, int):
            return self.new_int(v)
        if isinstance(v, float):
            return self.new_float(v)
        if isinstance(v, str):
            return self.new_str(v)
        if isinstance(v, bytes):
            return self.new_bytes(v)
        if isinstance(v, complex):
            return self.new_complex(v)
        if isinstance(v, tuple):
            return self.tuple_steal([self.from_host(x) for x in v])
        if isinstance(v, list):
            return self.list_steal([self.from_host(x) for x in v])
        if isinstance(v, dict):
            d = self.new_dict()
            for k, val in v.items():
                ko, vo = self.from_host(k), self.from_host(val)
                self.dict_setitem(d, ko, vo)
                self.decref(ko)
                self.decref(vo)
            return d
        if isinstance(v, HObject):
            self.incref(v)
            return v
        raise TypeError(f"no simulated equivalent for host {type(v).__name__}")

    def to_host(self, o: HObject) -> Any:
        """The host value of a leaf, or of a tuple/list/dict/set of them (recursively)."""
        if isinstance(o, HLeaf):
            return o.value
        if isinstance(o, HTuple):
            return tuple(self.to_host(x) for x in o.items)
        if isinstance(o, HList):
            return [self.to_host(x) for x in o.items]
        if isinstance(o, HDict):
            return {self.to_host(k): self.to_host(v) for k, v in o.entries.values()}
        return o

    def as_int(self, o: HObject) -> int:
        if isinstance(o, HLeaf) and isinstance(o.value, int):
            return int(o.value)
        return self.index(o)

    def as_str(self, o: HObject) -> str:
        if isinstance(o, HLeaf) and isinstance(o.value, str):
            return o.value
        self.raise_type("TypeError", f"expected str, got {self.type_name(o)}")
        raise AssertionError

    def type_name(self, o: HObject) -> str:
        return o.ob_type.name

    # ------------------------------------------------------------------ functions, methods, modules
    def new_method(self, func: HObject, self_: HObject) -> HObject:
        """method_new: a bound method (GC object; a free-list pop in 3.8)."""
        m = HMethod()
        m.func = func
        m.self_ = self_
        self.incref(func)
        self.incref(self_)
        return self.alloc(m, self.t_method, self.sizes("method"))

    def new_builtin_bound(self, descr: HDescr, self_: HObject) -> HObject:
        """A builtin method bound to `self_` (PyCFunction with m_self), as obj.append evaluates to."""
        b = HBuiltin()
        b.fn = descr.fn
        b.name = descr.name
        b.qualname = f"{descr.owner}.{descr.name}"
        b.self_ = self_
        b.module = b.module_name = None
        b.varargs = descr.varargs
        self.incref(self_)
        return self.alloc(b, self.t_builtin, self.sizes("builtin"))

    def define_builtin(self, name: str, fn: Callable[..., HObject], qualname: str = "", *,
                       varargs: bool = False, own_tuple: bool = False,
                       module: HModule | None = None) -> HObject:
        """A builtin function object: ``fn(rt, args, kwargs) -> new ref`` (args borrowed).
        ``varargs``: the C function takes its arguments as a tuple, so each call allocates one (a GC
        allocation visible in gc.get_count(), e.g. gc.set_threshold) unless the caller has one
        (f(*t)); ``own_tuple``: Argument Clinic's ``*args``, which builds it even then.
        ``module``: the module whose function it is (PyModule_AddFunctions), its m_self; its
        `__name__` string becomes m_module."""
        b = HBuiltin()
        b.fn = fn
        b.name = name
        b.qualname = qualname or name
        b.self_ = None
        b.module = module
        b.module_name = None
        if module is not None:
            self.incref(module)
            b.module_name = module.dict.entries["__name__"][1]
            self.incref(b.module_name)
        b.varargs = "own" if own_tuple else varargs
        return self.alloc(b, self.t_builtin, self.sizes("builtin"))

    def define_type(self, name: str, methods: dict[str, Callable] | None = None, *,
                    base: HType | None = None, getsets: dict[str, Any] | None = None,
                    layout: str = "object", weakrefable: bool = False, is_gc: bool = True,
                    module: str = "builtins") -> HType:
        """A static (builtin) type. ``methods``: name → fn(rt, self, args, kwargs) -> new ref;
        ``getsets``: name → getter fn(rt, self) -> new ref, or (getter, setter(rt, self, value))."""
        from .btypes import make_static_type
        return make_static_type(self, name, methods or {}, base=base, getsets=getsets or {},
                                layout=layout, weakrefable=weakrefable, is_gc=is_gc, module=module)

    def new_module(self, name: str, attrs: dict[str, HObject] | None = None) -> HModule:
        m = HModule()
        m.name = name
        m.dict = self.new_dict()
        self.alloc(m, self.t_module, self.sizes("module"))
        self.dict_setitem_str(m.dict, "__name__", self.str_const(name))
        module_init_dict(self, m)
        for k, v in (attrs or {}).items():
            self.dict_setitem_str(m.dict, k, v)
        return m

    def add_module_attrs(self, module: HModule, attrs: dict[str, HObject]) -> None:
        """Store `attrs` in the module's dict, in order, taking over the caller's references."""
        for k, v in attrs.items():
            self.dict_setitem_str(module.dict, k, v, steal=True)

    def register_module(self, name: str, factory: Callable[[Runtime], HObject]) -> None:
        """Make ``import name`` create the module with ``factory(rt)`` (once)."""
        self.module_factories[name] = factory

    def import_module(self, name: str) -> HObject:
        """IMPORT_NAME: the module (new reference); ModuleNotFoundError for anything unknown."""
        m = self.modules.get(name)
        if m is self.none:   # _bootstrap._find_and_load: a None entry blocks the import
            raise_import_error(self, "ModuleNotFoundError", f"import of {name} halted; None in sys.modules",
                               name)
        if m is None:
            factory = self.module_factories.get(name)
            if factory is None:
                raise_import_error(self, "ModuleNotFoundError", f"No module named '{name}'", name)
            # a first import replayed from measurements runs find_and_load inside its replay
            # (modules/footprint.py)
            from .modules.facts import module_facts
            measured = name in module_facts(self.profile).first_import_footprint
            m = factory(self) if measured else self.find_and_load(factory)
            self.modules[name] = m   # sys.modules owns the new reference
            add_module_references(self, m, name)
        elif name in self.profile.interp.import_spec_initializing_error:
            # import_ensure_initialized: this module's __spec__ has no _initializing (profile fact)
            msg = self.new_str("'ModuleSpec' object has no attribute '_initializing'")
            self.decref(self.new_exception(self.builtin_types["AttributeError"], [msg]))
            self.decref(msg)
        self.incref(m)
        return m

    def find_and_load(self, factory: Callable[[Runtime], HObject]) -> HObject:
        """importlib._bootstrap._find_and_load of a module the model builds with `factory` (a new
        reference), inside _ModuleLockManager: _ModuleLock.acquire before, release after."""
        self.module_lock_with()
        m = factory(self)
        self.module_lock_with()
        return m

    def module_lock_with(self) -> None:
        """`with self.lock:` in _ModuleLock.acquire / release: SETUP_WITH looks up the _thread lock's
        __enter__ and __exit__, two bound builtin methods; __enter__ is freed after its call,
        __exit__ at the block's end. Modelled where they end on a free list (fact
        import_lock_bound_methods)."""
        if not self.profile.interp.import_lock_bound_methods:
            return
        enter, exit_ = (self.define_builtin(name, lambda rt, args, kw: rt.new_none())
                        for name in ("__enter__", "__exit__"))
        self.decref(enter)
        self.decref(exit_)

    def import_dotted(self, name: str) -> HObject:
        """IMPORT_NAME of a dotted name: the top-level module is imported first; none of the model's
        modules is a package, so any further component is _find_and_load's ModuleNotFoundError."""
        top, *rest = name.split(".")
        m = self.import_module(top)
        if rest:
            self.decref(m)
            raise_import_error(self, "ModuleNotFoundError",
                               f"No module named '{top}.{rest[0]}'; '{top}' is not a package", f"{top}.{rest[0]}")
        return m

    def import_all_from(self, locals_: HObject, m: HObject) -> None:
        """import_all_from (ceval.c): the names of `__all__` if the module has one, else the keys of its
        __dict__ (PyMapping_Keys: a new list) that do not start with '_'; each bound in `locals_`."""
        names = self.getattr_or_none(m, "__all__")
        skip_private = names is None
        if names is None:
            d = self.getattr(m, "__dict__")
            try:
                names = self.new_list([k for k, _ in d.entries.values()])
            finally:
                self.decref(d)
        try:
            items = self.iterate_to_list(names)
            try:
                for name in items:
                    if skip_private and self.as_str(name).startswith("_"):
                        continue
                    value = self.getattr(m, self.as_str(name))
                    try:
                        self.setitem(locals_, name, value)
                    finally:
                        self.decref(value)
            finally:
                for name in reversed(items):
                    self.decref(name)
        finally:
            self.decref(names)

    def exec_module_source(self, name: str, source: str, filename: str) -> HObject:
        """Run simulated Python `source` as module `name`; returns the module (new reference)."""
        from .compiler import compile_module
        m = self.new_module(name)
        self.modules[name] = m
        self.sources[filename] = source
        source_module_attrs(self, m, name, filename)
        code = compile_module(self, source, filename)
        # importlib runs the code with exec(code, module.__dict__), which stores the builtins dict
        # (builtin_exec_impl: PyEval_GetBuiltins) where __main__ has the builtins module
        self.dict_setitem_str(m.dict, "__builtins__", self.builtins_module.dict)
        self.run_module_code(code, m)
        self.incref(m)
        return m

    def run_module_code(self, code: Any, module: HModule, main_script: bool = False) -> None:
        """Run module code in `module`'s namespace; `main_script`: __main__'s, whose first eval-breaker
        check (RESUME) runs the collection its compilation scheduled (3.12+)."""
        from .frames import run_module
        if "__builtins__" not in module.dict.entries:
            self.dict_setitem_str(module.dict, "__builtins__", self.builtins_module)
        run_module(self, code, module.dict, main_script)

    # ------------------------------------------------------------------ calls
    def varargs_method_call(self, fn: HDescr, self_: HObject, args: list[HObject],
                            kwargs: dict[str, HObject] | None) -> HObject:
        """A METH_VARARGS method descriptor called with `self_` (method_vectorcall_VARARGS /
        _VARARGS_KEYWORDS): the arguments after self in a new tuple, keyword arguments in a new
        dict for METH_KEYWORDS; both dropped after the call, the tuple first."""
        argt = self.tuple_of(list(args))
        kwd = self.keywords_dict(kwargs) if kwargs and fn.varargs == "keywords" else None
        try:
            return fn.fn(self, self_, args, kwargs)
        finally:
            self.decref(argt)
            if kwd is not None:
                self.decref(kwd)

    def keywords_dict(self, kwargs: dict[str, HObject]) -> HObject:
        """_PyStack_AsDict: the keyword arguments of a vectorcall as the dict METH_KEYWORDS gets."""
        d = self.new_dict()
        for k, v in kwargs.items():
            self.dict_setitem_str(d, k, v)
        return d

    def wrapperdescr_call(self, fn: HDescr, args: list[HObject], kwargs: dict[str, HObject] | None,
                           argtuple: HObject | None) -> HObject:
        """An unbound slot wrapper called (`object.__getattribute__(x, n)`, `int.__add__(1, 2)`): it
        has no vectorcall, so the call site packs the arguments in a tuple (_PyObject_MakeTpCall),
        and wrapperdescr_call passes the slot all but `self` in another (PyTuple_GetSlice; the
        empty tuple is shared). [RUN 3.8.18-3.13.0] after gc.collect(), object.__getattribute__(x,
        "__class__"): gc.get_count()[0] + 2, then int.__add__(1, 2): + 0 (both from the free lists)."""
        made = self.tuple_of(list(args)) if argtuple is None else None
        rest = self.tuple_of(list(args[1:])) if len(args) > 1 else None
        try:
            return fn.fn(self, args[0], args[1:], kwargs)
        finally:
            if rest is not None:
                self.decref(rest)
            if made is not None:
                self.decref(made)

    def call(self, fn: HObject, args: list[HObject], kwargs: dict[str, HObject] | None = None, *,
             argtuple: HObject | None = None) -> HObject:
        """PyObject_Call(fn, args, kwargs): a new reference. Arguments are borrowed (a call from C
        copies them into the callee's frame in every version). `argtuple`: a tuple holding `args`
        that already exists (CALL_FUNCTION_EX's callargs); a callee that takes its arguments as a
        tuple gets that one instead of a new one."""
        if isinstance(fn, HFunction):
            from .frames import call_function
            return call_function(self, fn, args, kwargs, False)
        if isinstance(fn, HBuiltin):
            if fn.varargs:
                # METH_VARARGS: the C function receives its arguments as a tuple
                argt = self.tuple_of(list(args)) if argtuple is None or fn.varargs == "own" else None
                # (keyword arguments: the call site made their dict, _PyObject_MakeTpCall)
                try:
                    return fn.fn(self, args, kwargs) if fn.self_ is None else fn.fn(self, fn.self_, args, kwargs)
                finally:
                    if argt is not None:
                        self.decref(argt)
            if fn.self_ is None:
                return fn.fn(self, args, kwargs)
            return fn.fn(self, fn.self_, args, kwargs)
        if isinstance(fn, HMethod):
            return self.call(fn.func, [fn.self_, *args], kwargs)
        if isinstance(fn, HType):
            from .btypes import type_call
            return type_call(self, fn, args, kwargs, argtuple=argtuple)
        if isinstance(fn, HDescr) and fn.kind == "static_new":
            return self.call_tp_new_wrapper(fn, args, kwargs, argtuple)
        if isinstance(fn, HDescr) and fn.kind == "method":
            if not args:
                # wrapperdescr_call keeps descr_check's wording; method_descriptor's changed (3.10)
                msg = f"descriptor '{fn.name}' of '{fn.owner}' object needs an argument" \
                    if fn.ob_type is self.t_wrapper_descr else f"unbound method {fn.owner}.{fn.name}() needs an argument"
                self.raise_type("TypeError", msg)
            if fn.ob_type is self.t_wrapper_descr:
                return self.wrapperdescr_call(fn, args, kwargs, argtuple)
            if fn.varargs:
                return self.varargs_method_call(fn, args[0], args[1:], kwargs)
            return fn.fn(self, args[0], args[1:], kwargs)
        if isinstance(fn, HHostFunction):
            r = fn.fn(self.heap, *args)
            return r if isinstance(r, HObject) else self.new_none()
        meth = type_lookup(fn.ob_type, "__call__")
        if meth is None:
            self.raise_type("TypeError", f"'{self.type_name(fn)}' object is not callable")
        if isinstance(meth, HDescr):
            return meth.fn(self, fn, args, kwargs)
        # slot_tp_call: tp_call receives the arguments as a tuple (a new one from a vectorcall
        # site's _PyObject_MakeTpCall) and calls the unbound __call__ with the instance first
        from .btypes import call_prepend
        argt = self.tuple_of(list(args)) if argtuple is None else None
        try:
            return call_prepend(self, meth, [fn, *args], kwargs)
        finally:
            if argt is not None:
                self.decref(argt)

    def call_tp_new_wrapper(self, fn: HDescr, args: list[HObject], kwargs: dict[str, HObject] | None,
                            argtuple: HObject | None) -> HObject:
        """T.__new__(subtype, *args) — tp_new_wrapper, a METH_VARARGS | METH_KEYWORDS builtin: it gets
        its arguments as a tuple (the caller's under f(*t)) and passes tp_new the slice without
        the subtype (PyTuple_GetSlice: a new tuple unless it is empty)."""
        if not args:
            self.raise_type("TypeError", f"{fn.owner}.__new__(): not enough arguments")
        argt = self.tuple_of(list(args)) if argtuple is None else None
        sliced = self.tuple_of(list(args[1:]))
        try:
            return fn.fn(self, args[0], args[1:], kwargs)
        finally:
            self.decref(sliced)
            if argt is not None:
                self.decref(argt)

    def call_method(self, obj: HObject, name: str, args: list[HObject],
                    kwargs: dict[str, HObject] | None = None) -> HObject:
        """obj.name(*args) the way LOAD_METHOD/CALL_METHOD does it: no bound method is created when
        the attribute is a plain function or method descriptor found on the type."""
        tp = obj.ob_type
        descr = type_lookup(tp, name)
        if descr is not None and not isinstance(obj, (HType, HModule)):
            if isinstance(descr, HFunction):
                if not (isinstance(obj, HInstance) and self.instance_attr(obj, name) is not None):
                    from .frames import call_function
                    return call_function(self, descr, [obj, *args], kwargs, False)
            elif isinstance(descr, HDescr) and descr.kind == "method":
                return descr.fn(self, obj, args, kwargs)
        m = self.getattr(obj, name)
        try:
            return self.call(m, args, kwargs)
        finally:
            self.decref(m)

    def delattr(self, obj: HObject, name: str) -> None:
        """PyObject_DelAttr."""
        self.setattr(obj, name, None)

    def special_method(self, obj: HObject, name: str) -> HObject | None:
        """_PyObject_LookupSpecial: `name` on type(obj) only (borrowed), or None."""
        return type_lookup(obj.ob_type, name)

    # ------------------------------------------------------------------ errors
    def exc_type(self, name: str) -> HType:
        return self.builtin_types[name]

    def new_exception(self, tp: HType, args: list[HObject], args_tuple: HObject | None = None) -> HExc:
        """BaseException_new: an exception instance of `tp` with `args` (borrowed). It keeps the
        call's args tuple (`args_tuple`, borrowed: _PyObject_MakeTpCall's) when there is one, and
        packs `args` into a new one only for the exceptions the runtime raises itself."""
        e = HExc()
        if args_tuple is not None:
            self.incref(args_tuple)
            e.args = args_tuple
        else:
            e.args = self.tuple_of(list(args))
        e.traceback = e.context = e.cause = None
        e.fields = None
        e.suppress = False
        e.dict = None
        e.values = None
        e.slots = [None] * len(tp.extra.slot_names) if tp.extra.slot_names else None
        self.alloc(e, tp, exception_size(self, tp)[1])
        init_members(self, e)
        return e

    def raise_type(self, type_name: str, message: str | None = None) -> None:
        """PyErr_SetString / PyErr_Format / PyErr_SetNone: raise simulated `type_name`(message)
        (never returns)."""
        self.raise_value(self.builtin_types[type_name], self.new_str(message) if message is not None else None)

    def raise_name_error(self, message: str, name: str) -> None:
        """format_exc_check_arg(NameError): normalized at once where the profile says so, to attach
        the name (suggestion_errors_normalized)."""
        try:
            self.raise_type("NameError", message)
        except PyErr as err:
            if self.profile.interp.suggestion_errors_normalized:
                exc = err.normalize()
                if exc.fields is not None and exc.fields.get("name") is None:
                    set_member(self, exc, "name", self.str_const(name))
            raise

    def raise_value(self, tp: HType, value: HObject | None) -> None:
        """_PyErr_SetObject(tp, value) for a `value` that is not an exception instance (stolen; None
        for NULL): unnormalized while no exception is being handled, where the profile says so
        (error_indicator_triple), else the instance made at once (never returns)."""
        if self.profile.interp.error_indicator_triple and not self._handled_context():
            raise PyErr(None, Unnormalized(tp, value), self)
        self.throw(self._create_exception(tp, value))

    def _create_exception(self, tp: HType, value: HObject | None) -> HExc:
        """_PyErr_CreateException(tp, value), consuming `value`: no arguments for NULL, a tuple value
        is the args tuple itself (PyObject_Call), anything else the one argument."""
        if value is None:
            return self.new_exception(tp, [])
        try:
            if isinstance(value, HTuple):
                return self.new_exception(tp, list(value.items), value)
            return self.new_exception(tp, [value])
        finally:
            self.decref(value)

    def normalize_error(self, raw: Unnormalized) -> HExc:
        """PyErr_NormalizeException + PyException_SetTraceback: the instance of an error in the
        thread state (made now unless the value is one; a new reference), given the traceback chain
        built so far."""
        exc = self.normalize_value(raw)
        raw.value = None
        if raw.traceback is not None:
            old, exc.traceback, raw.traceback = exc.traceback, raw.traceback, None
            if old is not None:
                self.decref(old)
        return exc

    def normalize_value(self, raw: Unnormalized) -> HExc:
        """PyErr_NormalizeException: the error's value made the instance (borrowed: the record
        keeps it) if it is not one yet."""
        if not isinstance(raw.value, HExc):
            raw.value = self._create_exception(raw.type, raw.value)
        return raw.value

    def in_flight(self, exc: HObject, traceback: HObject | None = None) -> PyErr:
        """The PyErr raising the instance `exc` (stolen): where the thread state holds (type, value,
        traceback) (error_indicator_triple), the chain PyTraceBack_Here extends starts from its
        __traceback__ and is stored back only when the error is normalized (PyErr_Restore).
        `traceback` (borrowed) is the one _PyErr_Restore is given instead of the instance's (a bare
        raise restoring exc_info's triple); 3.12+ _PyErr_Restore sets it on the instance."""
        if not isinstance(exc, HExc):
            return PyErr(exc)
        tb = exc.traceback if traceback is None else (None if traceback is self.none else traceback)
        if not self.profile.interp.error_indicator_triple:
            if tb is not exc.traceback:
                old, exc.traceback = exc.traceback, tb
                if tb is not None:
                    self.incref(tb)
                if old is not None:
                    self.decref(old)
            return PyErr(exc)
        raw = Unnormalized(exc.ob_type, exc)
        if tb is not None:
            self.incref(tb)
            raw.traceback = tb
        return PyErr(None, raw, self)

    def clear_error(self, err: PyErr) -> None:
        """PyErr_Clear of the error `err` carries: an unnormalized one is released without ever
        becoming an exception object."""
        raw = err.raw
        if raw is None:
            self.decref(err.exc)
            return
        err.raw = None
        for o in (raw.value, raw.traceback):
            if o is not None:
                self.decref(o)

    def topmost_handled(self) -> HObject | None:
        """_PyErr_GetTopmostException: the exception being handled (sys.exc_info(), a bare raise, a
        new exception's __context__), looked for down the exc_info chain: a running generator's own
        state first, then its consumer's, and so on, past those handling nothing."""
        entry = self.topmost_exc_info()
        return entry.value if entry is not None else None

    def topmost_exc_info(self) -> ExcInfo | None:
        """The exc_info entry `topmost_handled` reads its exception from."""
        for stack in (self.handled, *reversed(self.exc_chain)):
            if stack and stack[-1].value is not None and stack[-1].value is not self.none:
                return stack[-1]
        return None

    def exc_info_triple(self) -> tuple[HObject, HObject, HObject]:
        """sys.exc_info()'s (type, value, traceback), borrowed: what exc_info holds, the type and the
        traceback read from the value where it holds only that (exc_info_fields)."""
        entry = self.topmost_exc_info()
        if entry is None:
            return (self.none, self.none, self.none)
        e = entry.value
        tp = entry.type if entry.type is not None else e.ob_type
        tb = entry.traceback
        if tb is None:
            tb = e.traceback if isinstance(e, HExc) and e.traceback is not None else self.none
        return (tp, e, tb)

    def enter_handler(self, exc: HObject, keeps_stack: bool) -> ExcInfo:
        """The unwind entering a handler for `exc` (see `ExcInfo.value` for whose reference that is):
        its exc_info entry pushed, taking the references exc_info holds beside it (exc_info_fields)
        and, for a finally body or with's __exit__ (`keeps_stack`), those the handler's value stack
        keeps (handler_stack_fields); an except clause has popped its stack copies."""
        interp = self.profile.interp
        tb = exc.traceback if isinstance(exc, HExc) and exc.traceback is not None else self.none
        parts = {"type": exc.ob_type, "value": exc, "traceback": tb}
        names = [*interp.exc_info_fields, *(interp.handler_stack_fields if keeps_stack else ())]
        names.remove("value")     # the one the unwind handed over
        held = [parts[n] for n in names]
        for o in held:
            self.incref(o)
        fields = interp.exc_info_fields
        entry = ExcInfo(exc, exc.ob_type if "type" in fields else None,
                        tb if "traceback" in fields else None, held)
        self.handled.append(entry)
        return entry

    def leave_handler(self, entry: ExcInfo) -> None:
        """POP_EXCEPT / END_FINALLY / RERAISE / with's cleanup: the handler's exc_info entry popped
        (the previous one restored) and the references it held beside its value released."""
        top = self.handled.pop()
        assert top is entry, "exc_info entries leave in the order they entered"
        held, entry.held = entry.held, []
        for o in held:
            self.decref(o)

    def _handled_context(self) -> HObject | None:
        """The exception being handled, which a new exception takes as its __context__."""
        return self.topmost_handled()

    def throw(self, exc: HObject) -> None:
        """_PyErr_SetObject: raise `exc` (a new reference, stolen), chaining the exception being
        handled as its __context__."""
        raise self.set_error(exc)

    def new_error(self, tp: HType, value: HObject | None) -> PyErr:
        """The PyErr `raise_value(tp, value)` raises, for C code that hands it on instead (gen_close
        throwing GeneratorExit into a generator)."""
        try:
            self.raise_value(tp, value)
        except PyErr as err:
            return err
        raise AssertionError("raise_value returned")

    def set_error(self, exc: HObject) -> PyErr:
        """_PyErr_SetObject with the instance `exc` (stolen): the PyErr raising it, the exception
        being handled chained as its __context__."""
        if isinstance(exc, HExc):
            ctx = self._handled_context()
            if ctx is not exc and ctx is not None:
                # avoid cycles in the context chain (as _PyErr_SetObject does)
                o = ctx
                while isinstance(o, HExc) and o.context is not None:
                    if o.context is exc:
                        old = o.context
                        o.context = None
                        self.decref(old)
                        break
                    o = o.context
                old = exc.context
                self.incref(ctx)
                exc.context = ctx
                if old is not None:
                    self.decref(old)
        return self.in_flight(exc)

    def exception_matches(self, err: PyErr, type_name: str) -> bool:
        """PyErr_ExceptionMatches: by the raised type, without normalizing."""
        return self.builtin_types[type_name] in err.type.extra.mro

    def unsupported(self, construct: str) -> None:
        f = self.frame
        raise Unsupported(construct, f.code.filename if f is not None else self.main_filename,
                          f.lineno if f is not None else 0)

    # ------------------------------------------------------------------ output
    def write_stdout(self, text: str) -> None:
        self.stdout.append(text)

    def write_stderr(self, text: str) -> None:
        self.stderr.append(text)

    def call_unraisable(self, fn: HObject, args: list[HObject], where: HObject) -> None:
        """Call fn(*args); a simulated exception is reported as unraisable ("Exception ignored in")."""
        try:
            self.decref(self.call(fn, args, None))
        except PyErr as err:
            self.report_unraisable(err, where)

    def report_unraisable(self, err: PyErr, obj: HObject, header: str = "Exception ignored in: {}") -> None:
        """The default sys.unraisablehook: 'Exception ignored in: <obj repr>' (or `header` with the
        repr in its {}: _PyErr_WriteUnraisableMsg, PyErr_FormatUnraisable) and the traceback."""
        from .tracebacks import format_exception
        saved, chain = self.handled, self.exc_chain
        self.handled, self.exc_chain = [], []
        try:
            where = self.repr(obj)
        except PyErr as e2:
            self.clear_error(e2)
            where = "<object repr() failed>"
        finally:
            self.handled, self.exc_chain = saved, chain
        self.write_stderr(header.format(where) + "\n")
        self.write_stderr(format_exception(self, err.exc, unraisable=True))
        self.decref(err.exc)

    # Heap runtime hooks (heap.runtime): callbacks and finalizers run as simulated calls.
    def call_ignoring_errors(self, fn: HObject, args: list[HObject], where: Any = None) -> None:
        self.call_unraisable(fn, args, where if where is not None else fn)

    def call_finalizer(self, finalizer: Callable, op: HObject) -> None:
        finalizer(self.heap, op)

    def frame_free_hook(self, fobj: Any) -> bool:
        from .frames import keep_zombie_frame
        return keep_zombie_frame(self, fobj)

    def gen_finalize(self, gen: Any) -> None:
        from .generators import gen_finalize
        gen_finalize(self, gen)

    # ------------------------------------------------------------------ limits
    def arm_limits(self) -> None:
        """Start enforcing --max-memory: the bytes of objects the program allocates and still holds
        (the interpreter's own start-up objects do not count)."""
        self.max_memory = self.memory_limit
        if self.max_memory is None:
            return
        self.live_bytes = 0
        heap = self.heap
        free_object = heap.free_object

        buffer_release = heap.list_buffer_release

        def counting_free(op: HObject) -> None:
            self.live_bytes -= op.nbytes
            free_object(op)

        def counting_buffer_release(lst: Any) -> None:
            self.live_bytes -= 8 * getattr(lst, "allocated", 0)
            buffer_release(lst)
        heap.free_object = counting_free   # only with a limit: the hot path stays untouched
        heap.list_buffer_release = counting_buffer_release

    def step_limit_hit(self) -> None:
        from .errors import StepLimit
        raise StepLimit(f"heapglass: stopped after {self.max_steps} steps (--max-steps)")

    # Hooks the collector calls (heap/collector.py, gcstate.py).
    def make_list(self) -> HObject:
        return self.list_steal([])

    def list_append(self, lst: HList, op: HObject) -> None:
        self.incref(op)
        lst.items.append(op)

    def make_str(self, s: str) -> HObject:
        return self.new_str(s)

    def make_info_dict(self, generation: int, collected: int, uncollectable: int) -> HObject:
        return self.from_host({"generation": generation, "collected": collected,
                               "uncollectable": uncollectable})
