"""Traceback objects (PyTraceBack_Here: one entry per frame the exception passes through, each holding
that frame's frame object — materialised from 3.11) and the text CPython prints for an uncaught
exception or an unraisable one (Lib/traceback.py formats, per version: 3.11+ caret lines)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..heap.objects import HObject
from .errors import PyErr, Unnormalized
from .objects import HExc, HTraceback

if TYPE_CHECKING:
    from .runtime import Runtime


class HTb(HTraceback):
    """A traceback entry with the failing instruction's source position (lineno, end_lineno, col,
    end_col) or None."""

    __slots__ = ("pos",)


def add_traceback(rt: Runtime, err: PyErr, f: Any) -> None:
    """PyTraceBack_Here(f) unless this frame already added its entry for this raise."""
    if err.tb_frame is f:
        return
    err.tb_frame = f
    exc = err.raw if err.raw is not None else err.exc   # an unnormalized error keeps its chain beside it
    if not isinstance(exc, (HExc, Unnormalized)):
        return
    from .frames import materialise
    saved = rt.raising_memory_error
    rt.raising_memory_error = True     # the exception machinery is not limited by --max-memory
    try:
        fo = f.fobj if f.fobj is not None else materialise(rt, f)
    finally:
        rt.raising_memory_error = saved
    tb = HTb()
    tb.next = exc.traceback
    tb.frame = fo
    rt.incref(fo)
    pos = f.pos if err.pos_frame is f else None
    tb.pos = pos
    tb.lineno = pos[0] if pos is not None else f.lineno
    exc.traceback = None
    rt.heap.new(tb, rt.t_traceback, rt.sizes("traceback"))
    exc.traceback = tb


def traceback_from_frame(rt: Runtime, exc: HExc, f: Any) -> None:
    """_PyErr_WriteUnraisableMsg: an unraisable exception without a traceback (raised by C code,
    such as gen_close's "generator ignored GeneratorExit" from a dealloc) gets one entry for the
    running frame (_PyTraceBack_FromFrame), stored on the exception before the hook prints it."""
    err = PyErr(exc)
    if f.pos is not None and f.pos[0] == f.lineno:   # the instruction running now, not an older one
        err.pos_frame = f
    add_traceback(rt, err, f)


def format_exception(rt: Runtime, exc: HObject, unraisable: bool = False) -> str:
    """The text sys.excepthook (or, with `unraisable`, sys.unraisablehook) prints for `exc`,
    chained exceptions first."""
    out: list[str] = []
    seen: set[int] = set()
    saved = rt.carets
    rt.carets = rt.profile.interp.traceback_carets and (
        not unraisable or rt.profile.interp.unraisable_traceback_carets)
    try:
        if unraisable:
            # write_unraisable_exc_file: the traceback and the exception line, no chained exceptions
            if isinstance(exc, HExc) and exc.traceback is None and rt.frame is not None:
                traceback_from_frame(rt, exc, rt.frame)
            _format_one(rt, exc, out, unraisable=True)
        else:
            _format_chain(rt, exc, out, seen)
    finally:
        rt.carets = saved
    return "".join(out)


def _format_chain(rt: Runtime, exc: HObject, out: list[str], seen: set[int]) -> None:
    seen.add(id(exc))
    if isinstance(exc, HExc):
        if exc.cause is not None and id(exc.cause) not in seen:
            _format_chain(rt, exc.cause, out, seen)
            out.append("\nThe above exception was the direct cause of the following exception:\n\n")
        elif exc.context is not None and not exc.suppress and id(exc.context) not in seen:
            _format_chain(rt, exc.context, out, seen)
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    _format_one(rt, exc, out)


def _format_one(rt: Runtime, exc: HObject, out: list[str], unraisable: bool = False) -> None:
    tb = exc.traceback if isinstance(exc, HExc) else None
    if tb is not None:
        out.append("Traceback (most recent call last):\n")
        entries = []
        while tb is not None:
            entries.append(tb)
            tb = tb.next
        out.extend(_format_entries(rt, entries))
    out.append(format_exception_only(rt, exc, unraisable))


def _format_entries(rt: Runtime, entries: list[HTb]) -> list[str]:
    lines: list[str] = []
    last = None
    count = 0
    for tb in entries:
        code = tb.frame.f.code
        key = (code.filename, tb.lineno, code.name)
        if key == last:
            count += 1
            if count >= 3:
                continue
        else:
            if count >= 3:
                lines.append(f"  [Previous line repeated {count - 2} more time{'s' if count - 2 > 1 else ''}]\n")
            last = key
            count = 0
        lines.append(_format_entry(rt, tb, code))
    if count >= 3:
        lines.append(f"  [Previous line repeated {count - 2} more time{'s' if count - 2 > 1 else ''}]\n")
    return lines


def _format_entry(rt: Runtime, tb: HTb, code: Any) -> str:
    s = f'  File "{code.filename}", line {tb.lineno}, in {code.name}\n'
    src = rt.sources.get(code.filename)
    if src is None or rt.finalizing:
        return s    # during finalization the traceback module cannot read source lines any more
    lines = src.splitlines()
    if not 0 < tb.lineno <= len(lines):
        return s
    raw = lines[tb.lineno - 1]
    text = raw.strip()
    if not text:
        return s
    s += f"    {text}\n"
    pos = tb.pos
    if rt.carets and pos is not None:
        s += _carets(rt, raw, pos, _simple_call_value(raw))
    return s


def _simple_call_value(raw: str) -> tuple[int, int] | None:
    """3.13 _should_show_carets: the columns of the call in `return f(...)` / `x = f(...)` (a call
    of a plain name), whose caret line 3.13 leaves out."""
    import ast
    try:
        tree = ast.parse(raw.strip())
    except SyntaxError:
        return None
    if not tree.body:
        return None
    st = tree.body[0]
    value = None
    if isinstance(st, ast.Return) and isinstance(st.value, ast.Call) and isinstance(st.value.func, ast.Name) or isinstance(st, ast.Assign) and isinstance(st.value, ast.Call) and len(st.targets) == 1 and \
            isinstance(st.targets[0], ast.Name):
        value = st.value
    if value is None or value.end_lineno != 1:
        return None
    indent = len(raw) - len(raw.lstrip())
    return (value.col_offset + indent, value.end_col_offset + indent)


def _carets(rt: Runtime, raw: str, pos: tuple, statement: Any = None) -> str:
    """The caret line of PEP 657 (Lib/traceback.py format_frame_summary): '^' under the failing
    segment, or '~' with '^' under its anchor (operator, subscript, 3.13 call arguments); omitted
    when it would underline the whole line and there is no anchor."""
    lineno, end_lineno, col, end_col = pos[:4]
    anchor = pos[4] if len(pos) > 4 else None
    kinds = rt.profile.interp.caret_anchor_kinds
    if anchor is not None and anchor[0] not in kinds:
        anchor = None
    stripped = raw.strip()
    indent = len(raw) - len(raw.lstrip())
    if end_lineno != lineno:
        end_col = indent + len(stripped)
        anchor = None
    if anchor is not None and not (col <= anchor[1] < anchor[2] <= end_col):
        anchor = None
    whole = col <= indent and end_col >= indent + len(stripped)
    if rt.profile.interp.caret_skip_simple_call_statement and statement is not None and \
            statement == (col, end_col):
        return ""
    if whole and anchor is None:
        return ""
    chars = []
    for c in range(col, end_col):
        chars.append("^" if anchor is None or anchor[1] <= c < anchor[2] else "~")
    return "    " + " " * (col - indent) + "".join(chars) + "\n"


def format_exception_only(rt: Runtime, exc: HObject, unraisable: bool = False) -> str:
    """The exception's last line: 'Name: message', or just 'Name' for an empty message
    (Lib/traceback.py), except that the unraisable hook always writes ': ' after the name
    (write_unraisable_exc_file, 3.8-3.13: 'StopIteration: ')."""
    tp = exc.ob_type
    name = tp.extra.qualname or tp.name
    mod = tp.extra.module if not tp.static else "builtins"
    if mod != "builtins" and not (mod == "__main__" and rt.profile.interp.exception_name_omits_main):
        name = f"{mod}.{name}"
    try:
        msg = rt.str(exc)
    except PyErr as e:
        rt.clear_error(e)
        msg = "<exception str() failed>"
    return f"{name}: {msg}\n" if msg or unraisable else f"{name}\n"
