"""Exception statements: raise (with __cause__/__context__), try/except/else/finally with the handled
exception on the exc_info stack and ``except E as e`` unbinding, and ``with`` (__enter__/__exit__
looked up as bound methods, as SETUP_WITH / BEFORE_WITH do).
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..heap.objects import HObject, HType
from .compile_stmt import BREAK, CONTINUE, RETURN
from .errors import PyErr
from .objects import HExc
from .tracebacks import add_traceback

if TYPE_CHECKING:
    from .compiler import Compiler
    from .runtime import Runtime

Ex = Callable[[Any], Any]


def make_exception(rt: Runtime, o: HObject) -> HObject:
    """The exception instance `raise o` raises (o is consumed): a class is instantiated."""
    be = rt.builtin_types["BaseException"]
    if isinstance(o, HType):
        if be not in o.extra.mro:
            rt.decref(o)
            rt.raise_type("TypeError", "exceptions must derive from BaseException")
        try:
            return rt.call(o, [], None)
        finally:
            rt.decref(o)
    if be not in o.ob_type.extra.mro:
        rt.decref(o)
        rt.raise_type("TypeError", "exceptions must derive from BaseException")
    return o


def compile_raise(c: Compiler, node: ast.Raise) -> Ex:
    rt = c.rt
    exc_ev = c.expr(node.exc) if node.exc is not None else None
    cause_ev = c.expr(node.cause) if node.cause is not None else None

    def raise_(f: Any) -> None:
        if exc_ev is None:
            entry = rt.topmost_exc_info()
            if entry is None:
                rt.raise_type("RuntimeError", "No active exception to reraise")
            exc = entry.value
            rt.incref(exc)
            err = rt.in_flight(exc, entry.traceback)   # do_raise: exc_info's traceback, where it holds one
            err.tb_frame = f     # RERAISE: no new traceback entry for this frame
            err.pos_frame = f
            raise err
        exc = make_exception(rt, exc_ev(f))
        if cause_ev is not None:
            cause = cause_ev(f)
            if cause is rt.none:
                rt.decref(cause)
                cause = None
            elif isinstance(cause, HType):
                cause = make_exception(rt, cause)
            elif rt.builtin_types["BaseException"] not in cause.ob_type.extra.mro:
                rt.decref(cause)
                rt.decref(exc)
                rt.raise_type("TypeError", "exception causes must derive from BaseException")
            old = exc.cause
            exc.cause = cause
            exc.suppress = True
            if old is not None:
                rt.decref(old)
        rt.throw(exc)
    return c.guard(node, raise_)


def exception_matches(rt: Runtime, exc: HObject, t: HObject) -> bool:
    """PyErr_GivenExceptionMatches for an except clause's type (or tuple of types)."""
    from ..heap.kinds import HTuple
    if isinstance(t, HTuple):
        return any(exception_matches(rt, exc, x) for x in t.items)
    if not isinstance(t, HType) or rt.builtin_types["BaseException"] not in t.extra.mro:
        rt.raise_type("TypeError", "catching classes that do not inherit from BaseException is not allowed")
    return t in exc.ob_type.extra.mro


def compile_try(c: Compiler, node: ast.Try) -> Ex:
    rt = c.rt
    body = c.block(node.body)
    handlers = []
    for h in node.handlers:
        t_ev = c.expr(h.type) if h.type is not None else None
        store = c.store_target(ast.Name(id=h.name, ctx=ast.Store())) if h.name else None
        unbind = c.delete_target(ast.Name(id=h.name, ctx=ast.Del())) if h.name else None
        handlers.append((t_ev, store, unbind, c.block(h.body)))
    orelse = c.block(node.orelse) if node.orelse else None
    final = c.block(node.finalbody) if node.finalbody else None

    def run_handlers(f: Any, err: PyErr) -> Any:
        add_traceback(rt, err, f)
        exc = err.exc
        for t_ev, store, unbind, hbody in handlers:
            if t_ev is not None:
                t = t_ev(f)
                try:
                    ok = exception_matches(rt, exc, t)
                finally:
                    rt.decref(t)
                if not ok:
                    continue
            entry = rt.enter_handler(exc, keeps_stack=False)   # owns the PyErr's reference
            try:
                if store is not None:
                    rt.incref(exc)
                    store(f, exc)
                try:
                    return hbody(f)
                finally:
                    if store is not None:
                        # e = None; del e
                        rt.incref(rt.none)
                        store(f, rt.none)
                        unbind(f)
            finally:
                rt.leave_handler(entry)
                rt.decref(exc)
        raise err

    def finally_on_error(f: Any, err: PyErr) -> Any:
        add_traceback(rt, err, f)
        entry = rt.enter_handler(err.exc, keeps_stack=True)   # the PyErr keeps its reference
        try:
            s2 = final(f)
        finally:
            rt.leave_handler(entry)
        if s2 is not None:
            rt.decref(err.exc)        # return/break/continue in finally swallows the exception
            return s2
        raise err

    def finally_normal(f: Any, s: Any) -> Any:
        saved = f.retval if s == RETURN else None
        f.retval = None
        s2 = final(f)
        if s2 is not None:
            if saved is not None:
                rt.decref(saved)
            return s2
        f.retval = saved
        return s

    def try_(f: Any) -> Any:
        try:
            s = body(f)
        except PyErr as err:
            if not handlers:
                if final is None:
                    raise
                return finally_on_error(f, err)
            try:
                s = run_handlers(f, err)
            except PyErr as err2:
                if final is None:
                    raise
                return finally_on_error(f, err2)
        else:
            if orelse is not None and s is None:
                try:
                    s = orelse(f)
                except PyErr as err2:
                    if final is None:
                        raise
                    return finally_on_error(f, err2)
        if final is None:
            return s
        return finally_normal(f, s)
    return try_


def compile_with(c: Compiler, node: ast.With) -> Ex:
    rt = c.rt
    if len(node.items) > 1:
        inner = ast.With(items=node.items[1:], body=node.body, lineno=node.lineno, col_offset=node.col_offset,
                         end_lineno=node.end_lineno, end_col_offset=node.end_col_offset)
        body = compile_with(c, inner)
    else:
        body = c.block(node.body)
    item = node.items[0]
    mgr_ev = c.expr(item.context_expr)
    store = c.store_target(item.optional_vars) if item.optional_vars is not None else None

    def with_(f: Any) -> Any:
        mgr = mgr_ev(f)
        try:
            enter = rt.special_method(mgr, "__enter__")
            exit_ = rt.special_method(mgr, "__exit__")
            if enter is None or exit_ is None:
                missing = "__enter__" if enter is None else "__exit__"
                if rt.profile.interp.with_protocol_type_error:
                    rt.raise_type("TypeError", f"'{rt.type_name(mgr)}' object does not support the context "
                                  "manager protocol")
                rt.raise_type("AttributeError", missing)
            exit_bound = rt.descr_get(exit_, mgr, mgr.ob_type)
            enter_bound = rt.descr_get(enter, mgr, mgr.ob_type)
        finally:
            rt.decref(mgr)
        try:
            res = rt.call(enter_bound, [], None)
        except BaseException:
            rt.decref(exit_bound)
            raise
        finally:
            rt.decref(enter_bound)
        f.stack.append(exit_bound)
        try:
            if store is not None:
                store(f, res)
            else:
                rt.decref(res)
            s = body(f)
        except PyErr as err:
            add_traceback(rt, err, f)
            exc = err.exc
            entry = rt.enter_handler(exc, keeps_stack=True)
            try:
                tb = exc.traceback if isinstance(exc, HExc) and exc.traceback is not None else rt.none
                r = rt.call(exit_bound, [exc.ob_type, exc, tb], None)
                try:
                    suppress = rt.truthy(r)
                finally:
                    rt.decref(r)
            except PyErr:
                rt.decref(exc)     # replaced by the error __exit__ raised: the unwind pops it
                raise
            finally:
                rt.leave_handler(entry)
                _pop_stack(rt, f, exit_bound)
            if suppress:
                rt.decref(exc)
                return None
            raise
        _pop_stack_keep(f, exit_bound)
        try:
            r = rt.call(exit_bound, [rt.none, rt.none, rt.none], None)
            rt.decref(r)
        finally:
            rt.decref(exit_bound)
        return s
    return c.guard(node, with_)


def _pop_stack(rt: Runtime, f: Any, o: HObject) -> None:
    if f.stack and f.stack[-1] is o:
        f.stack.pop()
        rt.decref(o)


def _pop_stack_keep(f: Any, o: HObject) -> None:
    if f.stack and f.stack[-1] is o:
        f.stack.pop()


__all__ = ["BREAK", "CONTINUE", "compile_raise", "compile_try", "compile_with"]
