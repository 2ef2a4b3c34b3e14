#!/usr/bin/env python
"""Derive profile fact interp.startup_references: the references the real start-up heap holds to the
objects a program can reach (builtins, sys, gc, math, atexit, _weakref and weakref).

CPython's start-up leaves thousands of objects the model does not build (site, encodings, io, the
import machinery ...); they refer to builtin functions and types (`len=len` defaults, isinstance
tuples, class bases), to the sys and builtins modules, and — from 3.10, one per function — to the
builtins dict. Modules of single-phase initialisation keep a copy of their dict (m_copy), one more
reference to each attribute. A program sees all of them in sys.getrefcount.

The probe (PROBE below) prints sys.getrefcount of every object reachable as an attribute of
builtins and sys (and of the sys and builtins modules and the builtins dict), each named by the
first path that reaches it, skipping ints, strs, floats, tuples, None and immortal objects, and of
the objects shared all over the interpreter: the small ints ('int.-5' ... 'int.256'), the latin-1
one-character strings ('char.0' ... 'char.255') and the other interned copy some versions keep of
a few of them ('interned.98'), None, True, False, '', b'' and ()
('const.None', ...). Then,
for gc, math, atexit, _weakref and weakref, the same after importing that module (and of the module and its attributes too), since
an import changes counts (m_copy; the real import may load more than the model's). It runs on every
real interpreter exactly as goldens are made (oracle.run_real) and on the model (with the references
the profile already has); the new value is the old one plus real - model, written to
src/heapglass/profiles/startup_refs_data.py for both start-up environments (without HOME, as the
conformance environment, and with it): first start-up's, then (in a second process, on those) each
import's.

    .venv/bin/python scripts/measure_startup_refs.py [--python 3.8,3.12|all]
"""

from __future__ import annotations

import argparse
import pprint
import subprocess
import sys
from pathlib import Path

from heapglass.conform.cli import parse_versions
from heapglass.conform.model import run_model
from heapglass.conform.oracle import RUN_ENV, installed_interpreters, run_real
from heapglass.profiles import VERSIONS, get_profile
from heapglass.profiles.gc import STARTUP_ENVIRONMENTS

PROBE = '''import sys
{imports}refcount = sys.getrefcount
bmod = __builtins__
out = ["module.sys=%d" % refcount(sys), "module.builtins=%d" % refcount(bmod),
       "dict.builtins=%d" % refcount(bmod.__dict__)]
# the shared objects; no small int, one-character or empty constant and no one-letter name here, so
# that the probe's own code holds none of them (int("-5"), str(), bytes(), tuple() make no constant)
for num in range(int("-5"), 257):
    out.append("int.%d=%d" % (num, refcount(num)))
for num in range(256):
    char = chr(num)
    out.append("char.%d=%d" % (num, refcount(char)))
    other = sys.intern(char)
    if other is not char:
        out.append("interned.%d=%d" % (num, refcount(other)))
    del char, other
for name, value in (("None", None), ("True", True), ("False", False), ("str", str()),
                    ("bytes", bytes()), ("tuple", tuple())):     # Ellipsis, NotImplemented: builtins.*
    out.append("const.%s=%d" % (name, refcount(value)))
    del value
{module_count}seen = {{id(sys), id(bmod), id(bmod.__dict__)}}
for mod in (bmod, sys{modules}):
    mdict = mod.__dict__
    for key in sorted(mdict):
        value = mdict[key]
        if id(value) in seen or value is None or value is mdict or type(value) in (int, str, float, tuple, bool):
            continue
        seen.add(id(value))
        count = refcount(value)
        if count < 1073741824:      # not immortal
            out.append("%s.%s=%d" % (mod.__name__, key, count))
print(" ".join(out))
'''
MODULES = ("gc", "math", "atexit", "_weakref", "weakref")   # the modules the model makes at their first import
DATA = Path(__file__).resolve().parent.parent / "src/heapglass/profiles/startup_refs_data.py"
PROBE_PATH = Path("/tmp/heapglass_startup_refs_probe.py")


def probe(module: str | None) -> str:
    if module is None:
        return PROBE.format(imports="", modules="", module_count="")
    return PROBE.format(imports=f"import {module}\n", modules=f", {module}",
                        module_count=f'out.append("module.{module}=%d" % refcount({module}))\n')


def parse(line: str) -> dict[str, int]:
    return {k: int(v) for k, v in (item.split("=") for item in line.split())}


def measure(version: str, env: str, module: str | None, current: dict[str, int]) -> dict[str, int]:
    """current + real - model for the probe of `module` (None: start-up alone)."""
    if env == "home_set":
        RUN_ENV["HOME"] = "/nonexistent"
    else:
        RUN_ENV.pop("HOME", None)
    source = probe(module)
    PROBE_PATH.write_text(source)
    real = parse(run_real(installed_interpreters()[version], PROBE_PATH).stdout)
    model_out = run_model(PROBE_PATH, version, home=env == "home_set")   # as conformance runs it
    if model_out.status != 0:
        raise SystemExit(f"model failed on {version}: {model_out.stderr}")
    model = parse(model_out.stdout)
    new = {}
    for key in sorted(model):
        if key in real:
            n = current.get(key, 0) + real[key] - model[key]
            if n:
                new[key] = n
    return new


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", default="all")
    ap.add_argument("--phase", choices=("startup", "imports"), default="startup",
                    help=argparse.SUPPRESS)   # the second phase runs on the first one's data
    args = ap.parse_args()
    table = {v: get_profile(v).interp.startup_references for v in VERSIONS}
    phases = (None,) if args.phase == "startup" else MODULES
    for version in parse_versions(args.python):
        current = get_profile(version).interp.startup_references
        for env in STARTUP_ENVIRONMENTS:
            entry = table.setdefault(version, {}).setdefault(env, {})
            for module in phases:
                key = module or "startup"
                entry[key] = measure(version, env, module, current[env].get(key, {}))
                print(version, env, key, len(entry[key]), "objects")
    unset = {v: envs["home_unset"] for v, envs in table.items()}
    home_changes = {v: {when: {k: n for k, n in refs.items() if unset[v].get(when, {}).get(k) != n}
                        for when, refs in envs["home_set"].items()} for v, envs in table.items()}
    home_changes = {v: {w: c for w, c in ch.items() if c} for v, ch in home_changes.items()}
    DATA.write_text(
        '"""Measured by scripts/measure_startup_refs.py (do not edit by hand): per version, the references\n'
        'the real start-up heap holds to each object a program reaches through builtins and sys\n'
        '("startup"), and those the first import of gc, math, atexit, _weakref or weakref adds beyond the model\'s, in the\n'
        'conformance environment (no HOME); HOME_SET_CHANGES: the values that differ with HOME set\n'
        '(profile fact interp.startup_references)."""\n\n'
        f"STARTUP_REFERENCES = {pprint.pformat(unset, width=110, sort_dicts=True)}\n\n"
        f"HOME_SET_CHANGES = {pprint.pformat(home_changes, width=110, sort_dicts=True)}\n")
    print("wrote", DATA)
    if args.phase == "startup":
        subprocess.run([sys.executable, __file__, "--python", args.python, "--phase", "imports"], check=True)


if __name__ == "__main__":
    main()
