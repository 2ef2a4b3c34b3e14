"""Minimal simulated `sys`, `gc` and `weakref` modules, registered with the runtime's module registry
until `heapglass.interp.modules` provides the full ones (it registers its own factories, which take
precedence when present)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.gcmodule import GCModule
from ..heap.objects import HObject
from .modspec import builtin_module_attrs, find_builtin_spec, install_import_machinery
from .modules.facts import module_facts

if TYPE_CHECKING:
    from .runtime import Runtime


def _host_call(rt: Runtime, fn: Any, *args: Any) -> Any:
    """Call a host API and turn its host exceptions into simulated ones."""
    try:
        return fn(*args)
    except (TypeError, ValueError, OverflowError) as e:
        rt.raise_type(type(e).__name__, str(e))


def make_gc(rt: Runtime) -> HObject:
    g = GCModule(rt.heap)

    def wrap(name: str, conv: Any = None) -> HObject:
        def fn(rt_: Runtime, args: list, kw: Any) -> HObject:
            hargs = [rt_.to_host(a) if not name.startswith(("is_", "get_referr", "get_referents")) else a
                     for a in args]
            hk = {k: rt_.to_host(v) for k, v in (kw or {}).items()}
            r = _host_call(rt_, getattr(g, name), *hargs, **hk)
            if isinstance(r, list):
                return rt_.new_list(r)
            if isinstance(r, HObject):
                rt_.incref(r)
                return r
            return rt_.from_host(r)
        return rt.define_builtin(name, fn)
    attrs = {}
    for name in ("collect", "enable", "disable", "isenabled", "get_threshold", "set_threshold", "get_count",
                 "get_stats", "set_debug", "get_debug", "get_objects", "get_referrers", "get_referents",
                 "is_tracked", "is_finalized", "freeze", "unfreeze", "get_freeze_count"):
        if name == "is_finalized" and not rt.profile.gc.has_is_finalized:
            continue
        attrs[name] = wrap(name)
    for c in ("DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK"):
        attrs[c] = rt.new_int(getattr(g, c))
    attrs["garbage"] = g.garbage
    rt.incref(attrs["garbage"])
    attrs["callbacks"] = g.callbacks
    rt.incref(attrs["callbacks"])
    m = rt.new_module("gc", attrs)
    for v in attrs.values():
        rt.decref(v)
    return m


def make_sys(rt: Runtime) -> HObject:

    def getrefcount(rt_: Runtime, args: list, kw: Any) -> HObject:
        return rt_.new_int(rt_.heap.refcount(args[0]))

    def getsizeof(rt_: Runtime, args: list, kw: Any) -> HObject:
        return rt_.new_int(args[0].nbytes or 16)

    def getframe(rt_: Runtime, args: list, kw: Any) -> HObject:
        from .frames import materialise
        depth = rt_.as_int(args[0]) if args else 0
        f = rt_.frame
        for _ in range(depth):
            if f is None:
                break
            f = f.back
        if f is None:
            rt_.raise_type("ValueError", "call stack is not deep enough")
        fo = materialise(rt_, f)
        rt_.incref(fo)
        return fo

    def exc_info(rt_: Runtime, args: list, kw: Any) -> HObject:
        return rt_.tuple_of(list(rt_.exc_info_triple()))

    def exception(rt_: Runtime, args: list, kw: Any) -> HObject:
        e = rt_.topmost_handled() or rt_.none
        rt_.incref(e)
        return e

    def intern(rt_: Runtime, args: list, kw: Any) -> HObject:
        s = args[0]
        r = rt_.interned.get(s.value)
        if r is None:
            rt_.interned[s.value] = s
            rt_.incref(s)
            r = s
        rt_.incref(r)
        return r

    def recursionlimit(rt_: Runtime, args: list, kw: Any) -> HObject:
        return rt_.new_int(rt_.recursion_limit)

    def setrecursionlimit(rt_: Runtime, args: list, kw: Any) -> HObject:
        rt_.recursion_limit = rt_.as_int(args[0])
        return rt_.new_none()

    def allocated_blocks(rt_: Runtime, args: list, kw: Any) -> HObject:
        return rt_.new_int(rt_.allocated_blocks())

    def exit_(rt_: Runtime, args: list, kw: Any) -> HObject:
        exc = rt_.new_exception(rt_.builtin_types["SystemExit"], args)
        rt_.throw(exc)
        raise AssertionError

    def write(stream: str) -> Any:
        def fn(rt_: Runtime, args: list, kw: Any) -> HObject:
            text = rt_.as_str(args[0])
            (rt_.write_stdout if stream == "stdout" else rt_.write_stderr)(text)
            return rt_.new_int(len(text))
        return fn

    def flush(rt_: Runtime, args: list, kw: Any) -> HObject:
        return rt_.new_none()

    stream_t = rt.define_type("TextIOWrapper", {}, module="_io")
    streams = {}
    for name in ("stdout", "stderr"):
        from .objects import HBare
        o = rt.alloc(HBare(), stream_t, 16)
        streams[name] = o
    from .btypes import add_method
    add_method(rt, stream_t, "write", lambda rt_, self, args, kw: write(
        "stdout" if self is streams["stdout"] else "stderr")(rt_, args, kw))
    add_method(rt, stream_t, "flush", lambda rt_, self, args, kw: rt_.new_none())
    fns = {"getrefcount": getrefcount, "getsizeof": getsizeof, "_getframe": getframe, "exc_info": exc_info,
           "intern": intern, "getrecursionlimit": recursionlimit, "setrecursionlimit": setrecursionlimit,
           "getallocatedblocks": allocated_blocks, "exit": exit_}
    if rt.profile.interp.except_star:
        fns["exception"] = exception
    attrs: dict[str, HObject] = {n: rt.define_builtin(n, f) for n, f in fns.items()}
    attrs["stdout"] = streams["stdout"]
    attrs["stderr"] = streams["stderr"]
    rt.incref(streams["stdout"])
    rt.incref(streams["stderr"])
    attrs["__stdout__"] = streams["stdout"]
    attrs["__stderr__"] = streams["stderr"]
    attrs["argv"] = rt.from_host(list(rt.argv))
    attrs["version_info"] = rt.from_host(rt.profile.version_info + ("final", 0))
    attrs["version"] = rt.from_host(rt.profile.patch_release)
    attrs["maxsize"] = rt.from_host(2**63 - 1)
    attrs["byteorder"] = rt.from_host("little")
    attrs["platform"] = rt.from_host("linux")
    m = rt.new_module("sys", attrs)
    for v in attrs.values():
        rt.decref(v)
    return m


# the builtin modules the model builds (each gets BuiltinImporter's or ExtensionFileLoader's spec)
BUILTIN_MODULES = ("gc", "sys", "math", "atexit", "_weakref")


def install(rt: Runtime) -> None:
    """Start-up's import system (modspec: the frozen importlib classes, the builtins module's spec),
    then the minimal modules (a fuller `heapglass.interp.modules` may replace them); every builtin
    module's factory is wrapped so that the module has its import-system attributes."""
    install_import_machinery(rt)
    builtin_module_attrs(rt, rt.builtins_module, "builtins", find_builtin_spec(rt, "builtins"))
    rt.register_module("gc", make_gc)
    rt.register_module("sys", make_sys)
    rt.register_module("weakref", make_weakref)
    rt.register_module("_weakref", make_weakref)
    try:
        from .modules import register_all  # type: ignore[attr-defined]
    except ImportError:
        register_all = None
    if register_all is not None:
        register_all(rt)
    for name in BUILTIN_MODULES:
        factory = rt.module_factories.get(name)
        if factory is not None:
            rt.module_factories[name] = with_module_spec(name, factory)


def with_module_spec(name: str, factory: Callable[[Runtime], HObject]) -> Callable[[Runtime], HObject]:
    """`factory` of builtin module `name` between what importlib does around it: find_spec before
    (the spec is made before the import's own allocations, which may collect), _init_module_attrs
    after (modspec)."""
    def create(rt: Runtime) -> HObject:
        memory = rt.heap.memory
        start = memory.allocated_blocks()
        found = find_builtin_spec(rt, name)
        own = memory.allocated_blocks() - start
        module = factory(rt)
        start = memory.allocated_blocks()
        builtin_module_attrs(rt, module, name, found)
        own += memory.allocated_blocks() - start
        # a first import replayed from measurements (modules/footprint.py) settles its blocks to the
        # measured delta inside `factory`; the spec's, made around it, are part of that delta too
        if name in module_facts(rt.profile).first_import_footprint:
            rt.unmodelled_startup_blocks -= own
        return module
    return create


def weakref_new(rt: Runtime, tp: Any, args: list, kw: Any, proxy: str | None = None) -> HObject:
    """weakref.ref(obj[, callback]) / weakref.proxy: reuses the callback-less basic ref."""
    if not args or len(args) > 2:
        rt.raise_type("TypeError", f"__new__ expected at most 2 arguments, got {len(args)}")
    obj = args[0]
    cb = args[1] if len(args) > 1 and args[1] is not rt.none else None
    if not obj.ob_type.weakrefable:
        rt.raise_type("TypeError", f"cannot create weak reference to '{rt.type_name(obj)}' object")
    if proxy is not None:
        callable_ = rt.special_method(obj, "__call__") is not None
        return rt.heap.new_weakref(obj, cb, proxy="callable" if callable_ else "proxy")
    return rt.heap.new_weakref(obj, cb, tp=tp)


def make_weakref(rt: Runtime) -> HObject:
    rt.t_weakref.extra.new = weakref_new

    def proxy(rt_: Runtime, args: list, kw: Any) -> HObject:
        return weakref_new(rt_, None, args, kw, proxy="proxy")

    def getweakrefcount(rt_: Runtime, args: list, kw: Any) -> HObject:
        return rt_.new_int(rt_.heap.getweakrefcount(args[0]))

    def getweakrefs(rt_: Runtime, args: list, kw: Any) -> HObject:
        return rt_.new_list(rt_.heap.getweakrefs(args[0]))

    attrs: dict[str, HObject] = {
        "proxy": rt.define_builtin("proxy", proxy),
        "getweakrefcount": rt.define_builtin("getweakrefcount", getweakrefcount),
        "getweakrefs": rt.define_builtin("getweakrefs", getweakrefs),
    }
    m = rt.new_module("weakref", attrs)
    for v in attrs.values():
        rt.decref(v)
    for name, tp in (("ref", rt.t_weakref), ("ReferenceType", rt.t_weakref),
                     ("ProxyType", rt.heap.proxy_types["proxy"]),
                     ("CallableProxyType", rt.heap.proxy_types["callable"])):
        rt.dict_setitem_str(m.dict, name, tp)
    return m
