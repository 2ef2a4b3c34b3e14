"""The exceptions with C members beyond args (Objects/exceptions.c): OSError (errno, strerror,
filename; OSError_new picks the subclass for the errno), ImportError (msg, name, path, name_from:
ImportError_init's keywords) and the UnicodeError subclasses (encoding, object, start, end, reason,
read from their five-item args), with the str() of each and each type's size."""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING, Any

from ..alloc import sizes
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


def exception_size(rt: Runtime, tp: HType) -> tuple[int, int]:
    """(getsizeof, request) of an instance of exception type `tp`: the struct of its nearest builtin
    exception type with a size of its own (profile fact alloc.exception_basicsizes), plus a Python
    subclass's slots and weakref pointer."""
    a = rt.profile.alloc
    table = a.exception_basicsizes
    base = next(t.name for t in tp.extra.mro if t.static and t.name in table)
    if tp.static:
        return sizes.exception_size(a, base)
    return sizes.exception_size(a, base, len(tp.extra.slot_names), tp.weakrefable)


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


def import_error_members(rt: Runtime) -> tuple[str, ...]:
    return ("msg", *rt.profile.interp.import_error_keywords)


def suggestion_members(rt: Runtime, tp: HType) -> tuple[str, tuple[str, ...]]:
    """(the builtin type's name, its members) for AttributeError (obj, name) and NameError (name)
    and their subclasses where the profile has them (fact suggestion_members); ("", ()) else."""
    table = rt.profile.interp.suggestion_members
    return next(((t.name, table[t.name]) for t in tp.extra.mro if t.static and t.name in table), ("", ()))


def set_member(rt: Runtime, e: HExc, name: str, value: HObject | None) -> None:
    """Store one C member (a T_OBJECT: None is NULL), dropping the old value."""
    if value is not None:
        rt.incref(value)
    if e.fields is None:
        e.fields = {}
    old, e.fields[name] = e.fields.get(name), value
    if old is not None:
        rt.decref(old)


def augment_attribute_error(rt: Runtime, e: HObject, obj: HObject, name: HObject) -> None:
    """set_attribute_error_context: an AttributeError leaving PyObject_GetAttr gets the attribute's
    name and the object, unless either is set already."""
    if not isinstance(e, HExc) or not e.fields or "obj" not in e.fields:
        return
    if e.fields["obj"] is None and e.fields["name"] is None:
        set_member(rt, e, "name", name)
        set_member(rt, e, "obj", obj)


def init_members(rt: Runtime, e: HExc) -> None:
    """The members the init of StopIteration, SystemExit and ImportError derive from the arguments
    (StopIteration_init: value = args[0] or None; SystemExit_init: code = args[0], or the args tuple
    when there are several, or NULL; ImportError_init: msg = the sole argument), set when the
    exception is made."""
    mro = e.ob_type.extra.mro
    args = e.args.items if e.args is not None else []
    if rt.builtin_types["StopIteration"] in mro:
        fields = {"value": args[0] if args else rt.none}
    elif rt.builtin_types["SystemExit"] in mro:
        fields = {"code": (args[0] if len(args) == 1 else e.args) if args else None}
    elif rt.builtin_types["ImportError"] in mro:
        set_import_error_fields(rt, e, [args[0] if len(args) == 1 else None]
                                + [None] * len(rt.profile.interp.import_error_keywords))
        return
    elif suggestion_members(rt, e.ob_type)[1]:
        fields = dict.fromkeys(suggestion_members(rt, e.ob_type)[1])
    else:
        return
    for v in fields.values():
        if v is not None:
            rt.incref(v)
    old, e.fields = e.fields, fields
    for v in (old or {}).values():
        if v is not None:
            rt.decref(v)


def exception_init(rt: Runtime, e: HExc, args: list[HObject], kwargs: dict[str, HObject] | None) -> None:
    """The keyword handling of BaseException_init (_PyArg_NoKeywords on the type's name) or
    ImportError_init, which (re)sets every member: msg is the sole positional argument, name, path
    (and name_from, profile fact import_error_keywords) are keyword-only."""
    if rt.builtin_types["ImportError"] not in e.ob_type.extra.mro:
        base, members = suggestion_members(rt, e.ob_type)
        if not members:
            if kwargs:
                rt.raise_type("TypeError", f"{e.ob_type.name}() takes no keyword arguments")
            return
        # AttributeError_init / NameError_init: keyword-only members, each reset
        for key in kwargs or ():
            if key not in members:
                rt.raise_type("TypeError", rt.profile.interp.clinic_bad_keyword_message.format(name=base, key=key))
        for key in members:
            set_member(rt, e, key, (kwargs or {}).get(key))
        return
    keywords = rt.profile.interp.import_error_keywords
    for key in kwargs or ():
        if key not in keywords:
            rt.raise_type("TypeError", rt.profile.interp.clinic_bad_keyword_message.format(
                name="ImportError", key=key))
    values = [args[0] if len(args) == 1 else None, *((kwargs or {}).get(k) for k in keywords)]
    set_import_error_fields(rt, e, values)


def set_import_error_fields(rt: Runtime, e: HExc, values: list[HObject | None]) -> None:
    """Store ImportError's members (import_error_members order; None: NULL), dropping the old ones."""
    old = e.fields
    for v in values:
        if v is not None:
            rt.incref(v)
    e.fields = dict(zip(import_error_members(rt), values))
    for v in (old or {}).values():
        if v is not None:
            rt.decref(v)


def raise_import_error(rt: Runtime, type_name: str, message: str, name: str,
                       name_from: str | None = None) -> None:
    """PyErr_SetImportError / _PyErr_SetImportErrorWithNameFrom (and importlib's
    ModuleNotFoundError(msg, name=name)): raise `type_name` with msg and name set."""
    msg = rt.new_str(message)
    e = rt.new_exception(rt.builtin_types[type_name], [msg])
    members = import_error_members(rt)
    objs = {"msg": msg, "name": rt.new_str(name), "path": None,
            "name_from": rt.new_str(name_from) if name_from is not None and "name_from" in members else None}
    set_import_error_fields(rt, e, [objs[k] for k in members])
    for o in objs.values():
        if o is not None:
            rt.decref(o)
    rt.throw(e)


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
    if rt.builtin_types["ImportError"] in tp.extra.mro:    # ImportError_str
        msg = _field(rt, e, "msg")
        return None if msg is None else rt.str(msg)
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

    def setter(name: str) -> Any:
        def set_(rt_: Runtime, self: HExc, value: HObject | None) -> None:   # a T_OBJECT member
            values = [_field(rt_, self, n) for n in import_error_members(rt_)]
            values[import_error_members(rt_).index(name)] = value
            set_import_error_fields(rt_, self, values)
        return set_

    for tname, names in (("OSError", OSERROR_FIELDS), ("UnicodeError", UNICODE_FIELDS)):
        tp = rt.builtin_types[tname]
        for name in names:
            tp.extra.methods[name] = _getset(rt, tp, name, getter(name))
    tp = rt.builtin_types["ImportError"]
    for name in import_error_members(rt):
        tp.extra.methods[name] = _getset(rt, tp, name, getter(name), setter(name))

    def member_setter(name: str) -> Any:
        def set_(rt_: Runtime, self: HExc, value: HObject | None) -> None:
            set_member(rt_, self, name, value)
        return set_

    for tname, names in rt.profile.interp.suggestion_members.items():
        tp = rt.builtin_types[tname]
        for name in names:
            tp.extra.methods[name] = _getset(rt, tp, name, getter(name), member_setter(name))
