"""Generators: a generator object owns its frame (a separate frame object through 3.10, embedded from
3.11); its body runs on a greenlet of its own, started by the first resume. Resuming switches into the
body's greenlet, a yield switches back to the consumer that resumed it, so exactly one of them runs at
any time and the run stays deterministic. `gen_yield` suspends, `gen_send` resumes, `gen_finalize`
(tp_finalize → close()) throws GeneratorExit into a suspended one.

A body's greenlet ends when the body returns or raises, or (3.13 close() at a yield no try/with
encloses, `_close_at_bare_yield`) when BodyAbandoned unwinds its host frames: no Python code of the
body runs (nothing there could handle it), only its temporaries are released. A body that never ends
is never resumed again:
the model freed its generator after close() was ignored (gen_dealloc then clears the frame without
running it), or it is still suspended when the run ends (CPython never frees those). The host must not
unwind it either: greenlet throws GreenletExit into a suspended greenlet it deallocates in its own, live
thread, which would run the body's host ``finally:`` clauses (releasing references, possibly running
simulated code) at a moment CPython never would. That cannot happen: the body's own frames hold its
Runner and so its greenlet (the refcount never reaches zero), and greenlet does not let the collector
take a suspended greenlet of a live thread (green_is_gc). Runs happen on a thread of their own
(api.run_source); once it is over, greenlet discards its suspended greenlets without running them.
A run stopped with bodies suspended (--max-steps, unsupported, internal errors: no shutdown) leaves
the host objects their frames hold behind, since on 3.11+ hosts the discarded frames' locals are not
released (measured: about 0.8 MB a run for a small program).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from greenlet import getcurrent, greenlet

from ..heap.kinds import HTuple
from ..heap.objects import HObject
from .errors import ExcInfo, PyErr
from .frames import frame_exit
from .objects import HExc, HGenerator
from .typesys import type_lookup

if TYPE_CHECKING:
    from .runtime import Runtime


class Runner:
    """The host side of one generator: the greenlet its body runs on, started by the first resume."""

    def __init__(self, rt: Runtime, gen: HGenerator) -> None:
        self.rt = rt
        self.gen = gen
        self.glet = greenlet(self.main)
        self.handled: list[ExcInfo] = []    # the generator's own exc_info stack (gi_exc_state)

    def main(self, _kind: str, _val: Any) -> tuple[str, Any]:
        """The body's greenlet: run the frame to its end; the outcome goes to the consumer that resumed
        it last (the greenlet's parent): return/raise, or host for heapglass's own signals. The first
        resume is always a send of None (`_gen_throw` and `gen_close` finish an unstarted generator)."""
        rt = self.rt
        f = self.gen.frame
        try:
            f.code.body(f)
            r = f.retval if f.retval is not None else rt.new_none()
            f.retval = None
            return ("return", r)
        except PyErr as err:
            from .tracebacks import add_traceback
            add_traceback(rt, err, f)
            return ("raise", err)
        except BaseException as exc:  # noqa: BLE001 - host signals (limits, unsupported) go to the consumer
            return ("host", exc)

    def resume(self, kind: str, val: Any) -> tuple[str, Any]:
        """Switch to the body until it yields, returns or raises; the consumer's frame, exception state
        and depth are the body's meanwhile."""
        rt = self.rt
        f = self.gen.frame
        caller = rt.frame
        f.back = caller
        if f.fobj is not None and rt.profile.interp.frame_object_per_call:
            _set_frame_back(rt, f.fobj, caller.fobj if caller is not None else None)
        saved_handled = rt.handled
        rt.exc_chain.append(saved_handled)   # exc_info->previous_item: the consumer's state
        rt.handled = self.handled
        rt.frame = f
        rt.depth += 1
        glet = self.glet
        glet.parent = getcurrent()    # where the body's yield (or its end) switches back to
        try:
            return glet.switch(kind, val)
        finally:
            rt.depth -= 1
            rt.frame = caller
            rt.handled = saved_handled
            rt.exc_chain.pop()
            f.back = None
            if f.fobj is not None:
                _set_frame_back(rt, f.fobj, None)


def _set_frame_back(rt: Runtime, fo: Any, back: Any) -> None:
    """f_back of a generator's frame object: the resumer's frame object while the body runs (3.8-3.10
    gen_send_ex stores it; 3.11+ find it through the running frames), none while it is suspended
    (gen_send_ex: Py_CLEAR(f->f_back); 3.11+: no previous frame)."""
    old = fo.back
    if back is not None:
        rt.incref(back)
    fo.back = back
    if old is not None:
        rt.decref(old)


def make_generator(rt: Runtime, func: Any, f: Any) -> HObject:
    """The generator object of a call to a generator function (the frame is not run yet)."""
    g = HGenerator()
    g.frame = f
    g.code = func.code     # gi_code (the code object is static, like co_consts: not counted)
    g.fobj = None
    g.name = func.name           # gi_name, gi_qualname: new references (PyGen_NewWithQualName)
    g.qualname = func.qualname
    rt.incref(g.name)
    rt.incref(g.qualname)
    g.running = False
    g.finished = False
    g.bare_yield = False
    g.runner = None
    f.back = None     # a generator's frame has no previous frame until it is resumed
    if f.fobj is not None:
        g.fobj = f.fobj   # 3.8-3.10: gi_frame (the generator owns the frame object's reference)
        rt.heap.gc_track(g.fobj)   # _PyEval_EvalCodeWithName: _PyObject_GC_TRACK(f) before PyGen_New
        _set_frame_back(rt, g.fobj, None)   # ... and Py_CLEAR(f->f_back): set when it is resumed
    f.gen = g
    f.own_function(rt.heap)   # 3.11+: the embedded frame's f_func keeps the function alive
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
        _finish(rt, gen, rt.frame)
    if out[0] == "raise" and rt.exception_matches(out[1], "StopIteration"):
        out = ("raise", _stop_iteration_error(rt, out[1]))
    return out


def _stop_iteration_error(rt: Runtime, err: PyErr) -> PyErr:
    """PEP 479 on every way out of a body (send, throw, close, yield from; 3.8-3.11 gen_send_ex,
    3.12+ INTRINSIC_STOPITERATION_ERROR): a StopIteration, subclasses included, becomes
    RuntimeError('generator raised StopIteration') with it as __cause__ and __context__
    (_PyErr_FormatFromCause)."""
    stop = err.exc
    new = rt.new_exception(rt.builtin_types["RuntimeError"], [rt.str_const("generator raised StopIteration")])
    new.cause = stop      # err's reference
    rt.incref(stop)
    new.context = stop
    new.suppress = True
    return rt.in_flight(new)


def _finish(rt: Runtime, gen: HGenerator, resumer: Any = None) -> None:
    """The generator is done: its frame is left (frame_exit). `resumer`: the frame that resumed the
    body when it returned or raised; where fact gen_end_frame_back holds, the frame is cleared while
    still linked to it (3.12+ clear_gen_frame inside the eval loop), so a frame object taking
    ownership gets it as f_back."""
    gen.finished = True
    gen.runner = None
    f = gen.frame
    gen.frame = None     # the frame's data is released now, or owned by its frame object
    if gen.fobj is not None:
        fo, gen.fobj = gen.fobj, None
        f.fobj = fo
    if resumer is not None and rt.profile.interp.gen_end_frame_back:
        f.back = resumer
    frame_exit(rt, f)
    f.back = None


def gen_send(rt: Runtime, gen: HGenerator, value: HObject | None, for_loop: bool = False,
             stop_value: bool = True) -> HObject | None:
    """gen_iternext / gen.send(value): the yielded value (new reference); at the end None when
    iterating (for_loop) or StopIteration raised (send). Iterating, a return value other than None
    is still set as StopIteration's and cleared by the caller, unless `stop_value` is False (3.12+
    FOR_ITER_GEN)."""
    out = gen_send_ex(rt, gen, "send", value)
    kind, v = out
    if kind == "yield":
        return v
    if kind == "return":
        if for_loop:
            if v is rt.none or not stop_value:
                rt.decref(v)
                return None
            try:     # gen_iternext: _PyGen_SetStopIterationValue, cleared by the iterating caller
                _raise_stop_iteration(rt, v)
            except PyErr as err:
                rt.clear_error(err)
            return None
        _raise_stop_iteration(rt, v)
    raise v


def _raise_stop_iteration(rt: Runtime, value: HObject) -> None:
    """The end of a generator seen by send()/throw(): StopIteration, carrying `value` (stolen)
    unless it is None (_PyGen_SetStopIterationValue)."""
    if value is rt.none:
        rt.decref(value)
        rt.raise_type("StopIteration")
    if isinstance(value, (HTuple, HExc)):
        # a value PyErr_SetObject would take for the args tuple or the exception: made now
        exc = rt.new_exception(rt.builtin_types["StopIteration"], [value])
        rt.decref(value)
        rt.throw(exc)
    rt.raise_value(rt.builtin_types["StopIteration"], value)


def gen_yield(rt: Runtime, f: Any, value: HObject, delegating: bool = False, bare: bool = False) -> HObject:
    """YIELD_VALUE inside the body's greenlet: hand `value` (stolen) to the consumer, wait to be resumed;
    returns what was sent (new reference) or raises what was thrown. `delegating`: a yield from's,
    where what is thrown goes to the subiterator first (chained here only when it comes back).
    `bare`: no try/with statement encloses the yield in its function (see `gen_close`)."""
    gen = f.gen
    if gen is None:
        rt.raise_type("SyntaxError", "'yield' outside function")
    gen.bare_yield = bare
    try:
        kind, val = gen.runner.glet.parent.switch(("yield", value))
    finally:
        gen.bare_yield = False
    if kind == "abandon":
        raise BodyAbandoned
    if kind == "throw":
        raise val if delegating else chain_exc_state(rt, val)
    if val is None:
        return rt.new_none()
    rt.incref(val)
    return val


def gen_yield_from(rt: Runtime, f: Any, sub: HObject) -> HObject:
    """YIELD_FROM (3.12 SEND): delegate to `sub` (stolen) until it finishes; its return value (new
    reference). GET_YIELD_FROM_ITER replaces `sub` on the value stack by its iterator, which the
    suspended frame holds (f.stack) until the delegation ends. What the consumer sends goes to the
    subiterator; what it throws (close() included) goes there first (`_throw_to`)."""
    try:
        it = rt.get_iter(sub)
    finally:
        rt.decref(sub)
    f.stack.append(it)
    try:
        kind, v = _send_to(rt, it, None)
        while kind == "yield":
            try:
                sent = gen_yield(rt, f, v, delegating=True)
            except PyErr as err:
                try:
                    kind, v = _outside_body(rt, _throw_to, it, err)
                except PyErr as err2:     # _gen_throw: gen_send_ex(gen, Py_None, 1, 0) on the way out
                    raise chain_exc_state(rt, err2) from None
                continue
            try:
                kind, v = _send_to(rt, it, sent)
            finally:
                rt.decref(sent)
        return v
    finally:
        if f.stack and f.stack[-1] is it:
            f.stack.pop()
            rt.decref(it)


def _outside_body(rt: Runtime, step: Callable[..., Any], *args: Any) -> Any:
    """Run step(rt, *args) as gen_throw runs the delegation to a yield from's subiterator: in C before the
    delegating body resumes, so with the consumer's exc_info, not the body's (a GeneratorExit that
    closes the subiterator has the consumer's handled exception as __context__)."""
    own = rt.handled
    rt.handled = rt.exc_chain.pop()
    try:
        return step(rt, *args)
    finally:
        rt.exc_chain.append(rt.handled)
        rt.handled = own


def chain_exc_state(rt: Runtime, err: PyErr) -> PyErr:
    """_PyErr_ChainStackItem, where the profile says gen_send_ex does it (gen_throw_chains_exc_state):
    `err`, thrown into the running body, chained to the exception the generator itself is handling
    (its own exc_info, rt.handled here; none: `err` unchanged) through _PyErr_SetObject, which
    normalizes it."""
    if not rt.profile.interp.gen_throw_chains_exc_state or not rt.handled:
        return err
    return rt.set_error(err.exc)


def _send_to(rt: Runtime, it: HObject, sent: HObject | None) -> tuple[str, HObject]:
    """One step of YIELD_FROM: a generator is resumed with `sent` (borrowed; None for next()), another
    iterator gets tp_iternext, or its send() method for a value other than None.
    ("yield", value) or ("return", the subiterator's return value); both new references."""
    if isinstance(it, HGenerator):
        kind, v = gen_send_ex(rt, it, "send", sent)
        if kind in ("yield", "return"):
            return kind, v
        raise v
    if sent is None or sent is rt.none:
        return _next_of(rt, it)
    return _call_delegate(rt, rt.getattr(it, "send"), sent)


def _next_of(rt: Runtime, it: HObject) -> tuple[str, HObject]:
    """tp_iternext of a subiterator that is not a generator, as `_send_to` reports it. A class's
    __next__ (slot_tp_iternext) lets its StopIteration through, so the delegation ends with that
    exception's value (_PyGen_FetchStopIterationValue); builtin iterators end without one."""
    nxt = None if it.ob_type.static else type_lookup(it.ob_type, "__next__")
    if nxt is None:
        v = rt.iter_next(it)
        return ("return", rt.new_none()) if v is None else ("yield", v)
    return _delegate_step(rt, lambda: rt.call(nxt, [it], None))


def _throw_to(rt: Runtime, it: HObject, err: PyErr) -> tuple[str, HObject]:
    """_gen_throw with a subiterator: GeneratorExit closes it (gen_close_iter), then is raised here
    unless closing raised something else; another exception is thrown into a generator, or passed to
    the iterator's throw() method, or raised here if it has none. The outcome is `_send_to`'s."""
    exc = err.exc
    if rt.exception_matches(err, "GeneratorExit"):
        try:
            _close_iter(rt, it)
        except PyErr:
            rt.decref(exc)
            raise
        raise err
    if isinstance(it, HGenerator):
        kind, v = _gen_throw(rt, it, err)
        if kind in ("yield", "return"):
            return kind, v
        raise v
    meth = rt.getattr_or_none(it, "throw")
    if meth is None:
        raise err
    try:
        return _call_delegate(rt, meth, exc)
    finally:
        rt.decref(exc)


def _close_iter(rt: Runtime, it: HObject) -> None:
    """gen_close_iter: close() a generator, or call the iterator's close method if it has one."""
    if isinstance(it, HGenerator):
        gen_close(rt, it)
        return
    meth = rt.getattr_or_none(it, "close")
    if meth is not None:
        try:
            rt.decref(rt.call(meth, [], None))
        finally:
            rt.decref(meth)


def _call_delegate(rt: Runtime, meth: HObject, arg: HObject) -> tuple[str, HObject]:
    """The send or throw method (`meth`, stolen) of an iterator that is not a generator, called with
    `arg`: StopIteration ends the delegation with its value (_PyGen_FetchStopIterationValue)."""
    try:
        return _delegate_step(rt, lambda: rt.call(meth, [arg], None))
    finally:
        rt.decref(meth)


def _delegate_step(rt: Runtime, step: Callable[[], HObject]) -> tuple[str, HObject]:
    """One call into a subiterator that is not a generator: ("yield", its result), or ("return",
    value) when it raised StopIteration (_PyGen_FetchStopIterationValue)."""
    try:
        return ("yield", step())
    except PyErr as err:
        if not rt.exception_matches(err, "StopIteration"):
            raise
        return ("return", _stop_iteration_value(rt, err))


def _stop_iteration_value(rt: Runtime, err: PyErr) -> HObject:
    """_PyGen_FetchStopIterationValue: the value of a StopIteration being raised (new reference),
    which it releases."""
    raw = err.raw
    if raw is not None and raw.type is rt.builtin_types["StopIteration"] and raw.value is not None and \
            not isinstance(raw.value, (HTuple, HExc)):
        # "Avoid normalisation and take ev as value"
        v, raw.value = raw.value, None
        rt.clear_error(err)
        return v
    exc = err.exc
    args = exc.args.items if exc.args is not None else []
    v = args[0] if args else rt.none
    rt.incref(v)
    rt.decref(exc)
    return v


def _gen_throw(rt: Runtime, gen: HGenerator, err: PyErr) -> tuple[str, Any]:
    """Raise `err` at the suspension point of `gen` (an unstarted one is finished first, a finished
    one raises it at once); the outcome of gen_send_ex."""
    if gen.runner is None and not gen.finished:
        _finish(rt, gen)
    if gen.finished:
        rt.throw(err.exc)
    return gen_send_ex(rt, gen, "throw", err)


def gen_throw(rt: Runtime, gen: HGenerator, exc: HObject) -> HObject:
    """gen.throw(exc): raise `exc` (stolen) at the suspension point; the next value, or StopIteration
    carrying the return value."""
    kind, v = _gen_throw(rt, gen, rt.in_flight(exc))
    if kind == "yield":
        return v
    if kind == "return":
        _raise_stop_iteration(rt, v)
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
    if gen.bare_yield and rt.profile.interp.gen_close_skips_unwind:
        _close_at_bare_yield(rt, gen)
        return
    err = rt.new_error(rt.builtin_types["GeneratorExit"], None)     # PyErr_SetNone
    kind, v = gen_send_ex(rt, gen, "throw", err)
    if kind == "yield":
        rt.decref(v)
        rt.raise_type("RuntimeError", "generator ignored GeneratorExit")
    if kind == "return":
        rt.decref(v)
        return
    if kind == "raise":
        if rt.exception_matches(v, "GeneratorExit"):
            rt.clear_error(v)
            return
        raise v
    raise v


class BodyAbandoned(BaseException):
    """Raised at the yield of a body `_close_at_bare_yield` ends: no simulated code runs (no try or
    with statement encloses that yield); the host frames unwind, releasing the value-stack
    temporaries they hold (a for loop's iterator is already gone from the frame's stack)."""


def _close_at_bare_yield(rt: Runtime, gen: HGenerator) -> None:
    """3.13 gen_close, suspended at a yield no exception handler covers (RESUME with
    RESUME_OPARG_DEPTH1_MASK): nothing could catch GeneratorExit, so none is thrown. The generator
    is FRAME_COMPLETED and _PyFrame_ClearLocals drops the locals and the value stack in place; the
    frame itself (function, code, a frame object) stays the generator's until it is freed. The
    body's greenlet then ends by `BodyAbandoned` (a greenlet left suspended would keep the whole
    runtime alive after the run: its frames and the Runner form a cycle the host collector cannot
    see)."""
    runner = gen.runner
    gen.finished = True
    gen.runner = None
    gen.bare_yield = False
    gen.frame.clear_locals(rt.heap)
    glet = runner.glet
    glet.parent = getcurrent()
    kind, val = glet.switch("abandon", None)
    if kind != "host" or not isinstance(val, BodyAbandoned):
        raise val if kind == "host" else AssertionError(f"abandoned body ended with {kind}")


def gen_finalize(rt: Runtime, gen: HGenerator) -> None:
    """_PyGen_Finalize: close a suspended generator; errors are unraisable."""
    try:
        gen_close(rt, gen)
    except PyErr as err:
        rt.report_unraisable(err, gen)
