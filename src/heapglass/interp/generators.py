"""Generators: a generator object owns its frame (a separate frame object through 3.10, embedded from
3.11); its body runs on a host thread of its own that hands control back and forth with the consumer,
so exactly one thread runs at any time and the run stays deterministic. `gen_yield` suspends,
`gen_send` resumes, `gen_finalize` (tp_finalize → close()) throws GeneratorExit into a suspended one.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from ..heap.objects import HObject
from .errors import PyErr
from .frames import frame_exit
from .objects import HGenerator

if TYPE_CHECKING:
    from .runtime import Runtime

STACK_SIZE = 64 * 1024 * 1024


class Runner:
    """The host side of one generator: its thread and the two hand-off semaphores."""

    def __init__(self, rt: Runtime, gen: HGenerator) -> None:
        self.rt = rt
        self.gen = gen
        self.to_gen = threading.Semaphore(0)
        self.to_caller = threading.Semaphore(0)
        self.inbox: tuple[str, Any] = ("send", None)   # what the consumer sends: send/throw
        self.outbox: tuple[str, Any] = ("yield", None)  # what the body hands back: yield/return/raise
        self.thread: threading.Thread | None = None
        self.handled: list[HObject] = []    # the generator's own exc_info stack (gi_exc_state)

    def start(self) -> None:
        old = threading.stack_size()
        threading.stack_size(STACK_SIZE)
        try:
            self.thread = threading.Thread(target=self.main, daemon=True)
            self.thread.start()
        finally:
            threading.stack_size(old)

    def main(self) -> None:
        self.to_gen.acquire()
        rt = self.rt
        gen = self.gen
        f = gen.frame
        kind, val = self.inbox
        try:
            if kind == "throw":
                raise val
            f.code.body(f)
            r = f.retval if f.retval is not None else rt.new_none()
            f.retval = None
            self.outbox = ("return", r)
        except PyErr as err:
            from .tracebacks import add_traceback
            add_traceback(rt, err, f)
            self.outbox = ("raise", err)
        except BaseException as exc:  # noqa: BLE001 - host signals (limits, unsupported) go to the consumer
            self.outbox = ("host", exc)
        self.to_caller.release()

    def resume(self, kind: str, val: Any) -> tuple[str, Any]:
        """Hand control to the generator's thread until it yields, returns or raises."""
        rt = self.rt
        gen = self.gen
        f = gen.frame
        caller = rt.frame
        f.back = caller
        saved_handled = rt.handled
        rt.handled = self.handled
        rt.frame = f
        rt.depth += 1
        self.inbox = (kind, val)
        if self.thread is None:
            self.start()
        self.to_gen.release()
        self.to_caller.acquire()
        rt.depth -= 1
        rt.frame = caller
        rt.handled = saved_handled
        f.back = None
        return self.outbox


def make_generator(rt: Runtime, func: Any, f: Any) -> HObject:
    """The generator object of a call to a generator function (the frame is not run yet)."""
    g = HGenerator()
    g.frame = f
    g.fobj = None
    g.name = func.name
    g.qualname = func.qualname
    g.running = False
    g.finished = False
    g.runner = None
    if f.fobj is not None:
        g.fobj = f.fobj   # 3.8-3.10: gi_frame (the generator owns the frame object's reference)
        rt.heap.gc_track(g.fobj)   # _PyEval_EvalCodeWithName: _PyObject_GC_TRACK(f) before PyGen_New
    f.gen = g
    rt.alloc(g, rt.t_generator, rt.sizes("generator"))
    return g


def gen_send_ex(rt: Runtime, gen: HGenerator, kind: str, val: Any) -> tuple[str, Any]:
    if gen.finished:
        return ("return", rt.new_none())
    if gen.running:
        rt.raise_type("ValueError", "generator already executing")
    if gen.runner is None:
        if kind == "send" and val is not None and val is not rt.none:
            rt.raise_type("TypeError", "can't send non-None value to a just-started generator")
        gen.runner = Runner(rt, gen)
    gen.running = True
    try:
        out = gen.runner.resume(kind, val)
    finally:
        gen.running = False
    if out[0] != "yield":
        _finish(rt, gen)
    return out


def _finish(rt: Runtime, gen: HGenerator) -> None:
    gen.finished = True
    gen.runner = None
    f = gen.frame
    gen.frame = None     # the frame's data is released now, or owned by its frame object
    if gen.fobj is not None:
        fo, gen.fobj = gen.fobj, None
        f.fobj = fo
    frame_exit(rt, f)


def gen_send(rt: Runtime, gen: HGenerator, value: HObject | None, for_loop: bool = False) -> HObject | None:
    """gen_iternext / gen.send(value): the yielded value (new reference); at the end None when
    iterating (for_loop) or StopIteration raised (send)."""
    out = gen_send_ex(rt, gen, "send", value)
    kind, v = out
    if kind == "yield":
        return v
    if kind == "return":
        if for_loop or v is rt.none:
            if not for_loop:
                rt.decref(v)
                rt.raise_type("StopIteration")
            rt.decref(v)
            return None
        exc = rt.new_exception(rt.builtin_types["StopIteration"], [v])
        rt.decref(v)
        rt.throw(exc)
    if kind == "raise":
        err = v
        if err.exc.ob_type is rt.builtin_types["StopIteration"]:
            new = rt.new_exception(rt.builtin_types["RuntimeError"],
                                   [rt.str_const("generator raised StopIteration")])
            new.cause = err.exc
            new.suppress = True
            rt.throw(new)
        raise err
    raise v


def gen_yield(rt: Runtime, f: Any, value: HObject) -> HObject:
    """YIELD_VALUE inside the body thread: hand `value` (stolen) to the consumer, wait to be resumed;
    returns what was sent (new reference) or raises what was thrown."""
    gen = f.gen
    if gen is None:
        rt.raise_type("SyntaxError", "'yield' outside function")
    runner = gen.runner
    runner.outbox = ("yield", value)
    runner.to_caller.release()
    runner.to_gen.acquire()
    kind, val = runner.inbox
    if kind == "throw":
        raise val
    if val is None:
        return rt.new_none()
    rt.incref(val)
    return val


def gen_yield_from(rt: Runtime, f: Any, sub: HObject) -> HObject:
    """YIELD_FROM: delegate to `sub` (stolen) until it finishes; its return value (new reference).
    GET_YIELD_FROM_ITER replaces `sub` on the value stack by its iterator, which the suspended frame
    holds (f.stack) until the delegation ends."""
    try:
        it = rt.get_iter(sub)
    finally:
        rt.decref(sub)
    f.stack.append(it)
    try:
        while True:
            if isinstance(it, HGenerator):
                kind, v = gen_send_ex(rt, it, "send", None)
                if kind == "return":
                    return v
                if kind == "raise":
                    raise v
                if kind != "yield":
                    raise v
            else:
                v = rt.iter_next(it)
                if v is None:
                    return rt.new_none()
            sent = gen_yield(rt, f, v)
            rt.decref(sent)
    finally:
        if f.stack and f.stack[-1] is it:
            f.stack.pop()
            rt.decref(it)


def gen_throw(rt: Runtime, gen: HGenerator, exc: HObject) -> HObject:
    """gen.throw(exc): raise `exc` (stolen) at the suspension point."""
    if gen.runner is None and not gen.finished:
        _finish(rt, gen)
    if gen.finished:
        rt.throw(exc)
    err = PyErr(exc)
    kind, v = gen_send_ex(rt, gen, "throw", err)
    if kind == "yield":
        return v
    if kind == "return":
        rt.decref(v)
        rt.raise_type("StopIteration")
    raise v


def gen_close(rt: Runtime, gen: HGenerator) -> None:
    """gen.close(): throw GeneratorExit; a yield in response is a RuntimeError."""
    if gen.finished:
        return
    if gen.runner is None:
        if rt.profile.interp.close_unstarted_clears_frame:
            _finish(rt, gen)
        else:
            gen.finished = True      # the frame (and its arguments) go when the generator is freed
        return
    exc = rt.new_exception(rt.builtin_types["GeneratorExit"], [])
    err = PyErr(exc)
    kind, v = gen_send_ex(rt, gen, "throw", err)
    if kind == "yield":
        rt.decref(v)
        rt.raise_type("RuntimeError", "generator ignored GeneratorExit")
    if kind == "return":
        rt.decref(v)
        return
    if kind == "raise":
        e = v.exc
        if e.ob_type in (rt.builtin_types["GeneratorExit"], rt.builtin_types["StopIteration"]):
            rt.decref(e)
            return
        raise v
    raise v


def gen_finalize(rt: Runtime, gen: HGenerator) -> None:
    """_PyGen_Finalize: close a suspended generator; errors are unraisable."""
    try:
        gen_close(rt, gen)
    except PyErr as err:
        rt.report_unraisable(err, gen)
