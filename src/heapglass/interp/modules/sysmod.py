"""The simulated `sys` module: the parts of Python/sysmodule.c a memory-management program uses —
reference counts, sizes, interning, allocator statistics, the version the profile models, recursion
limit, the exception being handled, frames, and the standard streams.

Values describe the *profiled* CPython (``sys.version_info`` of a 3.12 run is 3.12.1), never the host.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...heap.kinds import HLeaf, HTuple
from ...heap.objects import HObject
from ..objects import HBare
from ..stdio import TextIO
from .args import c_int, clinic, no_keywords, noargs, one_arg
from .facts import module_facts
from .sizeof import getsizeof

if TYPE_CHECKING:
    from ..runtime import Runtime

MODULE = "sys"
MAXSIZE = 2**63 - 1


def _hexversion(version_info: tuple[int, int, int]) -> int:
    """PY_VERSION_HEX of a final release: 0xMMmmuuF0 (Include/patchlevel.h)."""
    major, minor, micro = version_info
    return (major << 24) | (minor << 16) | (micro << 8) | (0xF << 4)


class SysState:
    """Host-side state of one `sys` module: the mortal interned strings (3.8-3.11 and 3.13 do not
    count the interned table's references: PyUnicode_InternInPlace 'The two references in interned
    dict are not counted by refcnt'; a dead entry is dropped on the next lookup)."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.mortal_interned: dict[str, HObject] = {}

    def lookup(self, s: str) -> HObject | None:
        """The live interned string equal to `s` (borrowed), or None."""
        r = self.rt.interned.get(s)
        if r is not None:
            return r
        if len(s) == 1:      # start-up interned every one-character string (interning.py)
            return self.rt.str_const(s)
        r = self.mortal_interned.get(s)
        if r is not None and r.ob_refcnt <= 0:
            del self.mortal_interned[s]
            return None
        return r

    def intern(self, op: HObject) -> HObject:
        """sys.intern / PyUnicode_InternInPlace: the canonical equal string (a new reference)."""
        rt = self.rt
        s = op.value
        r = self.lookup(s)
        if r is None:
            r = op
            if rt.profile.caches.interned_immortal:
                rt.heap.make_immortal(op)
                rt.interned[s] = op
            else:
                self.mortal_interned[s] = op
        rt.incref(r)
        return r

    def is_interned(self, op: HObject) -> bool:
        return self.lookup(op.value) is op


def make_sys(rt: Runtime) -> HObject:
    """Module factory: the `sys` module of `rt` (a new reference)."""
    facts = module_facts(rt.profile)
    state = SysState(rt)

    def getrefcount(rt: Runtime, args: list, kw: Any) -> HObject:
        # sys_getrefcount_impl: Py_REFCNT(object); the caller's stack still holds the argument, so
        # a fresh object bound to one name reports 2 (heap.refcount: immortal objects' fixed value)
        return rt.new_int(rt.heap.refcount(one_arg(rt, MODULE, "getrefcount", args, kw)))

    def sys_getsizeof(rt: Runtime, args: list, kw: Any) -> HObject:
        obj, default = clinic(rt, "getsizeof", ("object", "default"), 1, args, kw)
        return getsizeof(rt, obj, default)

    def intern(rt: Runtime, args: list, kw: Any) -> HObject:
        s = one_arg(rt, MODULE, "intern", args, kw)
        if not (isinstance(s, HLeaf) and isinstance(s.value, str)):
            rt.raise_type("TypeError", f"intern() argument must be str, not {s.ob_type.name}")
        if s.ob_type is not rt.t_str:
            rt.raise_type("TypeError", f"can't intern {s.ob_type.name}")
        return state.intern(s)

    def is_interned(rt: Runtime, args: list, kw: Any) -> HObject:
        s = one_arg(rt, MODULE, "_is_interned", args, kw)
        if not (isinstance(s, HLeaf) and isinstance(s.value, str)):
            rt.raise_type("TypeError", f"_is_interned() argument must be str, not {s.ob_type.name}")
        return rt.new_bool(state.is_interned(s))

    def debugmallocstats(rt: Runtime, args: list, kw: Any) -> HObject:
        # sys__debugmallocstats_impl: _PyObject_DebugMallocStats(stderr) writes to the C stderr
        noargs(rt, MODULE, "_debugmallocstats", args, kw)
        host_channels(rt)[1](rt.heap.memory.debugmallocstats())
        return rt.new_none()

    def getallocatedblocks(rt: Runtime, args: list, kw: Any) -> HObject:
        noargs(rt, MODULE, "getallocatedblocks", args, kw)
        return rt.new_int(rt.allocated_blocks())

    def getrecursionlimit(rt: Runtime, args: list, kw: Any) -> HObject:
        noargs(rt, MODULE, "getrecursionlimit", args, kw)
        return rt.new_int(rt.recursion_limit)

    def setrecursionlimit(rt: Runtime, args: list, kw: Any) -> HObject:
        # sys_setrecursionlimit_impl
        limit = c_int(rt, one_arg(rt, MODULE, "setrecursionlimit", args, kw))
        if limit < 1:
            rt.raise_type("ValueError", "recursion limit must be greater or equal than 1")
        if rt.depth >= limit:
            rt.raise_type("RecursionError", f"cannot set the recursion limit to {limit} at the recursion "
                          f"depth {rt.depth}: the limit is too low")
        rt.recursion_limit = limit
        return rt.new_none()

    def handled(rt: Runtime) -> HObject | None:
        return rt.topmost_handled()

    def exc_info(rt: Runtime, args: list, kw: Any) -> HObject:
        noargs(rt, MODULE, "exc_info", args, kw)
        return rt.tuple_of(list(rt.exc_info_triple()))

    def exception(rt: Runtime, args: list, kw: Any) -> HObject:
        noargs(rt, MODULE, "exception", args, kw)
        e = handled(rt)
        return rt.new_none() if e is None else rt.from_host(e)

    def getframe(rt: Runtime, args: list, kw: Any) -> HObject:
        # sys__getframe_impl: depth frames up from the caller; ValueError past the bottom
        from ..frames import materialise
        no_keywords(rt, MODULE, "_getframe", kw)
        if len(args) > 1:
            rt.raise_type("TypeError", f"_getframe expected at most 1 argument, got {len(args)}")
        depth = c_int(rt, args[0]) if args else 0
        f = rt.frame
        while depth > 0 and f is not None:
            f = f.back
            depth -= 1
        if f is None:
            rt.raise_type("ValueError", "call stack is not deep enough")
        return rt.from_host(materialise(rt, f))

    def sys_exit(rt: Runtime, args: list, kw: Any) -> HObject:
        # sys_exit_impl: raise SystemExit(status); the interpreter turns it into the exit status
        no_keywords(rt, MODULE, "exit", kw)
        if len(args) > 1:
            rt.raise_type("TypeError", f"exit expected at most 1 argument, got {len(args)}")
        rt.throw(rt.new_exception(rt.builtin_types["SystemExit"], args))
        raise AssertionError

    def excepthook(rt: Runtime, args: list, kw: Any) -> HObject:
        # sys_excepthook_impl → PyErr_Display: the traceback of `value` on sys.stderr
        from ..tracebacks import format_exception
        no_keywords(rt, MODULE, "excepthook", kw)
        if len(args) != 3:
            rt.raise_type("TypeError", f"excepthook expected 3 arguments, got {len(args)}")
        rt.write_stderr(format_exception(rt, args[1]))
        return rt.new_none()

    fns: dict[str, Callable] = {
        "exit": sys_exit, "excepthook": excepthook,
        "getrefcount": getrefcount, "getsizeof": sys_getsizeof, "intern": intern,
        "_debugmallocstats": debugmallocstats, "getallocatedblocks": getallocatedblocks,
        "getrecursionlimit": getrecursionlimit, "setrecursionlimit": setrecursionlimit,
        "exc_info": exc_info, "_getframe": getframe,
    }
    if facts.has_sys_exception:
        fns["exception"] = exception
    if facts.has_is_interned:
        fns["_is_interned"] = is_interned
    # getsizeof is METH_VARARGS | METH_KEYWORDS (sysmodule.c sys_methods, 3.8-3.13): each call makes
    # its argument tuple
    module = rt.new_module(MODULE)
    attrs: dict[str, HObject] = {name: rt.define_builtin(name, fn, f"{MODULE}.{name}",
                                                         varargs=name == "getsizeof", module=module)
                                 for name, fn in fns.items()}
    attrs["__excepthook__"] = rt.from_host(attrs["excepthook"])
    stdout, stderr = make_streams(rt)
    version_info = rt.profile.version_info
    attrs.update({
        "stdout": stdout, "stderr": stderr, "__stdout__": stdout, "__stderr__": stderr,
        "argv": rt.from_host(list(rt.argv)),
        "version_info": make_version_info(rt, (*version_info, "final", 0)),
        "hash_info": make_hash_info(rt),
        "version": rt.from_host(f"{rt.profile.patch_release} (heapglass model)"),
        "hexversion": rt.from_host(_hexversion(version_info)),
        "maxsize": rt.from_host(MAXSIZE), "byteorder": rt.from_host("little"),
        "platform": rt.from_host("linux"),
        "modules": rt.modules.dict,
    })
    rt.incref(rt.modules.dict)
    for s in (stdout, stderr):
        rt.incref(s)
    rt.add_module_attrs(module, attrs)
    return module


VERSION_INFO_FIELDS = ("major", "minor", "micro", "releaselevel", "serial")


def make_struct_seq(rt: Runtime, name: str, fields: tuple[str, ...], values: tuple) -> HObject:
    """A struct sequence (Objects/structseq.c), i.e. a tuple of the type 'sys.<name>' with named
    fields and its own repr (a new reference)."""
    def field(i: int) -> Callable:
        return lambda rt, self: rt.from_host(self.items[i])

    def structseq_repr(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
        shown = ", ".join(f"{n}={rt.repr(v)}" for n, v in zip(fields, self.items))
        return rt.new_str(f"sys.{name}({shown})")

    tp = rt.define_type(name, {"__repr__": structseq_repr}, base=rt.t_tuple, layout="tuple",
                        getsets={n: field(i) for i, n in enumerate(fields)}, module="sys")
    t = HTuple()
    t.items = [rt.from_host(v) for v in values]
    return rt.alloc(t, tp, rt.sizes("tuple", len(values)))


def make_version_info(rt: Runtime, values: tuple) -> HObject:
    """sys.version_info (a new reference)."""
    return make_struct_seq(rt, "version_info", VERSION_INFO_FIELDS, values)


HASH_INFO_FIELDS = ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff")


def make_hash_info(rt: Runtime) -> HObject:
    """sys.hash_info (sysmodule.c get_hash_info): 64-bit hashes modulo 2**61 - 1, the profile's
    string algorithm (fact interp.str_hash_algorithm), a 128-bit SipHash key, Py_HASH_CUTOFF 0."""
    return make_struct_seq(rt, "hash_info", HASH_INFO_FIELDS,
                           (64, (1 << 61) - 1, 314159, 0, 1000003, rt.profile.interp.str_hash_algorithm,
                            64, 128, 0))


def host_channels(rt: Runtime) -> tuple[Callable[[str], None], Callable[[str], None]]:
    """The run's own stdout and stderr (file descriptors 1 and 2), whatever sys.stdout and
    sys.stderr currently are (the runtime's methods, not the instance's routed ones: shims.py)."""
    cls = type(rt)
    return cls.write_stdout.__get__(rt), cls.write_stderr.__get__(rt)


def make_streams(rt: Runtime) -> tuple[HObject, HObject]:
    """sys.stdout / sys.stderr: objects whose write(s) goes to the run's output (new references)."""
    def write(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
        s = one_arg(rt, "TextIOWrapper", "write", args, kw)   # _io.TextIOWrapper.write is METH_O
        if not (isinstance(s, HLeaf) and isinstance(s.value, str)):
            rt.raise_type("TypeError", f"write() argument must be str, not {s.ob_type.name}")
        # the stream's own channel, not rt.write_*: those follow a replaced sys.stdout/stderr
        states[0 if self is streams[0] else 1].write(rt, s)
        return rt.new_int(len(s.value))

    def flush(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
        noargs(rt, "TextIOWrapper", "flush", args, kw)
        states[0 if self is streams[0] else 1].flush(rt)
        return rt.new_none()

    channels = host_channels(rt)
    states = (TextIO(rt, channels[0], False), TextIO(rt, channels[1], True))   # ../stdio.py
    tp = rt.define_type("TextIOWrapper", {"write": write, "flush": flush}, is_gc=False,
                        module="_io")
    streams = (rt.alloc(HBare(), tp, 16, track=False), rt.alloc(HBare(), tp, 16, track=False))
    return streams
