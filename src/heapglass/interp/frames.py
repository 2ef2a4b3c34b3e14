"""Code objects, execution frames and Python-function calls: argument binding, who owns the
arguments (copied into the frame through 3.10, moved from 3.11), frame objects (one per call through
3.10 with the per-code zombie frame and the free list; materialised on demand from 3.11), recursion
limit, and the eval-breaker checkpoint at function entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HCell
from ..heap.objects import HObject
from .errors import PyErr
from .objects import HFrame, HFunction

if TYPE_CHECKING:
    from .runtime import Runtime

RETURN = 3


class CodeInfo:
    """A compiled code object (host side): names, argument layout, local slots and the body."""

    __slots__ = (
        "argcount",
        "body",
        "cell_args",
        "cellvars",
        "consts",
        "fast_hidden",
        "filename",
        "firstlineno",
        "freevars",
        "is_generator",
        "kwonly",
        "name",
        "nlocals",
        "obj",
        "orphan",
        "posonly",
        "qualname",
        "slots",
        "varargs",
        "varkw",
        "varnames",
        "zombie",
    )

    def __init__(self, name: str, filename: str, firstlineno: int) -> None:
        self.name = name
        self.qualname = name
        self.filename = filename
        self.firstlineno = firstlineno
        self.argcount = 0
        self.posonly = 0
        self.kwonly: list[str] = []
        self.varargs: str | None = None
        self.varkw: str | None = None
        self.varnames: list[str] = []
        self.cellvars: list[str] = []
        self.freevars: list[str] = []
        self.nlocals = 0
        self.slots: dict[str, int] = {}
        self.body: Callable[[Frame], Any] = lambda f: None
        self.is_generator = False
        self.zombie: HFrame | None = None
        self.cell_args: list[tuple[int, int]] = []
        self.consts: list[HObject] = []
        self.obj: HObject | None = None
        self.orphan: Any = None     # code_lifetime.CodeTuples once the module's code is gone
        # module and class bodies: the fast locals of their inlined comprehensions (CO_FAST_HIDDEN)
        self.fast_hidden: dict[str, int] = {}


class Frame:
    """An execution frame (_PyInterpreterFrame / the data part of PyFrameObject): ``fast`` holds the
    local variables, cells and free variables (strong references or None); ``locals`` is the
    f_locals dict for module and class bodies; ``stack`` the value-stack entries that outlive one
    expression (for-loop iterators, with-statement exits), which frame_traverse visits."""

    __slots__ = (
        "back",
        "builtins",
        "code",
        "fast",
        "fobj",
        "func",
        "func_owned",
        "gen",
        "globals",
        "globals_owned",
        "lineno",
        "locals",
        "optimized",
        "pos",
        "retval",
        "stack",
        "visit",
    )

    def traverse(self) -> list[HObject]:
        """frame_traverse's data part (3.8-3.10) / _PyFrame_Traverse (3.11+): the fields of profile
        fact frame_traverse_fields, in its order. While a call runs the model's Frame borrows its
        function (the caller's reference to the callable): only a function it owns (``func_owned``) is
        visited, so every reference reported is one the frame counts."""
        out: list[HObject] = []
        for field in self.visit:
            if field == "localsplus":
                out.extend(o for o in self.fast if o is not None)
                out.extend(self.stack)
                continue
            o = {"code": self.code.obj, "builtins": self.builtins, "globals": self.globals,
                 "locals": self.locals, "frame_obj": self.fobj,
                 "func": self.func if self.func_owned else None}[field]
            if o is not None:
                out.append(o)
        return out

    def own_function(self, heap: Any) -> None:
        """The frame outlives its call (a generator's frame, a frame object taking ownership):
        where the profile says frames hold f_func, it takes its own reference to the function."""
        if self.func is not None and not self.func_owned and "func" in self.visit:
            heap.incref(self.func)
            self.func_owned = True

    def clear_locals(self, heap: Any) -> None:
        """_PyFrame_ClearLocals (3.13): the locals, then the value stack bottom up, then f_locals;
        the function and code stay."""
        out = [o for o in self.fast if o is not None]
        self.fast = [None] * len(self.fast)
        out.extend(self.stack)
        self.stack = []
        if self.locals is not None:
            out.append(self.locals)
            self.locals = None
        for o in out:
            heap.decref(o)

    def release(self) -> list[HObject]:
        """The references the frame drops when cleared, in CPython's order (locals first; the
        function after the locals dict, as _PyFrame_Clear)."""
        out = [o for o in self.fast if o is not None]
        self.fast = [None] * len(self.fast)
        out.extend(reversed(self.stack))
        self.stack = []
        if self.locals is not None:
            out.append(self.locals)
            self.locals = None
        if self.func_owned:
            out.append(self.func)
            self.func_owned = False
        if self.builtins is not None:
            out.append(self.builtins)
            self.builtins = None
        if self.globals_owned:
            out.append(self.globals)
            self.globals_owned = False
        self.globals = None
        return out

    def clear(self, heap: Any) -> None:
        for o in self.release():
            heap.decref(o)


def new_frame(rt: Runtime, code: CodeInfo, globals_: Any, locals_: Any, func: HFunction | None) -> Frame:
    f = Frame()
    f.code = code
    f.fast = [None] * code.nlocals
    f.globals = globals_
    f.locals = locals_
    f.optimized = locals_ is None    # CO_OPTIMIZED: a function's frame, its locals in `fast`
    f.back = rt.frame
    f.fobj = None
    f.stack = []
    f.lineno = code.firstlineno
    f.retval = None
    f.func = func
    f.func_owned = False
    f.gen = None
    f.pos = None
    f.visit = rt.profile.interp.frame_traverse_fields
    f.globals_owned = rt.profile.interp.frame_holds_globals
    if f.globals_owned:
        rt.incref(globals_)
    if locals_ is not None:
        rt.incref(locals_)
    f.builtins = None
    if rt.profile.interp.frame_holds_builtins:
        f.builtins = builtins_dict(rt, globals_)   # _PyFrame_New_NoTrack: Py_INCREF(builtins)
        rt.incref(f.builtins)
    if code.obj is None:     # frame_traverse / _PyFrame_Traverse visit f_code: the code object exists
        from .methods_more import code_object
        rt.decref(code_object(rt, code))
    if rt.profile.interp.frame_object_per_call:
        f.fobj = frame_object_alloc(rt, f, owned=True)
    return f


def builtins_dict(rt: Runtime, globals_: Any) -> HObject:
    """The builtins dict a frame or function running in `globals_` uses (borrowed): globals'
    __builtins__, the dict of that module if it is one, else the builtins module's dict
    (_PyFrame_New_NoTrack 3.8-3.10, _PyEval_BuiltinsFromGlobals 3.10+)."""
    entry = globals_.entries.get("__builtins__")
    b = entry[1] if entry is not None else rt.builtins_module.dict
    return b.dict if b is rt.builtins_module else b


def frame_object_alloc(rt: Runtime, f: Frame, owned: bool) -> HFrame:
    """A frame object for `f`: the code's zombie frame if it has one (3.8-3.10 frame_alloc: no GC
    allocation), else the free list or a new GC allocation. f_back refers to the caller's frame
    object. A frame made for a call (``owned``, 3.8-3.10) is not tracked while it runs
    (_PyFrame_New_NoTrack in function_code_fastcall / _PyEval_EvalCodeWithName / _PyEval_Vector):
    `frame_exit` tracks it if it outlives the call, `make_generator` when a generator owns it."""
    code = f.code
    fo = code.zombie
    heap = rt.heap
    if fo is not None and owned:
        code.zombie = None
        last = heap.a_head.a_prev
        fo.a_prev = last
        fo.a_next = heap.a_head
        last.a_next = fo
        heap.a_head.a_prev = fo
        heap.live += 1
        fo.ob_refcnt = 1
        fo.gc_flags = 0
    else:
        fo = HFrame()
        rt.alloc(fo, rt.t_frame, rt.sizes("frame", len(f.fast)),
                 track=not owned and rt.profile.interp.materialised_frame_tracked)
    fo.f = f
    fo.owned = owned
    back = f.back
    fo.back = None
    if back is not None:
        bo = back.fobj if back.fobj is not None else (materialise(rt, back) if not owned else None)
        if bo is not None:
            rt.incref(bo)
            fo.back = bo
    return fo


def fast_to_locals(rt: Runtime, f: Frame) -> HObject:
    """PyEval_GetLocals in a function's frame where fact locals_dict_on_frame holds: the frame's
    f_locals dict, made on first use, refreshed from the fast locals on every call
    (PyFrame_FastToLocalsWithError / map_to_dict: bound names are set, unbound ones deleted, cells
    read through); a new reference."""
    if f.locals is None:
        f.locals = rt.new_dict()
    d = f.locals
    cells = set(f.code.cellvars) | set(f.code.freevars)
    for name, slot in sorted(f.code.slots.items(), key=lambda item: item[1]):
        v = f.fast[slot] if slot < len(f.fast) else None
        if v is not None and name in cells:
            v = v.ob_ref
        if v is not None:
            rt.dict_setitem_str(d, name, v)
        elif name in d.entries:
            rt.dict_delitem_str(d, name)
    rt.incref(d)
    return d


def materialise(rt: Runtime, f: Frame) -> HFrame:
    """_PyFrame_GetFrameObject: the frame object of `f` (borrowed), created on first request."""
    if f.fobj is None:
        f.fobj = frame_object_alloc(rt, f, owned=False)
    return f.fobj


def keep_zombie_frame(rt: Runtime, fo: HFrame) -> bool:
    """frame_dealloc (3.8-3.10): keep the frame as its code's zombie frame when the code has none."""
    code = fo.f.code
    if not rt.profile.interp.frame_object_per_call or code.zombie is not None:
        return False
    heap = rt.heap
    fo.a_prev.a_next = fo.a_next
    fo.a_next.a_prev = fo.a_prev
    fo.a_prev = fo.a_next = None
    heap.live -= 1
    fo.ob_refcnt = 0
    code.zombie = fo
    return True


def frame_exit(rt: Runtime, f: Frame) -> None:
    """Leave frame `f`: drop the frame object (3.8-3.10: its dealloc clears the locals) or, from 3.11,
    clear the locals unless a surviving frame object takes ownership (_PyFrame_Clear)."""
    fo = f.fobj
    if fo is not None:
        if fo.owned:
            if fo.ob_refcnt > 1:      # something still refers to the frame (a traceback, f_back)
                rt.heap.gc_track(fo)
            rt.decref(fo)
            return
        f.fobj = None
        if fo.ob_refcnt > 1:
            fo.owned = True     # take_ownership: the frame object keeps the locals (and is tracked)
            f.own_function(rt.heap)
            rt.heap.gc_track(fo)
            if fo.back is None and f.back is not None:
                bo = materialise(rt, f.back)
                rt.incref(bo)
                fo.back = bo
            rt.decref(fo)
            return
        rt.decref(fo)
    f.clear(rt.heap)


def bind_args(rt: Runtime, func: HFunction, f: Frame, args: list[HObject], kwargs: dict[str, HObject] | None) -> None:
    """Bind `args`/`kwargs` (borrowed) into the frame's fast locals (increfing what it stores), as
    _PyEval_EvalCode / initialize_locals do, with CPython's error messages."""
    code = func.code
    fast = f.fast
    n = code.argcount
    nargs = len(args)
    # the function's __qualname__ from 3.10 (initialize_locals' func_qualname), else co_name
    name = rt.as_str(func.qualname) if rt.profile.interp.arity_errors_name_qualname else code.name
    for i in range(min(n, nargs)):
        a = args[i]
        rt.incref(a)
        fast[i] = a
    if code.varargs is not None:
        fast[n + len(code.kwonly)] = rt.tuple_of(list(args[n:]))
    elif nargs > n:
        given = nargs
        dflt = len(func.defaults.items) if func.defaults is not None else 0
        takes = f"from {n - dflt} to {n}" if dflt else f"{n}"
        plural = "s" if n != 1 or dflt else ""
        rt.raise_type("TypeError", f"{name}() takes {takes} positional argument{plural} but {given} "
                      f"{'was' if given == 1 else 'were'} given")
    kwdict = None
    if code.varkw is not None:
        kwdict = rt.new_dict()
        fast[n + len(code.kwonly) + (1 if code.varargs is not None else 0)] = kwdict
    if kwargs:
        for k, v in kwargs.items():
            idx = code.slots.get(k)
            if idx is not None and (code.posonly <= idx < n or n <= idx < n + len(code.kwonly)):
                if fast[idx] is not None:
                    rt.raise_type("TypeError", f"{name}() got multiple values for argument '{k}'")
                rt.incref(v)
                fast[idx] = v
            elif kwdict is not None:
                rt.dict_setitem_str(kwdict, k, v)
            else:
                rt.raise_type("TypeError", f"{name}() got an unexpected keyword argument '{k}'")
    if nargs < n:
        defaults = func.defaults.items if func.defaults is not None else []
        first_default = n - len(defaults)
        missing = []
        for i in range(nargs, n):
            if fast[i] is None:
                if i >= first_default:
                    d = defaults[i - first_default]
                    rt.incref(d)
                    fast[i] = d
                else:
                    missing.append(code.varnames[i])
        if missing:
            report_missing(rt, name, missing, "positional")
    if code.kwonly:
        missing = []
        for j, k in enumerate(code.kwonly):
            idx = n + j
            if fast[idx] is None:
                d = rt.dict_get(func.kwdefaults, rt.str_const(k)) if func.kwdefaults is not None else None
                if d is None:
                    missing.append(k)
                else:
                    rt.incref(d)
                    fast[idx] = d
        if missing:
            report_missing(rt, name, missing, "keyword-only")


def report_missing(rt: Runtime, name: str, missing: list[str], kind: str) -> None:
    q = [f"'{m}'" for m in missing]
    if len(q) == 1:
        names = q[0]
    elif len(q) == 2:
        names = f"{q[0]} and {q[1]}"
    else:
        names = ", ".join(q[:-1]) + f", and {q[-1]}"
    rt.raise_type("TypeError", f"{name}() missing {len(missing)} required {kind} argument"
                  f"{'s' if len(missing) > 1 else ''}: {names}")


def setup_cells(rt: Runtime, func: HFunction, f: Frame) -> None:
    """MAKE_CELL / COPY_FREE_VARS: new cells for cell variables (arguments moved into theirs) and the
    closure's cells into the free-variable slots."""
    code = func.code
    for slot, arg_slot in code.cell_args:
        cell = HCell()
        cell.ob_ref = None
        if arg_slot >= 0:
            cell.ob_ref = f.fast[arg_slot]
            f.fast[arg_slot] = None
        rt.alloc(cell, rt.t_cell, rt.sizes("cell"))
        f.fast[slot] = cell
    if code.freevars:
        base = code.slots[code.freevars[0]]    # inlined comprehensions' slots may follow them
        for i, c in enumerate(func.closure.items):
            rt.incref(c)
            f.fast[base + i] = c


def call_function(rt: Runtime, func: HFunction, args: list[HObject], kwargs: dict[str, HObject] | None,
                  owned: bool, pushed_from: tuple[HObject | None, ...] = ()) -> HObject:
    """Call a Python function. ``owned``: the caller's references to `args` and the values of
    `kwargs` are handed to the callee (3.11+ CALL from bytecode): the frame holds the only ones.
    ``pushed_from``: references (owned; None skipped) released once the frame is pushed and its
    arguments bound, before it runs (the tuple and dict _PyEvalFramePushAndInit_Ex pushes a
    CALL_FUNCTION_EX frame from, 3.12+)."""
    code = func.code
    pushed = [o for o in pushed_from if o is not None] if pushed_from else ()
    if rt.depth >= rt.recursion_limit:
        if owned:
            _release(rt, args, kwargs)
        _release(rt, pushed, None)
        rt.raise_type("RecursionError", rt.profile.interp.recursion_message)
    f = new_frame(rt, code, func.globals, None, func)
    try:
        bind_args(rt, func, f, args, kwargs)
    except PyErr:
        if owned:
            _release(rt, args, kwargs)
        frame_exit(rt, f)
        _release(rt, pushed, None)
        raise
    if owned:
        _release(rt, args, kwargs)
    _release(rt, pushed, None)
    if code.cell_args or code.freevars:
        setup_cells(rt, func, f)
    if code.is_generator:
        from .generators import make_generator
        return make_generator(rt, func, f)
    return run_frame(rt, f)


def _release(rt: Runtime, args: list[HObject], kwargs: dict[str, HObject] | None) -> None:
    for a in args:
        rt.decref(a)
    if kwargs:
        for v in kwargs.values():
            rt.decref(v)


def run_frame(rt: Runtime, f: Frame) -> HObject:
    """Execute `f` to completion and leave it; returns the return value (new reference)."""
    rt.frame = f
    rt.depth += 1
    if rt.gc_checkpoints and rt.heap.gc.scheduled:
        rt.heap.gc.run_scheduled()
    try:
        f.code.body(f)
    except PyErr as err:
        rt.frame = f.back
        rt.depth -= 1
        from .tracebacks import add_traceback
        add_traceback(rt, err, f)
        frame_exit(rt, f)
        raise
    except BaseException:
        rt.frame = f.back
        rt.depth -= 1
        raise
    rt.frame = f.back
    rt.depth -= 1
    r = f.retval
    f.retval = None
    frame_exit(rt, f)
    return r if r is not None else rt.new_none()


def run_module(rt: Runtime, code: CodeInfo, globals_: Any, main_script: bool = False) -> None:
    """Execute module code in a frame whose locals are its globals (PyEval_EvalCode): 3.11+ through
    a function object made for it and released when it returns (fact eval_code_makes_function).
    `main_script`: the collection __main__'s compilation scheduled (3.12+) runs at the eval-breaker
    check of its first instruction (RESUME), after the function was made."""
    func = module_function(rt, code, globals_) if rt.profile.interp.eval_code_makes_function else None
    f = new_frame(rt, code, globals_, globals_, func)
    if code.cell_args and func is not None:     # an inlined comprehension's cells (3.12+ MAKE_CELL)
        setup_cells(rt, func, f)
    if main_script:
        rt.heap.gc.run_scheduled()
    try:
        r = run_frame(rt, f)
    finally:
        if func is not None:
            rt.decref(func)
    rt.decref(r)


def module_function(rt: Runtime, code: CodeInfo, globals_: Any) -> HFunction:
    """_PyFunction_FromConstructor for PyEval_EvalCode: the code's name as name and qualname,
    globals and their builtins, no defaults, kwdefaults, closure or annotations, doc None;
    __module__ from the globals where the version takes it (fact eval_code_function_module)."""
    from .compile_defs import function_fields
    fn = HFunction()
    fn.code = code
    fn.globals = globals_
    rt.incref(globals_)
    fn.defaults = fn.kwdefaults = fn.closure = fn.dict = fn.annotations = None
    fn.name = fn.qualname = rt.str_const(code.name)
    rt.incref(fn.name)
    rt.incref(fn.qualname)
    function_fields(rt, fn, None)
    if fn.module is not None and not rt.profile.interp.eval_code_function_module:
        rt.decref(fn.module)            # func_module stays NULL
        fn.module = None
    return rt.alloc(fn, rt.t_function, rt.sizes("function"))


__all__ = ["RETURN", "CodeInfo", "Frame", "HCell", "call_function", "run_frame", "run_module"]
