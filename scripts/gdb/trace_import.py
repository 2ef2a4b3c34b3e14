"""gdb side of scripts/read_startup_state.py --trace-import.

From the first entry of PyImport_ImportModuleLevelObject after pyrun_file (after $HG_SKIP more
entries: the trace of a later import) to gc_get_count_impl,
write to $HG_OUT one line per GC-object event: the token, '@', generations[0].count at the event,
then the first frames; the first line (BEGIN) and the last (END) carry the counters and free lists. Tokens: '+' / '-' a GC allocation / free of an object without a free list,
'+tN' / '-tN' a tuple of length N made (tuple_alloc) / released (tupledealloc), '+l' / '-l' a list
(PyList_New / list_dealloc of an exact list), '+d' / '-d' a dict (new_dict / dict_dealloc of an
exact dict), '+m' / '-m' and '+c' / '-c' 3.8's bound methods and builtin functions, 'z' a frame
taken from or left in its code's zombie slot (3.8-3.10). A GC allocation or free made inside one of
the free-list functions is that object's, not a token of its own. $HG_VER is the version (3.8 ...).
With $HG_MARK_TYPES=1 also 'C' where type_new begins to make Lib/types.py's class _C (before its
bases tuple, which a collection inside type_new untracks: untrack_tuples) and 'D' where the module deletes the name _C (PyDict_DelItem: the garbage is unreachable).
"""

import os
import sys

import gdb

sys.path.insert(0, os.environ["HG_GDB_DIR"])   # set by scripts/read_startup_state.py
from heapstate import state as heap_state

VER = tuple(int(x) for x in os.environ["HG_VER"].split("."))
MAKERS = {"tuple_alloc", "PyTuple_New", "PyTuple_Pack", "_PyTuple_FromArray", "_PyTuple_FromArraySteal", "PyList_New",
          "new_dict", "PyDict_New", "_PyDict_NewPresized"}
RELEASERS = {"tupledealloc", "list_dealloc", "dict_dealloc"}
# $HG_FRAMES=1 (3.8-3.10): frames as a family of their own: '+f' a frame not taken from its code's
# zombie slot (from the frame free list, or a GC allocation: decided at its return by the free list's
# numfree and the count), '-f' one released not into its zombie slot (frame_dealloc: to the free list
# or PyObject_GC_Del); the GC allocation / free inside is the frame's, not a token of its own.
FRAMES = bool(os.environ.get("HG_FRAMES")) and VER <= (3, 10)
if FRAMES:
    MAKERS |= {"_PyFrame_New_NoTrack"}
    FRAME_RELEASER = "frame_dealloc"    # only as PyObject_GC_Del's caller: its locals' frees are theirs
if VER == (3, 8):
    MAKERS |= {"PyMethod_New", "PyCFunction_NewEx"}
    RELEASERS |= {"method_dealloc", "meth_dealloc"}
state = {"armed": False, "on": False, "last": None, "skip": int(os.environ.get("HG_SKIP", "0"))}
# 3.12+: an eval-breaker check is where a scheduled collection runs. Every check calls
# _Py_HandlePending while the breaker is set, so the trace keeps it set (an otherwise unused bit on
# 3.13) and records each call as '!'.
if VER == (3, 12):
    BREAKER = "_PyRuntime.interpreters.main->ceval.eval_breaker._value"
    FORCE = f"set var {BREAKER} = 1"
elif VER >= (3, 13):
    BREAKER = "_PyRuntime.interpreters.main->threads.head->eval_breaker"
    FORCE = f"set var {BREAKER} = {BREAKER} | 128"
else:
    FORCE = None


class Rearm(gdb.FinishBreakpoint):
    def stop(self) -> bool:
        if state["on"] and FORCE:
            gdb.execute(FORCE)
        return False

    def out_of_scope(self) -> None:
        pass


def ascii_at(expr: str) -> str:
    """The text of a compact ASCII str object (its data follows the PyASCIIObject header)."""
    try:
        return gdb.parse_and_eval(f"(char*)(((PyASCIIObject*)({expr}))+1)").string(length=8)
    except (gdb.error, gdb.MemoryError, UnicodeDecodeError):
        return ""


def frame_numfree() -> int:
    for e in ("_PyRuntime.interpreters.main->frame.numfree", "'frameobject.c'::numfree"):
        try:
            return int(gdb.parse_and_eval(e))
        except gdb.error:
            pass
    raise gdb.error("no frame numfree")


class FrameMade(gdb.FinishBreakpoint):
    """The return of _PyFrame_New_NoTrack ($HG_FRAMES): '+f' unless the frame was the zombie."""
    def __init__(self, frame: gdb.Frame, where: str) -> None:
        super().__init__(frame, internal=True)
        self.before = (count(), frame_numfree())
        self.where = where

    def stop(self) -> bool:
        if state["on"] and (count(), frame_numfree()) != self.before:
            events.append(f"+f@{count()} {self.where}")
        return False

    def out_of_scope(self) -> None:
        pass


events: list[str] = []


def count() -> int:
    for e in ("_PyRuntime.interpreters.main->gc.generations[0].count", "_PyRuntime.gc.generations[0].count"):
        try:
            return int(gdb.parse_and_eval(e))
        except gdb.error:
            pass
    raise gdb.error("no generations[0].count")


def frames(n: int) -> list[str]:
    f, out = gdb.newest_frame(), []
    while f is not None and len(out) < n:
        out.append(str(f.name()))
        f = f.older()
    return out


def value(*exprs: str) -> int:
    """The first readable expression, in the hit frame or up to three callers (inlined copies lose
    their arguments)."""
    f = gdb.selected_frame()
    try:
        for _ in range(4):
            if f is None:
                break
            f.select()
            for e in exprs:
                try:
                    return int(gdb.parse_and_eval(e))
                except gdb.error:
                    pass
            f = f.older()
    finally:
        gdb.newest_frame().select()
    raise gdb.error("unreadable: " + " / ".join(exprs))


def exact(type_name: str, *names: str) -> bool:
    return bool(value(*(f"(long)(((PyObject*){n})->ob_type == &{type_name})" for n in names)))


TOKENS = {
    "tuple_alloc": lambda: f"+t{value('size', 'n')}",
    "PyTuple_New": lambda: f"+t{value('size', 'n')}",
    "tupledealloc": lambda: f"-t{value('((PyVarObject*)op)->ob_size', 'len')}",
    "PyList_New": lambda: "+l",
    "list_dealloc": lambda: "-l" if exact("PyList_Type", "op", "self") else "-",
    "new_dict": lambda: "+d",
    "dict_dealloc": lambda: "-d" if exact("PyDict_Type", "mp", "self") else "-",
    "PyMethod_New": lambda: "+m",
    "method_dealloc": lambda: "-m",
    "PyCFunction_NewEx": lambda: "+c",
    "meth_dealloc": lambda: "-c",
    "_PyFrame_New_NoTrack": lambda: "z" if value("(long)code->co_zombieframe",
                                                 "(long)con->fc_code->co_zombieframe") else "+f",
    "frame_dealloc": lambda: "z" if not value("(long)f->f_code->co_zombieframe") else "-f",
}


class Event(gdb.Breakpoint):
    def __init__(self, spec: str, kind: str) -> None:
        super().__init__(spec, internal=True)
        self.kind = kind

    def stop(self) -> bool:
        kind = self.kind
        if kind == "arm":
            state["armed"] = True
        elif kind == "start":
            if state["armed"] and not state["on"] and not events and state["skip"] > 0:
                state["skip"] -= 1
                return False
            state["on"] = state["on"] or (state["armed"] and not events)
            if state["on"] and not events:
                events.append(f"BEGIN@{count()} {heap_state()}")
                if FORCE:
                    gdb.execute(FORCE)
        elif kind == "pending":
            if state["on"]:
                events.append(f"!@{count()}")
                Rearm(gdb.newest_frame(), internal=True)
        elif kind == "type_new":
            if state["on"] and ascii_at("((PyTupleObject*)args)->ob_item[0]").split("\0")[0] == "_C":
                events.append(f"C@{count()}")
        elif kind == "delitem":
            if state["on"] and ascii_at("key").split("\0")[0] == "_C":
                events.append(f"D@{count()}")
        elif kind == "stop":
            if state["on"]:
                state["on"] = False
                events.append(f"END@{count()} {heap_state()}")
                with open(os.environ["HG_OUT"], "w") as out:
                    out.write("\n".join(events) + "\n")
                gdb.execute("kill")
        elif state["on"]:
            self.record(kind)
            if FORCE:    # 3.12 recomputes the breaker when it takes the GIL back (importlib's I/O)
                gdb.execute(FORCE)
        return False

    def record(self, kind: str) -> None:
        names = frames(8)
        where = "<".join(names[1:6])
        if kind == "LINK":
            if not any(n in MAKERS for n in names[1:7]):
                events.append(f"+@{count()} {where}")
            return
        if kind == "DEL":
            if not any(n in RELEASERS for n in names[1:3]) and not (FRAMES and names[1] == FRAME_RELEASER):
                events.append(f"-@{count()} {where}")
            return
        frame = gdb.newest_frame()
        older = frame.older()
        caller = (older.pc(), int(older.read_register("rsp"))) if older is not None else None
        last = state["last"]
        if last is not None and last[0] is self and last[1] < frame.pc() and last[2] == caller \
                and last[3] == len(events):
            return     # a second location of the same call (an inlined copy split in two)
        state["last"] = (self, frame.pc(), caller, len(events) + 1)
        if FRAMES and kind == "_PyFrame_New_NoTrack":
            FrameMade(frame, where)
            return
        try:
            token = TOKENS[kind]()
        except gdb.error as e:
            token = f"?{kind}:{str(e).replace(' ', '_')[:60]}"
        events.append(f"{token}@{count()} {where}")


for cmd in ("set pagination off", "set breakpoint pending on", "set confirm off",
            "unset environment LINES", "unset environment COLUMNS"):
    gdb.execute(cmd)
Event("pyrun_file", "arm")
Event("PyImport_ImportModuleLevelObject", "start")
Event("gc_get_count_impl", "stop")
if VER >= (3, 11):
    Event("_PyObject_GC_Link", "LINK")
elif VER == (3, 10):
    Event("_PyObject_GC_Alloc", "LINK")
else:                     # 3.8-3.9: _PyObject_GC_Alloc is inlined into both
    Event("_PyObject_GC_Malloc", "LINK")
    Event("_PyObject_GC_Calloc", "LINK")
Event("PyObject_GC_Del", "DEL")
if FORCE:
    Event("_Py_HandlePending", "pending")
Event("PyTuple_New" if VER == (3, 8) else "tuple_alloc", "PyTuple_New" if VER == (3, 8) else "tuple_alloc")
for fn in ("tupledealloc", "PyList_New", "list_dealloc", "new_dict", "dict_dealloc"):
    Event(fn, fn)
if VER <= (3, 10):
    Event("_PyFrame_New_NoTrack", "_PyFrame_New_NoTrack")
    Event("frame_dealloc", "frame_dealloc")
if VER == (3, 8):
    for fn in ("PyMethod_New", "method_dealloc", "PyCFunction_NewEx", "meth_dealloc"):
        Event(fn, fn)
if os.environ.get("HG_MARK_TYPES"):
    Event("type_new", "type_new")
    Event("PyDict_DelItem", "delitem")
gdb.execute("run")
