"""CPython's io stack as print() sees it.

``builtin_print`` mirrors Python/bltinmodule.c builtin_print_impl: on 3.11+ Argument Clinic first
packs the positional arguments into a tuple (fact interp.print_vararg_tuple); then each argument,
separator and the end string goes through PyFile_WriteObject (Objects/fileobject.c), which binds
``file.write`` (PyObject_GetAttr: a bound builtin method, a GC object, for sys.stdout), converts the
value with PyObject_Str (whose PyErr_CheckSignals runs a scheduled collection from 3.12: gc
checkpoint "check_signals") and calls the bound method. These transients are what a print at
gc.get_count()[0] == threshold allocates, so they decide whether it starts a collection.

``TextIO`` mirrors the state of the original sys.stdout / sys.stderr (Modules/_io/textio.c
_io_TextIOWrapper_write_impl, _textiowrapper_writeflush): with write_through (-u,
PYTHONUNBUFFERED) every write is flushed at once; otherwise the written strings wait in
``pending_bytes`` (the first one alone, from the second one a list, a GC object) until a flush:
a newline on a line-buffered stream, 8192 pending bytes, flush() or exit. The text itself reaches
the run's output at write time (the ordering between stdout and stderr is not modelled)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..heap.kinds import HLeaf, HList
from ..heap.objects import HObject

if TYPE_CHECKING:
    from collections.abc import Callable

    from .runtime import Runtime

CHUNK_SIZE = 8192       # Modules/_io/textio.c _PyIO_DEFAULT_BUFFER_SIZE → self->chunk_size


class TextIO:
    """One original standard stream: its channel and TextIOWrapper's pending_bytes."""

    def __init__(self, rt: Runtime, channel: Callable[[str], None], is_stderr: bool) -> None:
        self.channel = channel
        ip = rt.profile.interp
        self.write_through = rt.unbuffered           # create_stdio: write_through = !buffered_stdio
        # create_stdio: line_buffering if buffered and (a terminal, or stderr where the profile says)
        self.line_buffering = not rt.unbuffered and (
            rt.stdout_isatty or (is_stderr and ip.stderr_line_buffered))
        self.pending: HObject | None = None          # self->pending_bytes: a str or a list of them
        self.pending_count = 0                       # self->pending_bytes_count

    def write(self, rt: Runtime, s: HObject) -> None:
        """_io_TextIOWrapper_write_impl for an ASCII-compatible encoding: the str itself is queued
        (its utf-8 length counted), the queue flushed on a newline when line-buffered, when
        write-through, or at CHUNK_SIZE bytes."""
        text = s.value
        self.channel(text)
        rt.incref(s)
        if self.pending is None:
            self.pending_count = 0
            self.pending = s
        elif not isinstance(self.pending, HList):
            self.pending = rt.list_steal([self.pending, s])      # PyList_New(2)
        else:
            rt.list_resize(self.pending, len(self.pending.items) + 1)   # PyList_Append
            self.pending.items.append(s)
        self.pending_count += len(text.encode("utf-8", "surrogatepass"))
        needflush = self.line_buffering and ("\n" in text or "\r" in text)
        if self.pending_count >= CHUNK_SIZE or needflush or self.write_through:
            self.writeflush(rt)

    def flush(self, rt: Runtime) -> None:
        """_io_TextIOWrapper_flush_impl: _textiowrapper_writeflush, then buffer.flush(), which
        binds a method where the profile says (fact interp.io_call_method_binds)."""
        self.writeflush(rt)
        if rt.profile.interp.io_call_method_binds:
            rt.decref(rt.define_builtin("flush", _buffer_flush))

    def writeflush(self, rt: Runtime) -> None:
        """_textiowrapper_writeflush: drop the queue (its bytes go to the buffer)."""
        pending, self.pending, self.pending_count = self.pending, None, 0
        if pending is not None:
            rt.decref(pending)


def _buffer_flush(rt: Runtime, args: list, kw: object) -> HObject:
    """The binary buffer's flush (FileIO / BufferedWriter): nothing to model."""
    return rt.new_none()


def check_signals(rt: Runtime) -> None:
    """PyErr_CheckSignals (Modules/signalmodule.c): from 3.12 it runs a scheduled collection
    (_Py_RunGC) before looking at signals."""
    gcstate = rt.heap.gc
    if gcstate.scheduled and "check_signals" in rt.gc_checkpoints:
        gcstate.run_scheduled()


def object_str(rt: Runtime, v: HObject) -> HObject:
    """PyObject_Str(v) as a new reference: an exact str itself, else the text of its tp_str."""
    check_signals(rt)
    if isinstance(v, HLeaf) and v.ob_type is rt.t_str:
        rt.incref(v)
        return v
    return rt.new_str(rt.str(v))


def file_write_object(rt: Runtime, v: HObject, f: HObject) -> None:
    """PyFile_WriteObject(v, f, Py_PRINT_RAW): bind f.write, str(v), call, release."""
    writer = rt.getattr(f, "write")
    try:
        value = object_str(rt, v)
        try:
            rt.decref(rt.call(writer, [value], None))
        finally:
            rt.decref(value)
    finally:
        rt.decref(writer)


def sys_stdout(rt: Runtime) -> HObject | None:
    """_PySys_GetAttr(tstate, "stdout") (borrowed); RuntimeError 'lost sys.stdout' when missing;
    None when there is no sys module yet."""
    sysmod = rt.modules.get("sys")
    if sysmod is None or sysmod.dict is None:
        return None
    entry = sysmod.dict.entries.get("stdout")
    if entry is None:
        rt.raise_type("RuntimeError", "lost sys.stdout")
    return entry[1]


def builtin_print(rt: Runtime, args: list[HObject], sep: HObject | None, end: HObject | None,
                  file: HObject | None, flush: HObject | None) -> None:
    """builtin_print_impl (sep/end already checked; None or rt.none for the defaults)."""
    varargs = rt.tuple_of(list(args)) if rt.profile.interp.print_vararg_tuple else None
    try:
        if file is None or file is rt.none:
            file = sys_stdout(rt)
            if file is None:        # before the sys module exists: the run's stdout directly
                s_sep = " " if sep is None or sep is rt.none else rt.as_str(sep)
                s_end = "\n" if end is None or end is rt.none else rt.as_str(end)
                rt.write_stdout(s_sep.join(rt.str(a) for a in args) + s_end)
                return
            if file is rt.none:     # sys.stdout is None: print does nothing
                return
        for i, a in enumerate(args):
            if i:
                file_write_string(rt, sep, " ", file)
            file_write_object(rt, a, file)
        file_write_string(rt, end, "\n", file)
        if flush is not None and rt.truthy(flush):
            if rt.profile.interp.io_call_method_binds:     # _PyObject_CallMethodId: bound, called
                m = rt.getattr(file, "flush")
                try:
                    rt.decref(rt.call(m, [], None))
                finally:
                    rt.decref(m)
            else:                                          # _PyObject_CallMethodIdNoArgs
                rt.decref(rt.call_method(file, "flush", []))
    finally:
        if varargs is not None:
            rt.decref(varargs)


def file_write_string(rt: Runtime, given: HObject | None, default: str, f: HObject) -> None:
    """sep / end: PyFile_WriteObject(given) or, for the default, PyFile_WriteString(default, f)
    (PyUnicode_FromString: a cached one-character string)."""
    if given is not None and given is not rt.none:
        file_write_object(rt, given, f)
        return
    s = rt.new_str(default)
    try:
        file_write_object(rt, s, f)
    finally:
        rt.decref(s)
