"""Attributes of functions, methods, types, generators, properties and weakrefs (getsets and methods
installed on those builtin types)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..heap.objects import HObject, HType
from .btypes import add_method
from .methods import _getset
from .objects import HModule

if TYPE_CHECKING:
    from .runtime import Runtime


def type_name(rt: Runtime, self: HType) -> HObject:
    return rt.new_str(self.name)


def type_qualname(rt: Runtime, self: HType) -> HObject:
    return rt.new_str(self.extra.qualname or self.name)


def type_module(rt: Runtime, self: HType) -> HObject:
    return rt.new_str(self.extra.module)


def type_mro(rt: Runtime, self: HType) -> HObject:
    if self.extra.mro_tuple is not None:
        rt.incref(self.extra.mro_tuple)
        return self.extra.mro_tuple
    return rt.tuple_of(list(self.extra.mro))


def type_bases(rt: Runtime, self: HType) -> HObject:
    if self.extra.bases_tuple is not None:
        rt.incref(self.extra.bases_tuple)
        return self.extra.bases_tuple
    return rt.tuple_of(list(self.extra.bases))


def type_base(rt: Runtime, self: HType) -> HObject:
    b = self.base if self.base is not None else rt.none
    rt.incref(b)
    return b


def type_subclasses(rt: Runtime, self: HType, args: list, kw: Any) -> HObject:
    return rt.new_list([wr.wr_object for wr in self.extra.subclasses if wr.wr_object is not None])


def type_mro_m(rt: Runtime, self: HType, args: list, kw: Any) -> HObject:
    return rt.new_list(list(self.extra.mro))


def func_name(rt: Runtime, self: Any) -> HObject:
    rt.incref(self.name)
    return self.name


def func_qualname(rt: Runtime, self: Any) -> HObject:
    rt.incref(self.qualname)
    return self.qualname


def func_str_setter(attr: str) -> Any:
    """func_set_name / func_set_qualname (Objects/funcobject.c): only a str may be assigned; deleting
    fails the same way. The old name is released after the new one is stored."""
    def set_(rt: Runtime, self: Any, value: HObject | None) -> None:
        if value is None or not rt.builtin_types["str"] in value.ob_type.extra.mro:
            rt.raise_type("TypeError", f"__{attr}__ must be set to a string object")
        old = getattr(self, attr)
        rt.incref(value)
        setattr(self, attr, value)
        rt.decref(old)
    return set_


def func_annotations(rt: Runtime, self: Any) -> HObject:
    """func_get_annotations (Objects/funcobject.c): the function's annotations dict, made on first
    read: empty when the def had none, built from the flat (name, value, ...) tuple MAKE_FUNCTION
    stored from 3.10 (fact annotations_as_tuple); the dict then replaces it."""
    from ..heap.kinds import HTuple
    ann = self.annotations
    if ann is None or isinstance(ann, HTuple):
        d = rt.new_dict()
        if ann is not None:
            items = ann.items
            for k, v in zip(items[::2], items[1::2]):
                rt.dict_setitem(d, k, v)
            rt.decref(ann)
        self.annotations = ann = d
    rt.incref(ann)
    return ann


def func_closure(rt: Runtime, self: Any) -> HObject:
    v = self.closure if self.closure is not None else rt.none
    rt.incref(v)
    return v


def func_defaults(rt: Runtime, self: Any) -> HObject:
    v = self.defaults if self.defaults is not None else rt.none
    rt.incref(v)
    return v


def code_object(rt: Runtime, code: Any) -> HObject:
    """The code object of a CodeInfo (created once; like co_consts it is never freed)."""
    obj = getattr(code, "obj", None)
    if obj is None:
        obj = rt.static_object(HCode(), rt.t_code)
        obj.code = code
        code.obj = obj
    rt.incref(obj)
    return obj


class HCode(HObject):
    """A code object (host CodeInfo in ``code``)."""

    __slots__ = ("code",)


def code_field(name: str) -> Any:
    def get(rt: Runtime, self: HCode) -> HObject:
        c = self.code
        v = {"co_name": c.name, "co_qualname": c.qualname, "co_filename": c.filename,
             "co_firstlineno": c.firstlineno, "co_argcount": c.argcount,
             "co_kwonlyargcount": len(c.kwonly), "co_posonlyargcount": c.posonly,
             "co_varnames": tuple(c.varnames), "co_cellvars": tuple(c.cellvars),
             "co_freevars": tuple(c.freevars), "co_nlocals": len(c.varnames)}[name]
        return rt.from_host(v)
    return get


def func_code(rt: Runtime, self: Any) -> HObject:
    return code_object(rt, self.code)


def func_kwdefaults(rt: Runtime, self: Any) -> HObject:
    v = self.kwdefaults if self.kwdefaults is not None else rt.none
    rt.incref(v)
    return v


def func_member(attr: str) -> Any:
    """A PyMemberDef of the function (T_OBJECT: __module__, __doc__, __builtins__): None when NULL;
    __module__ and __doc__ may be set to anything, or deleted (stored NULL)."""
    def get(rt: Runtime, self: Any) -> HObject:
        v = getattr(self, attr)
        v = v if v is not None else rt.none
        rt.incref(v)
        return v

    def set_(rt: Runtime, self: Any, value: HObject | None) -> None:
        old = getattr(self, attr)
        if value is not None:
            rt.incref(value)
        setattr(self, attr, value)
        if old is not None:
            rt.decref(old)
    return get, set_


def func_globals(rt: Runtime, self: Any) -> HObject:
    rt.incref(self.globals)
    return self.globals


def builtin_name(rt: Runtime, self: Any) -> HObject:
    return rt.new_str(self.name)


def builtin_qualname(rt: Runtime, self: Any) -> HObject:
    """meth_get__qualname__: the name alone for a module's function, else the qualname of the type
    it is bound to (the bound object's type for a method) and the name."""
    bound = self.self_
    if bound is None or isinstance(bound, HModule):
        return rt.new_str(self.name)
    tp = bound if isinstance(bound, HType) else bound.ob_type
    return rt.new_str(f"{tp.extra.qualname or tp.name}.{self.name}")


def builtin_self(rt: Runtime, self: Any) -> HObject:
    """meth_get__self__: m_self — the bound object, a module function's module, or None."""
    v = self.self_ if self.self_ is not None else getattr(self, "module", None)
    v = rt.none if v is None else v
    rt.incref(v)
    return v


def builtin_module(rt: Runtime, self: Any) -> HObject:
    """The `__module__` member (T_OBJECT m_module): a module function's module name, else None."""
    v = getattr(self, "module_name", None)
    v = rt.none if v is None else v
    rt.incref(v)
    return v


def method_func(rt: Runtime, self: Any) -> HObject:
    rt.incref(self.func)
    return self.func


def method_self(rt: Runtime, self: Any) -> HObject:
    rt.incref(self.self_)
    return self.self_


def gen_send_m(rt: Runtime, self: Any, args: list, kw: Any) -> HObject:
    from .generators import gen_send
    return gen_send(rt, self, args[0] if args else None)


def gen_next_m(rt: Runtime, self: Any, args: list, kw: Any) -> HObject:
    from .generators import gen_send
    return gen_send(rt, self, None)


def gen_throw_m(rt: Runtime, self: Any, args: list, kw: Any) -> HObject:
    """gen_throw; a METH_VARARGS call (gen_throw_varargs) receives its arguments as a new tuple,
    alive for the whole call."""
    from .generators import gen_throw
    from .handlers import make_exception
    if len(args) != 1:
        rt.unsupported("generator.throw() without exactly one argument (the (type, value, traceback) form)")
    argt = rt.tuple_of(list(args)) if rt.profile.interp.gen_throw_varargs else None
    try:
        o = args[0]
        rt.incref(o)
        exc = make_exception(rt, o)
        return gen_throw(rt, self, exc)
    finally:
        if argt is not None:
            rt.decref(argt)


def gen_close_m(rt: Runtime, self: Any, args: list, kw: Any) -> HObject:
    from .generators import gen_close
    gen_close(rt, self)
    return rt.new_none()


def gen_frame(rt: Runtime, self: Any) -> HObject:
    if self.finished:
        return rt.new_none()
    from .frames import materialise
    fo = self.fobj if self.fobj is not None else materialise(rt, self.frame)
    rt.incref(fo)
    return fo


def weakref_call(rt: Runtime, self: Any, args: list, kw: Any) -> HObject:
    o = self.wr_object if self.wr_object is not None else rt.none
    rt.incref(o)
    return o


def prop_accessor(i: int) -> Any:
    def m(rt: Runtime, self: Any, args: list, kw: Any) -> HObject:
        from .methods import new_property
        vals = list(self.refs)
        vals[i] = args[0]
        return new_property(rt, rt.t_property, [v if v is not None else rt.none for v in vals], None)
    return m


def prop_get(rt: Runtime, self: Any, args: list, kw: Any) -> HObject:
    """wrap_descr_get -> property_descr_get: the property itself for obj None, else fget(obj)."""
    _unpack_args(rt, args, 1, 2)
    obj = args[0] if args[0] is not rt.none else None
    tp = args[1] if len(args) > 1 and args[1] is not rt.none else None
    if obj is None and tp is None:
        rt.raise_type("TypeError", "__get__(None, None) is invalid")
    return rt.descr_get(self, obj, tp if tp is not None else obj.ob_type)


def prop_set(rt: Runtime, self: Any, args: list, kw: Any) -> HObject:
    """wrap_descr_set -> property_descr_set(obj, value)."""
    _unpack_args(rt, args, 2, 2)
    rt.property_descr_set(self, args[0], args[1])
    return rt.new_none()


def prop_delete(rt: Runtime, self: Any, args: list, kw: Any) -> HObject:
    """wrap_descr_delete -> property_descr_set(obj, NULL)."""
    if len(args) != 1:   # check_num_args
        rt.raise_type("TypeError", f"expected 1 argument, got {len(args)}")
    rt.property_descr_set(self, args[0], None)
    return rt.new_none()


def _unpack_args(rt: Runtime, args: list, lo: int, hi: int) -> None:
    """PyArg_UnpackTuple(args, "", lo, hi, ...) of the slot wrappers (the empty name leaves the
    message's leading space)."""
    n = len(args)
    if lo <= n <= hi:
        return
    want = lo if n < lo else hi
    what = str(lo) if lo == hi else f"at least {lo}" if n < lo else f"at most {hi}"
    rt.raise_type("TypeError", f" expected {what} argument{'s' if want != 1 else ''}, got {n}")


def prop_set_name(rt: Runtime, self: Any, args: list, kw: Any) -> HObject:
    """property_set_name (METH_VARARGS, 3.10+): keeps the attribute name (prop_name) for its error
    messages. A METH_VARARGS call receives its arguments as a new tuple (cfunction_call,
    method_vectorcall_VARARGS): made here, for every way of calling it."""
    argt = rt.tuple_of(list(args))
    try:
        if kw:
            rt.raise_type("TypeError", "__set_name__() takes no keyword arguments")
        if len(args) != 2:
            rt.raise_type("TypeError", f"__set_name__() takes 2 positional arguments but {len(args)} were given")
        self.state = rt.as_str(args[1]) if args[1].ob_type is rt.t_str else None
        return rt.new_none()
    finally:
        rt.decref(argt)


def prop_field(i: int) -> Any:
    def get(rt: Runtime, self: Any) -> HObject:
        v = self.refs[i] if self.refs[i] is not None else rt.none
        rt.incref(v)
        return v
    return get


def wrapped_func(rt: Runtime, self: Any) -> HObject:
    rt.incref(self.refs[0])
    return self.refs[0]


def staticmethod_call(rt: Runtime, self: Any, args: list, kw: Any) -> HObject:
    """sm_call: calling the staticmethod object calls the wrapped callable."""
    return rt.call(self.refs[0], args, kw)


def frame_field(name: str) -> Any:
    def get(rt: Runtime, self: Any) -> HObject:
        f = self.f
        if name == "f_back":
            if self.back is not None:
                rt.incref(self.back)
                return self.back
            if f.back is not None and not self.owned:
                from .frames import materialise
                fo = materialise(rt, f.back)
                rt.incref(fo)
                return fo
            return rt.new_none()
        if name == "f_lineno":
            return rt.new_int(f.lineno)
        if name == "f_globals":
            rt.incref(f.globals)
            return f.globals
        if name == "f_locals":
            return frame_locals(rt, f)
        if name == "f_code":
            return code_object(rt, f.code)
        raise AssertionError(name)
    return get


def frame_repr(rt: Runtime, self: Any, args: list, kw: Any) -> HObject:
    """frame_repr (Objects/frameobject.c, 3.8-3.13): its address, file, current line and code name."""
    code = self.f.code
    return rt.new_str(f"<frame at {self.addr:#x}, file {code.filename!r}, line {self.f.lineno}, "
                      f"code {code.name}>")


def frame_locals(rt: Runtime, f: Any, proxy_ok: bool = True) -> HObject:
    """f_locals: the locals dict (module/class); for a function's frame the frame's own f_locals dict
    refreshed from the fast locals (3.8-3.12 frame_getlocals → PyFrame_FastToLocalsWithError, the
    dict locals() returns too), or (3.13) a FrameLocalsProxy reading through to the frame, or a
    snapshot dict (3.13's locals())."""
    if f.optimized:
        if proxy_ok and rt.profile.interp.frame_locals_proxy:
            from .framelocals import new_frame_locals_proxy
            return new_frame_locals_proxy(rt, f)
        if rt.profile.interp.locals_dict_on_frame:
            from .frames import fast_to_locals
            return fast_to_locals(rt, f)
    if f.locals is not None:
        rt.incref(f.locals)
        return f.locals
    from .framelocals import locals_snapshot
    return locals_snapshot(rt, f)


def tb_field(name: str) -> Any:
    def get(rt: Runtime, self: Any) -> HObject:
        if name == "tb_lineno":
            return rt.new_int(self.lineno)
        v = getattr(self, {"tb_next": "next", "tb_frame": "frame"}[name])
        v = v if v is not None else rt.none
        rt.incref(v)
        return v
    return get


def object_format(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    """object___format___impl: str(self) for an empty format spec, a TypeError for any other."""
    from .methods import _nargs
    _nargs(rt, "__format__", args, 1, 1)
    spec = args[0]
    if spec.ob_type is not rt.t_str and rt.t_str not in spec.ob_type.extra.mro:
        rt.raise_type("TypeError", f"__format__() argument must be str, not {rt.type_name(spec)}")
    if spec.value:
        rt.raise_type("TypeError", f"unsupported format string passed to {rt.type_name(self)}.__format__")
    return rt.new_str(rt.str(self))


def leaf_format(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    """int / float / complex / str __format__ (long__format__, float___format___impl,
    complex___format__, unicode___format__): the format spec mini-language; an empty spec is
    str(self)."""
    from .methods import _nargs
    _nargs(rt, "__format__", args, 1, 1)
    spec = args[0]
    if spec.ob_type is not rt.t_str and rt.t_str not in spec.ob_type.extra.mro:
        rt.raise_type("TypeError", f"__format__() argument must be str, not {rt.type_name(spec)}")
    if not spec.value:
        return rt.new_str(rt.str(self))
    try:
        return rt.new_str(format(self.value, spec.value))
    except (ValueError, TypeError) as e:
        rt.raise_type(type(e).__name__, str(e))
    raise AssertionError


def leaf_round(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    """int.__round__ / float.__round__ (long_round, float___round___impl): round half to even; an
    int without ndigits, or with ndigits >= 0, is itself (long_long)."""
    from .methods import _nargs
    _nargs(rt, "__round__", args, 0, 1)
    n = None if not args or args[0] is rt.none else rt.index(args[0])
    v = self.value
    if isinstance(v, int) and (n is None or n >= 0):
        if self.ob_type is rt.t_int:
            rt.incref(self)
            return self
        return rt.from_host(int(v))
    try:
        return rt.from_host(round(v) if n is None else round(v, n))
    except (ValueError, OverflowError) as e:
        rt.raise_type(type(e).__name__, str(e))
    raise AssertionError


def object_subclasshook(rt: Runtime, cls: HObject, args: list, kw: Any) -> HObject:
    """object_subclasshook: NotImplemented (abc's protocol: no opinion)."""
    rt.incref(rt.notimplemented)
    return rt.notimplemented


def object_dir_m(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    """object___dir___impl (dir_impl.object_dir)."""
    from .dir_impl import object_dir
    return object_dir(rt, self)


def object_unsupported(name: str) -> Any:
    """object.__reduce__ / __reduce_ex__ / __getstate__: pickling support (copyreg) the model lacks."""
    def m(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
        rt.unsupported(f"object.{name} (pickling)")
        raise AssertionError
    return m


def install_object_methods(rt: Runtime) -> None:
    """object's tp_methods beyond the slots (object_methods in Objects/typeobject.c)."""
    obj = rt.t_object
    add_method(rt, obj, "__format__", object_format)
    add_method(rt, obj, "__subclasshook__", object_subclasshook, kind="classmethod")
    add_method(rt, obj, "__dir__", object_dir_m)
    names = ["__reduce__", "__reduce_ex__"]
    if "object.__getstate__" in rt.profile.interp.newer_builtin_methods:
        names.append("__getstate__")
    for name in names:
        add_method(rt, obj, name, object_unsupported(name))


def install(rt: Runtime) -> None:
    install_object_methods(rt)
    T = rt.builtin_types
    for name in ("int", "float", "complex", "str"):
        add_method(rt, T[name], "__format__", leaf_format)
    for name in ("int", "float"):
        add_method(rt, T[name], "__round__", leaf_round)
    t = rt.t_type
    for name, g in (("__name__", type_name), ("__qualname__", type_qualname), ("__mro__", type_mro),
                    ("__bases__", type_bases), ("__base__", type_base)):
        t.extra.methods[name] = _getset(rt, t, name, g)
    add_method(rt, t, "__subclasses__", type_subclasses)
    add_method(rt, t, "mro", type_mro_m)
    fn = rt.t_function
    for name, g in (("__name__", func_name), ("__qualname__", func_qualname), ("__closure__", func_closure),
                    ("__defaults__", func_defaults), ("__globals__", func_globals), ("__code__", func_code),
                    ("__kwdefaults__", func_kwdefaults),
                    ("__annotations__", func_annotations)):
        fn.extra.methods[name] = _getset(rt, fn, name, g)
    for name, g, attr in (("__name__", func_name, "name"), ("__qualname__", func_qualname, "qualname")):
        fn.extra.methods[name] = _getset(rt, fn, name, g, func_str_setter(attr))
    for name, attr in (("__module__", "module"), ("__doc__", "doc")):
        fn.extra.methods[name] = _getset(rt, fn, name, *func_member(attr))
    if rt.profile.interp.function_holds_builtins:
        fn.extra.methods["__builtins__"] = _getset(rt, fn, "__builtins__", func_member("builtins")[0])
    for name, g in (("__name__", builtin_name), ("__qualname__", builtin_qualname), ("__self__", builtin_self),
                    ("__module__", builtin_module)):
        rt.t_builtin.extra.methods[name] = _getset(rt, rt.t_builtin, name, g)
    m = rt.t_method
    m.extra.methods["__func__"] = _getset(rt, m, "__func__", method_func)
    m.extra.methods["__self__"] = _getset(rt, m, "__self__", method_self)
    g = rt.t_generator
    for name, f in (("send", gen_send_m), ("__next__", gen_next_m), ("throw", gen_throw_m), ("close", gen_close_m)):
        add_method(rt, g, name, f)
    g.extra.methods["gi_frame"] = _getset(rt, g, "gi_frame", gen_frame)
    g.extra.methods["__name__"] = _getset(rt, g, "__name__", func_name)
    g.extra.methods["__qualname__"] = _getset(rt, g, "__qualname__", func_qualname)
    g.extra.methods["gi_running"] = _getset(rt, g, "gi_running", lambda rt_, self: rt_.new_bool(self.running))
    add_method(rt, rt.t_weakref, "__call__", weakref_call)
    p = rt.t_property
    for i, name in enumerate(("getter", "setter", "deleter")):
        add_method(rt, p, name, prop_accessor(i))
    for name, fn in (("__get__", prop_get), ("__set__", prop_set), ("__delete__", prop_delete)):
        add_method(rt, p, name, fn)   # slot wrappers of tp_descr_get / tp_descr_set
    if "property.__set_name__" in rt.profile.interp.newer_builtin_methods:
        add_method(rt, p, "__set_name__", prop_set_name)
    for i, name in enumerate(("fget", "fset", "fdel")):
        p.extra.methods[name] = _getset(rt, p, name, prop_field(i))
    wraps = bool(rt.profile.interp.descriptor_wrapper_copies)
    for tp in (rt.t_staticmethod, rt.t_classmethod):
        # sm_memberlist / cm_memberlist: __func__, and __wrapped__ where sm_init copies attributes
        for name in ("__func__", "__wrapped__") if wraps else ("__func__",):
            tp.extra.methods[name] = _getset(rt, tp, name, wrapped_func)
    if wraps:
        add_method(rt, rt.t_staticmethod, "__call__", staticmethod_call)
    for name in ("co_name", "co_qualname", "co_filename", "co_firstlineno", "co_argcount", "co_varnames",
                 "co_cellvars", "co_freevars", "co_nlocals", "co_kwonlyargcount", "co_posonlyargcount"):
        rt.t_code.extra.methods[name] = _getset(rt, rt.t_code, name, code_field(name))
    fr = rt.t_frame
    for name in ("f_back", "f_lineno", "f_globals", "f_locals", "f_code"):
        fr.extra.methods[name] = _getset(rt, fr, name, frame_field(name))
    add_method(rt, fr, "__repr__", frame_repr)
    tb = rt.t_traceback
    for name in ("tb_next", "tb_frame", "tb_lineno"):
        tb.extra.methods[name] = _getset(rt, tb, name, tb_field(name))
    del T
