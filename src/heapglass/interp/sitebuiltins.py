"""The names site.py adds to builtins (Lib/site.py setquit / setcopyright / sethelper, with the classes
of Lib/_sitebuiltins.py): `exit` and `quit` (Quitter instances), `copyright`, `credits`, `license`
(_Printer) and `help` (_Helper).

The model has no site module: the classes are static types named as _sitebuiltins' classes, whose
instances hold what Quitter.__init__ stores (`name`, `eof`) as read-only attributes rather than in an
instance dict. Calling `exit`/`quit` raises SystemExit(code) as Quitter.__call__ does (the model has
no sys.stdin to close first); the printers and help need the documentation files and pydoc, so
calling or printing them is unsupported (help's repr is its fixed text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..alloc.sizes import instance_size
from ..heap.objects import HObject, HType
from .objects import HRefs

if TYPE_CHECKING:
    from .objects import HModule
    from .runtime import Runtime

# site.setquit: the end-of-file key named in the message, on POSIX (os.sep == '/')
EOF_KEY = "Ctrl-D (i.e. EOF)"
HELPER_REPR = "Type help() for interactive help, or help(object) for help about object."


def quitter_repr(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    """Quitter.__repr__: 'Use %s() or %s to exit' % (self.name, self.eof)."""
    name, eof = (rt.as_str(r) for r in self.refs)
    return rt.new_str(f"Use {name}() or {eof} to exit")


def quitter_call(rt: Runtime, self: HRefs, args: list, kw: Any) -> HObject:
    """Quitter.__call__(code=None): raise SystemExit(code). Its argument errors are a Python
    function's (frames.bind_args: named by qualname where fact arity_errors_name_qualname says)."""
    name = "Quitter.__call__" if rt.profile.interp.arity_errors_name_qualname else "__call__"
    if kw:
        for key in kw:
            if key != "code":
                rt.raise_type("TypeError", f"{name}() got an unexpected keyword argument '{key}'")
        if args:
            rt.raise_type("TypeError", f"{name}() got multiple values for argument 'code'")
        args = [kw["code"]]
    if len(args) > 1:
        rt.raise_type("TypeError", f"{name}() takes from 1 to 2 positional arguments but {len(args) + 1} "
                      "were given")
    exc = rt.call(rt.builtin_types["SystemExit"], [args[0] if args else rt.none])
    rt.throw(exc)
    raise AssertionError


def _field(i: int) -> Any:
    def get(rt: Runtime, self: HRefs) -> HObject:
        v = self.refs[i]
        rt.incref(v)
        return v
    return get


def _unsupported(what: str) -> Any:
    def fn(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
        rt.unsupported(what)
        raise AssertionError
    return fn


def _own(rt: Runtime, o: HObject) -> HObject:
    rt.incref(o)
    return o


def _instance(rt: Runtime, tp: HType, refs: list[HObject]) -> HObject:
    """An instance holding `refs` (stolen)."""
    o = HRefs()
    o.refs = refs
    o.state = None
    # sys.getsizeof of a Python class's instance with a dict and weakref slot (3.13 also requests its
    # inline values, which getsizeof leaves out: that request is not modelled)
    return rt.alloc(o, tp, instance_size(rt.profile.alloc)[0])


def helper_repr(rt: Runtime, self: HObject, args: list, kw: Any) -> HObject:
    """_Helper.__repr__."""
    return rt.new_str(HELPER_REPR)


def install(rt: Runtime, m: HModule) -> None:
    """site.main's setquit, setcopyright and sethelper: the builtins they add, in their order."""
    d = m.dict
    quitter = rt.define_type("Quitter", {"__repr__": quitter_repr, "__call__": quitter_call}, base=rt.t_object,
                             getsets={"name": _field(0), "eof": _field(1)}, module="_sitebuiltins")
    for name in ("quit", "exit"):
        q = _instance(rt, quitter, [_own(rt, rt.str_const(name)), rt.new_str(EOF_KEY)])
        rt.dict_setitem_str(d, name, q, steal=True)
    printer_use = _unsupported("_sitebuiltins._Printer (copyright, credits, license)")
    printer = rt.define_type("_Printer", {"__repr__": printer_use, "__call__": printer_use}, base=rt.t_object,
                             module="_sitebuiltins")
    for name in ("copyright", "credits", "license"):
        rt.dict_setitem_str(d, name, _instance(rt, printer, [rt.new_str(name)]), steal=True)
    helper = rt.define_type("_Helper", {"__repr__": helper_repr, "__call__": _unsupported("help()")},
                            base=rt.t_object, module="_sitebuiltins")
    rt.dict_setitem_str(d, "help", _instance(rt, helper, []), steal=True)
