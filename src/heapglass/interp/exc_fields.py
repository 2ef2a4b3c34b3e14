"""The exceptions with C members beyond args (Objects/exceptions.c): OSError (errno, strerror,
filename; OSError_new picks the subclass for the errno) and the UnicodeError subclasses (encoding,
object, start, end, reason, read from their five-item args), with the str() of each."""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING, Any

from ..heap.kinds import HLeaf
from ..heap.objects import HObject, HType
from .objects import HExc

if TYPE_CHECKING:
    from .runtime import Runtime

# _PyExc_InitState's ADD_ERRNO table (the same in 3.8-3.13; [RUN 3.8.18, 3.13.0] type(OSError(n, 'x'))
# for each errno name); the numbers are the host's, Linux like the real interpreters'.
ERRNO_SUBCLASS = {
    errno.EAGAIN: "BlockingIOError", errno.EALREADY: "BlockingIOError", errno.EINPROGRESS: "BlockingIOError",
    errno.EWOULDBLOCK: "BlockingIOError", errno.EPIPE: "BrokenPipeError", errno.ESHUTDOWN: "BrokenPipeError",
    errno.ECHILD: "ChildProcessError", errno.ECONNABORTED: "ConnectionAbortedError",
    errno.ECONNREFUSED: "ConnectionRefusedError", errno.ECONNRESET: "ConnectionResetError",
    errno.EEXIST: "FileExistsError", errno.ENOENT: "FileNotFoundError", errno.EISDIR: "IsADirectoryError",
    errno.ENOTDIR: "NotADirectoryError", errno.EINTR: "InterruptedError", errno.EACCES: "PermissionError",
    errno.EPERM: "PermissionError", errno.ESRCH: "ProcessLookupError", errno.ETIMEDOUT: "TimeoutError",
}
OSERROR_FIELDS = ("errno", "strerror", "filename")
UNICODE_FIELDS = ("encoding", "object", "start", "end", "reason")


def oserror_new(rt: Runtime, tp: HType, args: list[HObject], args_tuple: HObject | None) -> HObject:
    """OSError_new: OSError itself called with an int errno as its first of 2-5 arguments makes the
    errno's subclass; oserror_init stores errno, strerror and filename, and keeps only the first two
    arguments in args when a filename is given."""
    if tp is rt.builtin_types["OSError"] and 2 <= len(args) <= 5 and \
            isinstance(args[0], HLeaf) and type(args[0].value) is int:
        tp = rt.builtin_types.get(ERRNO_SUBCLASS.get(args[0].value, "OSError"), tp)
    filename = args[2] if 3 <= len(args) <= 5 and args[2] is not rt.none else None
    if filename is not None:
        e = rt.new_exception(tp, args[:2])       # PyTuple_GetSlice(args, 0, 2)
    else:
        e = rt.new_exception(tp, args, args_tuple)
    if 2 <= len(args) <= 5:
        e.fields = dict(zip(OSERROR_FIELDS, [args[0], args[1], filename]))
        for v in e.fields.values():
            if v is not None:
                rt.incref(v)
    return e


def _field(rt: Runtime, e: HExc, name: str) -> HObject | None:
    if name in UNICODE_FIELDS:
        items = e.args.items if e.args is not None else []
        i = UNICODE_FIELDS.index(name)
        return items[i] if len(items) == len(UNICODE_FIELDS) else None
    return e.fields.get(name) if e.fields else None


def exception_str(rt: Runtime, e: HExc) -> str | None:
    """OSError_str and UnicodeDecodeError_str / UnicodeEncodeError_str; None for the others
    (BaseException_str)."""
    tp = e.ob_type
    if rt.builtin_types["OSError"] in tp.extra.mro:
        no, msg, fname = (_field(rt, e, n) for n in OSERROR_FIELDS)
        if fname is not None:
            return f"[Errno {rt.str(no)}] {rt.str(msg)}: {rt.repr(fname)}"
        if no is not None and msg is not None:
            return f"[Errno {rt.str(no)}] {rt.str(msg)}"
        return None
    encode = rt.builtin_types["UnicodeEncodeError"] in tp.extra.mro
    if not encode and rt.builtin_types["UnicodeDecodeError"] not in tp.extra.mro:
        return None
    enc, obj, start, end, reason = (_field(rt, e, n) for n in UNICODE_FIELDS)
    if obj is None:
        return None
    s, t = rt.as_int(start), rt.as_int(end)
    value = obj.value
    what = "encode" if encode else "decode"
    if t == s + 1 and s < len(value):
        if encode:
            c = ord(value[s])
            shown = f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" if c < 0x10000 else f"\\U{c:08x}"
            item = f"character '{shown}'"
        else:
            item = f"byte 0x{value[s]:02x}"
        return f"'{rt.str(enc)}' codec can't {what} {item} in position {s}: {rt.str(reason)}"
    plural = "characters" if encode else "bytes"
    return f"'{rt.str(enc)}' codec can't {what} {plural} in position {s}-{t - 1}: {rt.str(reason)}"


def raise_host_unicode_error(rt: Runtime, err: UnicodeError) -> None:
    """Raise the simulated twin of a host UnicodeDecodeError/UnicodeEncodeError with its five
    arguments (PyUnicodeDecodeError_Create); other host errors by message."""
    if not isinstance(err, (UnicodeDecodeError, UnicodeEncodeError)):
        rt.raise_type(type(err).__name__, str(err))
    items = [rt.from_host(v) for v in (err.encoding, err.object, err.start, err.end, err.reason)]
    exc = rt.new_exception(rt.builtin_types[type(err).__name__], items)
    for o in items:
        rt.decref(o)
    rt.throw(exc)


def install_exception_fields(rt: Runtime) -> None:
    """The member descriptors of OSError and UnicodeError (OSError_members, UnicodeError_members)."""
    from .methods import _getset

    def getter(name: str) -> Any:
        def get(rt_: Runtime, self: HExc) -> HObject:
            v = _field(rt_, self, name)
            v = v if v is not None else rt_.none
            rt_.incref(v)
            return v
        return get

    for tname, names in (("OSError", OSERROR_FIELDS), ("UnicodeError", UNICODE_FIELDS)):
        tp = rt.builtin_types[tname]
        for name in names:
            tp.extra.methods[name] = _getset(rt, tp, name, getter(name))
