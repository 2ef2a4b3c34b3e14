"""Runtime behaviour the modules need that the interpreter does not provide yet (stop-gaps, each to
move into the interpreter; requested from its owner):

* module attribute assignment (``sys.stderr = capture``): module_setattro is PyObject_GenericSetAttr,
  which stores into the module's dict;
* struct sequences (sys.version_info) compare as the tuples they are (tuple_richcompare accepts any
  tuple subtype; the interpreter's container comparison only exact tuples) and have their own repr
  (structseq_repr; the interpreter prints every builtin tuple as a plain tuple);
* output through ``sys.stdout`` / ``sys.stderr``: print() without file= writes to sys.stdout, and the
  collector's DEBUG_* lines, "Exception ignored in" reports and tracebacks are written with
  PySys_WriteStderr / PyFile_WriteObject to sys.stderr, so a program that replaces them captures that
  output. While they are the original streams the text goes straight to the run's output. Errors of a
  replaced stderr's write() are ignored, as PySys_WriteStderr ignores them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...heap.kinds import HTuple
from ...heap.objects import HObject
from ..errors import PyErr
from ..objects import HModule

if TYPE_CHECKING:
    from ..runtime import Runtime


def install_shims(rt: Runtime) -> None:
    """Wrap the runtime's setattr and output methods (see the module docstring)."""
    orig_setattr = rt.setattr

    def setattr_(obj: HObject, name: str, value: HObject | None) -> None:
        if isinstance(obj, HModule) and obj.dict is not None:
            if value is None:
                if name not in obj.dict.entries:
                    rt.raise_attribute_error(obj, name)
                rt.dict_delitem_str(obj.dict, name)
            else:
                rt.dict_setitem_str(obj.dict, name, value)
            return
        orig_setattr(obj, name, value)
    rt.setattr = setattr_
    orig_compare = rt.compare

    def compare(op: str, a: HObject, b: HObject) -> HObject:
        seqs = [o for o in (a, b) if isinstance(o, HTuple) and o.ob_type is not rt.t_tuple
                and o.ob_type.static]
        if not seqs:
            return orig_compare(op, a, b)
        types = [o.ob_type for o in seqs]
        try:
            for o in seqs:
                o.ob_type = rt.t_tuple
            return orig_compare(op, a, b)
        finally:
            for o, tp in zip(seqs, types):
                o.ob_type = tp
    rt.compare = compare
    orig_repr = rt.repr

    def repr_(o: HObject) -> str:
        if isinstance(o, HTuple) and o.ob_type is not rt.t_tuple and o.ob_type.static:
            m = o.ob_type.extra.methods.get("__repr__")
            if m is not None:
                r = m.fn(rt, o, [], None)
                text = r.value
                rt.decref(r)
                return text
        return orig_repr(o)
    rt.repr = repr_
    rt.write_stdout = _routed(rt, "stdout", rt.write_stdout, raise_errors=True)
    rt.write_stderr = _routed(rt, "stderr", rt.write_stderr, raise_errors=False)


def _routed(rt: Runtime, stream: str, direct: Callable[[str], None], *, raise_errors: bool) -> Callable:
    def write(text: str) -> None:
        target = current_stream(rt, stream)
        if target is None:
            direct(text)
            return
        s = rt.new_str(text)
        try:
            rt.decref(rt.call_method(target, "write", [s]))
        except PyErr as err:
            if raise_errors:
                raise
            rt.clear_error(err)
        finally:
            rt.decref(s)
    return write


def current_stream(rt: Runtime, stream: str) -> HObject | None:
    """sys.<stream> when the program replaced it (borrowed), else None."""
    sysmod = rt.modules.get("sys")
    if sysmod is None or sysmod.dict is None:
        return None
    cur = sysmod.dict.entries.get(stream)
    orig = sysmod.dict.entries.get(f"__{stream}__")
    if cur is None or orig is None or cur[1] is orig[1]:
        return None
    return cur[1]
