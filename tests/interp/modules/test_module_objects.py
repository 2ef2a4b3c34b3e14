"""The simulated modules are wired to the heap and the runtime they describe (things the printed
output of a program cannot show on its own)."""

from __future__ import annotations

from heapglass.heap.heap import Heap
from heapglass.interp.api import run_source
from heapglass.interp.runtime import Runtime
from heapglass.profiles import get_profile

MALLOC_STATS_HEADER = ("Small block threshold = 512, in 32 size classes.\n\n"
                       "class   size   num pools   blocks in use  avail blocks\n"
                       "-----   ----   ---------   -------------  ------------\n")


def run(source: str, version: str = "3.12"):
    return run_source(source, "/prog/main.py", version, argv=["/prog/main.py"], max_steps=2_000_000)


def imported(version: str, module: str):
    """A fresh runtime of `version` and its module `module` (imported as a program would)."""
    rt = Runtime(Heap(get_profile(version)))
    return rt, rt.import_module(module)


def test_gc_garbage_and_callbacks_are_the_collectors_lists() -> None:
    """gc.garbage and gc.callbacks are the very list objects the collector appends to and calls
    (Modules/gcmodule.c exposes gcstate->garbage and gcstate->callbacks), not copies."""
    rt, gc = imported("3.12", "gc")
    assert gc.dict.entries["garbage"][1] is rt.heap.gc.garbage
    assert gc.dict.entries["callbacks"][1] is rt.heap.gc.callbacks


def test_debugmallocstats_writes_the_allocator_report_to_the_c_stderr() -> None:
    """sys._debugmallocstats() writes pymalloc's report with _PyObject_DebugMallocStats(stderr): to
    file descriptor 2 even when sys.stderr is replaced ([RUN 3.12.1]: a replacement sees no write)."""
    source = ("import sys\nclass Cap:\n    n = 0\n    def write(self, s):\n        Cap.n += 1\n"
              "sys.stderr = Cap()\nsys._debugmallocstats()\nsys.stderr = sys.__stderr__\nprint(Cap.n)\n")
    result = run(source)
    assert result.stdout == "0\n"
    assert result.stderr.startswith(MALLOC_STATS_HEADER)


def test_getallocatedblocks_is_the_allocators_count() -> None:
    """sys.getallocatedblocks() reports the allocator's live blocks (obmalloc.c:
    _Py_GetAllocatedBlocks), so it moves with the program's allocations."""
    result = run("import sys\nb = sys.getallocatedblocks()\nx = [10**20 + i for i in range(50)]\n"
                 "n = sys.getallocatedblocks()\ndel x\nprint(n - b >= 50, n - sys.getallocatedblocks() >= 50)\n")
    assert result.stdout == "True True\n"   # [RUN 3.8.18, 3.12.1, 3.13.0]: True True


def test_weakref_and_finalize_run_cpythons_library_code() -> None:
    """weakref's Python half is CPython's Lib/weakref.py: its functions carry that file's name."""
    result = run("import weakref\nprint(weakref.finalize.__init__.__code__.co_filename)\n")
    assert result.stdout == "/usr/local/lib/python3.12/weakref.py\n"


def test_installing_twice_changes_nothing() -> None:
    """The runtime calls install() and so may the stand-in registry (stdmods): the second call must
    not wrap the runtime's protocol methods again."""
    from heapglass.interp.modules import install
    rt = Runtime(Heap(get_profile("3.12")))
    before = (rt.key_token, rt.compare, rt.setattr, rt.write_stdout)
    install(rt)
    assert (rt.key_token, rt.compare, rt.setattr, rt.write_stdout) == before
