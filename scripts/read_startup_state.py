#!/usr/bin/env python
"""Read the real interpreters' start-up state and the first `import gc`'s GC-object traffic with gdb
(facts gc.startup_counts, alloc.startup_freelists, modules first_import_trace / import_traces.py).

The pyenv builds carry debug information, so gdb can stop a real `python prog.py` at the entry of
pyrun_file (the main script's compilation is about to begin) and read the collector's counters and
every free list's numfree; and trace, from the program's first import to gc.get_count(), every GC
allocation and free and every object of a free-list family made and released.

    .venv/bin/python scripts/read_startup_state.py [--home] [--python 3.12,3.13] [--trace-import
        [--skip-imports N] [--frames]] [PROGRAM.py]
        (default: every version, tests/conformance/cases/startup/no_nested_code.py, whose first
        statement is `import gc` and whose second calls gc.get_count())

Printed per version: the counters and free lists at pyrun_file in the profile facts' format, the
same at the import and at gc_get_count_impl; with --trace-import the trace as import_traces.py keeps
it, checked: replayed from the free lists at the import through the version's free-list rules, it
must give the counter and the free lists gdb reads at gc_get_count_impl. On 3.12+ the trace also
marks importlib's eval-breaker checks ('!', where a scheduled collection runs): gdb keeps the
breaker set so that every check calls _Py_HandlePending. The trace also marks Lib/types.py's class
_C ('C' at its type_new, 'D' at the del of its name); --frames (3.8-3.10) keeps frames as a family
('+f' / '-f'). import_traces.py's weakref traces: `import gc; gc.disable(); import weakref;
print(gc.get_count())` with --skip-imports 1 (--frames on 3.8-3.10). The environment is the
conformance oracle's (heapglass.conform.oracle.RUN_ENV), with HOME=/root for --home.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from heapglass.conform.oracle import RUN_ENV, installed_interpreters
from heapglass.profiles import get_profile
from heapglass.profiles.base import VERSIONS

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent / "tests/conformance/cases/startup/no_nested_code.py"
FAMILIES = {"t": "tuple", "l": "list", "d": "dict", "m": "method", "c": "cfunction", "f": "frame"}


def gdb_run(script: str, interpreter: str, program: Path, home: bool, **env: str) -> str:
    e = dict(RUN_ENV, PATH=os.environ.get("PATH", "/usr/bin:/bin"), HG_GDB_DIR=str(HERE / "gdb"), **env)
    if home:
        e["HOME"] = "/root"
    proc = subprocess.run(["gdb", "-batch", "-x", str(HERE / "gdb" / script), "--args", interpreter, str(program)],
                          env=e, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False)
    return proc.stdout


def normalise(version: str, raw: dict) -> dict:
    """Raw numfree values in the profile's format (tuple: length -> count; 3.8's method lists)."""
    shift = 0 if VERSIONS.index(version) < VERSIONS.index("3.11") else 1
    out = {k: raw[k] for k in ("dict", "float", "frame", "list") if raw[k] is not None}
    if version == "3.8":
        out.update(method=raw["method"], cfunction=raw["cfunction"])
    out["tuple"] = {i + shift: n for i, n in sorted(raw["tuple"].items()) if n > 0 and i + shift > 0}
    return out


def states(version: str, interpreter: str, program: Path, home: bool) -> dict[str, dict]:
    text = gdb_run("startup_state.py", interpreter, program, home,
                   HG_AT="PyImport_ImportModuleLevelObject,gc_get_count_impl")
    found: dict[str, dict] = {}
    for line in text.splitlines():
        if line.startswith("STATE "):
            _, where, d = line.split(" ", 2)
            found.setdefault(where, ast.literal_eval(d))
    return found


def replay(version: str, tokens: list[str], freelists: dict) -> tuple[int, dict]:
    """The count delta and the free lists the trace gives from `freelists`, by the profile's rules."""
    alloc = get_profile(version).alloc
    fl = {k: (dict(v) if isinstance(v, dict) else v) for k, v in freelists.items()}
    count = 0
    for tok in tokens:
        sign, kind = tok[0], tok[1:]
        if not kind:
            count += 1 if sign == "+" else -1
            continue
        family = FAMILIES[kind[0]]
        n = int(kind[1:]) if family == "tuple" else 0
        have = fl["tuple"].get(n, 0) if family == "tuple" else fl.get(family, 0)
        if sign == "+":
            if have and (family != "tuple" or n <= alloc.tuple_freelist_pop_max):
                if family == "tuple":
                    fl["tuple"][n] = have - 1
                else:
                    fl[family] = have - 1
            else:
                count += 1
        elif have < alloc.freelists[family] and (family != "tuple" or 1 <= n <= alloc.tuple_freelist_push_max):
            if family == "tuple":
                fl["tuple"][n] = have + 1
            else:
                fl[family] = have + 1
        else:
            count -= 1
    fl["tuple"] = {k: v for k, v in sorted(fl["tuple"].items()) if v}
    return count, fl


def trace(version: str, interpreter: str, program: Path, home: bool, skip: int, frames: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "trace.txt"
        gdb_run("trace_import.py", interpreter, program, home, HG_VER=version, HG_OUT=str(out), HG_SKIP=str(skip),
                HG_MARK_TYPES="1", **({"HG_FRAMES": "1"} if frames else {}))
        lines = out.read_text().splitlines() if out.exists() else []
    if len(lines) < 2 or not lines[0].startswith("BEGIN@") or not lines[-1].startswith("END@"):
        print("  trace: gdb did not reach the import and gc_get_count_impl")
        return
    first, last = lines[0].split(" ", 1), lines[-1].split(" ", 1)
    before, after = (normalise(version, ast.literal_eval(x[1])) for x in (first, last))
    real = int(last[0].split("@")[1]) - int(first[0].split("@")[1])
    tokens = [line.split("@")[0] for line in lines[1:-1]]
    dropped = ("z", "+t0", "-t0") if frames else ("z", "+f", "-f", "+t0", "-t0")
    tokens = [t for t in tokens if t not in dropped and not t.startswith("?")]
    count, fl = replay(version, [t for t in tokens if t not in ("!", "C", "D")], before)
    checked = {k: after[k] == fl.get(k) for k in after
               if k in ("dict", "list", "tuple", "method", "cfunction") + (("frame",) if frames else ())}
    print(f"  trace: {len(tokens)} tokens; replayed count {count} (gdb {real}); free lists "
          f"{'agree' if all(checked.values()) else 'DIFFER: ' + str([k for k, ok in checked.items() if not ok])}")
    print(f"  {' '.join(tokens)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("program", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--python", default=",".join(VERSIONS))
    ap.add_argument("--home", action="store_true", help="HOME=/root in the environment")
    ap.add_argument("--trace-import", action="store_true")
    ap.add_argument("--frames", action="store_true",
                    help="with --trace-import: frames as a free-list family ('+f' / '-f', 3.8-3.10)")
    ap.add_argument("--skip-imports", type=int, default=0, metavar="N",
                    help="trace the import after the program's first N ones")
    args = ap.parse_args()
    if shutil.which("gdb") is None:
        print("read_startup_state: needs gdb (apt-get install gdb)", file=sys.stderr)
        return 2
    interpreters = installed_interpreters()
    for version in args.python.split(","):
        interp = interpreters.get(version)
        if interp is None:
            print(f"{version}: not installed")
            continue
        found = states(version, interp.path, args.program.resolve(), args.home)
        start = found["pyrun_file"]
        print(f"{interp.label}: startup_counts {tuple(start['gc'])}")
        print(f"  startup_freelists {normalise(version, start)}")
        for where in ("PyImport_ImportModuleLevelObject", "gc_get_count_impl"):
            if where in found:
                print(f"  at {where}: {tuple(found[where]['gc'])} {normalise(version, found[where])}")
        if args.trace_import:
            trace(version, interp.path, args.program.resolve(), args.home, args.skip_imports, args.frames)
    return 0


if __name__ == "__main__":
    sys.exit(main())
