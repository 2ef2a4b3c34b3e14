#!/usr/bin/env python
"""Compare the model's first statement with the oracles' (counters and free lists, real - model).

The start-up facts themselves (profile gc.startup_counts, alloc.startup_freelists) are read with gdb
by scripts/read_startup_state.py; this script shows, per probe, where the model's compile replay or
first statements still differ from CPython's.

A program's first statement sees start-up's state only after its own compilation. This script runs probe
programs (the first statement prints gc.get_count(), then sys._debugmallocstats() goes to stderr) on
every real interpreter and on the model, and prints, per version, real - model for the gc counters
and for every free list (floats, lists, dicts, tuples by length, 3.13 dict keys, frames up to 3.10).
The model replays each program's compilation (interp/compile_footprint.py) from the profile's
start-up state, so a difference that varies with the probe's shape is a compile-footprint error (one
that is the same for every shape was how start-up was fitted before it was read with gdb).

    .venv/bin/python scripts/measure_startup.py [--home | --compile | --pyc] [--python 3.12,3.13] [PROBE.py ...]
        (default: every version, one empty probe)

--home measures the start-up state of an environment with HOME (a user's shell): HOME is added to
the real interpreter's environment and the model is run with home_set=True (profiles/gc.py
STARTUP_ENVIRONMENTS; its value does not matter, only whether it is set).

--compile checks the compile footprint alone, from a known state: the real interpreter compile()s
the probe's source right after gc.collect() (which empties the free lists; a first compile('') has
initialised the _ast state), the model replays compiling it (compile_main) on a heap whose free lists
a full collection emptied, with the counters at 0; printed: the counters after it and real - model
for every free list (the real probe's gc.get_count() pops a free 3-tuple, so PyTupleObject3 -1 is
the probe's own). A difference here is the replay's, not start-up's.

--pyc reads the start-up state without compilation in between: the real interpreter runs the probe
as a .pyc (pyrun_file's run_pyc_file unmarshals the code instead of compiling it), the model runs it
with the compile replay left out; real - model is then start-up's (and the two runs' first
statements'), except the module code's co_consts and co_names tuples, which unmarshalling takes
from the free lists and which are added back to the real counts.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from heapglass.conform.oracle import RUN_ENV, installed_interpreters, run_real
from heapglass.interp.api import compile_from_a_clean_state, run_source
from heapglass.profiles import PATCH_RELEASES

HEADER = "import gc, sys\nprint(gc.get_count())\nsys._debugmallocstats()\n"
LINE = re.compile(r"^\s*(\d+) free (?:(\d+)-sized )?(Py\w+?)s? \*")


def freelists(text: str) -> dict[str, int]:
    out = {}
    for line in text.splitlines():
        m = LINE.match(line)
        if m:
            out[f"{m.group(3)}{m.group(2) or ''}"] = int(m.group(1))
    return out


def probe(source: str) -> str:
    return HEADER + source


def real(version: str, source: str) -> tuple[str, dict[str, int]]:
    """Run the probe as goldens are made (heapglass.conform.oracle.run_real: the interpreter binary,
    a fixed small environment: RUN_ENV, without HOME unless --home added it; the model is run for
    the same environment)."""
    path = Path("/tmp/heapglass_probe.py")
    path.write_text(source)
    out = run_real(installed_interpreters()[version], path)
    return out.stdout.splitlines()[0], freelists(out.stderr)


def model(version: str, source: str) -> tuple[str, dict[str, int]]:
    r = run_source(source, "/tmp/heapglass_probe.py", version, argv=["/tmp/heapglass_probe.py"],
                   home_set="HOME" in RUN_ENV)
    return r.stdout.splitlines()[0], freelists(r.stderr)


COMPILE_PROBE = """import gc, sys
code = c = None
compile('', 'warm-up', 'exec')
gc.collect()
code = compile({source!r}, 'probe.py', 'exec')
c = gc.get_count()
sys._debugmallocstats()
print(c)
"""


def real_compile(version: str, source: str) -> tuple[str, dict[str, int]]:
    """compile() of `source` right after gc.collect() in the real interpreter (the free lists are
    printed before the count: print's first repr makes the thread state's dict and list)."""
    return real(version, COMPILE_PROBE.format(source=source))


def model_compile(version: str, source: str) -> tuple[str, dict[str, int]]:
    """The replay of compiling `source` (compile_main) from emptied free lists and counters at 0;
    the parser arena is freed at once, as compile() does before returning."""
    heap = compile_from_a_clean_state(source, version)
    return str(tuple(heap.gc.counts)), freelists(heap.memory.debugmallocstats())


def real_pyc(version: str, source: str) -> tuple[str, dict[str, int]]:
    """The probe run as a .pyc written by the same interpreter (python path.pyc: no compilation)."""
    interp = installed_interpreters()[version]
    path = Path("/tmp/heapglass_probe.py")
    path.write_text(source)
    pyc = path.with_suffix(".pyc")
    subprocess.run([interp.path, "-c", UNMARSHAL.format(py=path, pyc=pyc)], check=True, env=RUN_ENV)
    out = run_real(interp, pyc)
    free = freelists(out.stderr)
    for name in ("co_consts", "co_names"):    # unmarshalled from the free lists; the model makes none
        key = f"PyTupleObject{len(getattr(compile(source, str(path), 'exec'), name))}"
        free[key] = free.get(key, 0) + 1
    return out.stdout.splitlines()[0], free


UNMARSHAL = "import py_compile; py_compile.compile('{py}', cfile='{pyc}', doraise=True)"


def model_pyc(version: str, source: str) -> tuple[str, dict[str, int]]:
    """The model's run of the probe without the compile replay (CompileFootprint.run left out)."""
    from heapglass.interp.compile_footprint import CompileFootprint

    replay = CompileFootprint.run
    CompileFootprint.run = lambda self, tree, module, top: None
    try:
        return model(version, source)
    finally:
        CompileFootprint.run = replay


def main(argv: list[str]) -> int:
    if argv[:1] == ["--home"]:
        RUN_ENV["HOME"] = "/nonexistent"
        argv = argv[1:]
    measure = (real, model, probe)
    if argv[:1] == ["--compile"]:
        measure = (real_compile, model_compile, str)
        argv = argv[1:]
    if argv[:1] == ["--pyc"]:
        measure = (real_pyc, model_pyc, probe)
        argv = argv[1:]
    versions = list(PATCH_RELEASES)
    if argv[:1] == ["--python"]:
        versions, argv = argv[1].split(","), argv[2:]
    probes = [(Path(p).stem, Path(p).read_text()) for p in argv] or [("empty", "")]
    for version in versions:
        for name, body in probes:
            src = measure[2](body)
            (rc, rf), (mc, mf) = measure[0](version, src), measure[1](version, src)
            diff = {k: rf.get(k, 0) - mf.get(k, 0) for k in sorted(set(rf) | set(mf))
                    if rf.get(k, 0) != mf.get(k, 0)}
            print(version, name, "count real", rc, "model", mc, "free lists real - model:", diff)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
