"""print()'s transient GC objects (interp/stdio.py): the bound `write` method of each piece, 3.11+'s
*args tuple (fact print_vararg_tuple), 3.8's bound flush methods (fact io_call_method_binds) and
TextIOWrapper's pending list on a buffered stdout. They decide whether a print at
gc.get_count()[0] == threshold starts a collection; on 3.12+ the collection runs inside the print
(PyObject_Str's PyErr_CheckSignals: gc checkpoint "check_signals"). Expectations are measured
([RUN 3.8.18-3.13.0], probes /tmp/hg/pr/a2.py, a3.py, b1.py)."""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source
from heapglass.profiles import VERSIONS, get_profile

AT_THRESHOLD = """import gc, sys
out = []
for how in ("print", "flush", "write"):
    for k in (0, 1):
        gc.collect()
        gc.set_threshold(40)
        objs = []
        while gc.get_count()[0] < 40 - k:
            objs.append([])
        before = gc.get_count()[0]
        if how == "print":
            print("x")
        elif how == "flush":
            print("x", flush=True)
        else:
            sys.stdout.write("x\\n")
        out.append((before, gc.get_count()[0]))
        del objs
gc.set_threshold(700)
print(out)
"""


def _last_line(source: str, version: str, **kw: object) -> str:
    r = run_source(source, "p.py", version, **kw)
    assert r.stderr == ""
    return r.stdout.splitlines()[-1]


@pytest.mark.parametrize("version", VERSIONS)
def test_print_at_threshold_collects_and_one_below_does_not(version: str) -> None:
    """print('x') at count 40 of threshold 40 collects (count 0 after), at 39 it does not; 3.8's
    print(flush=True) binds two flush methods, so it collects from 39 too; sys.stdout.write alone
    allocates nothing and never collects."""
    flush_one_below = (39, 0) if get_profile(version).interp.io_call_method_binds else (39, 39)
    print_one_below = (39, 40) if version == "3.8" else (39, 39)  # 3.8: the freed method stays listed
    flush_at = (40, 2) if version == "3.8" else (40, 0)
    expected = [(40, 0), print_one_below, flush_at, flush_one_below, (40, 40), (39, 39)]
    assert _last_line(AT_THRESHOLD, version) == str(expected)


TRANSIENTS = """import gc
seen = []
def cb(phase, info):
    if phase == "start" and info["generation"] == 0:
        for o in gc.get_objects(0):
            if type(o) is not list:
                seen.append(type(o).__name__)
gc.callbacks.append(cb)
gc.collect()
gc.set_threshold(30)
objs = []
while gc.get_count()[0] < 30:
    objs.append([])
seen.clear()
print("x")
gc.callbacks.clear()
gc.set_threshold(700)
print(sorted(seen))
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_what_is_alive_when_print_collects(version: str) -> None:
    """3.8-3.11 collect inside the first GC allocation (3.8-3.10 the bound method, 3.11 the *args
    tuple, neither tracked yet); 3.12+ run the scheduled collection in PyObject_Str, both alive."""
    ip = get_profile(version).interp
    expected = []
    if "check_signals" in ip.gc_checkpoints:
        expected = ["builtin_function_or_method", "tuple"] if ip.print_vararg_tuple else \
            ["builtin_function_or_method"]
    assert _last_line(TRANSIENTS, version) == str(expected)


PENDING = """import gc, sys
gc.collect()
a = gc.get_count()[0]
sys.stdout.write("x")
b = gc.get_count()[0]
sys.stdout.write("y")
c = gc.get_count()[0]
sys.stdout.write("z\\n")
d = gc.get_count()[0]
sys.stdout.flush()
e = gc.get_count()[0]
print(a, b, c, d, e)
"""


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("unbuffered", [True, False])
def test_buffered_stdout_keeps_a_pending_list_until_flush(version: str, unbuffered: bool) -> None:
    """On a pipe the second write turns TextIOWrapper's pending str into a list (+1) that stays
    until flush; with PYTHONUNBUFFERED every write is flushed at once (the +1 at b is
    gc.get_count()'s own tuple, kept on the tuple free list)."""
    three_eight_flush = 1 if get_profile(version).interp.io_call_method_binds else 0
    if unbuffered:
        expected = [0, 1, 1, 1, 1 + three_eight_flush]
    else:
        expected = [0, 1, 2, 2, 2 + three_eight_flush]
    out = _last_line(PENDING, version, unbuffered=unbuffered, stdout_isatty=False)
    assert out == " ".join(map(str, expected))


FILE_OBJECT = """class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print(1, "two", 3.0, sep="-", end="!\\n", file=w)
print(file=w)
print(w.parts)
"""


@pytest.mark.parametrize("version", ["3.8", "3.13"])
def test_print_to_a_file_object_writes_piece_by_piece(version: str) -> None:
    """PyFile_WriteObject per argument, separator and end."""
    assert _last_line(FILE_OBJECT, version) == "['1', '-', 'two', '-', '3.0', '!\\n', '\\n']"
