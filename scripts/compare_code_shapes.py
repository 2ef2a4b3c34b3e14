#!/usr/bin/env python
"""Compare the code-object shapes the compile footprint replays with the real interpreters' code objects.

`heapglass.interp.compile_shapes.unit_shape` derives, per version, each code object's co_consts,
co_names, co_varnames, co_cellvars and co_freevars from the host's code (profile facts say how the
version differs). This script compiles each program with every real interpreter (as goldens are run:
the binary of `installed_interpreters`), dumps the same fields, and prints every field where the
model's shape differs; a difference there is a compile-footprint error that no start-up calibration
can fix.

    .venv/bin/python scripts/compare_code_shapes.py PROGRAM.py ...
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from heapglass.conform.oracle import installed_interpreters
from heapglass.interp.compile_shapes import Unit, host_code, unit_shape
from heapglass.profiles import PATCH_RELEASES, get_profile

# run by each real interpreter: the same fields, nested code objects in place
DUMP = """
import json, sys, types
def walk(c):
    return {"name": c.co_name,
            "consts": [walk(x) if isinstance(x, types.CodeType) else repr(x) for x in c.co_consts],
            "names": list(c.co_names), "varnames": list(c.co_varnames),
            "cellvars": list(c.co_cellvars), "freevars": list(c.co_freevars)}
print(json.dumps({f: walk(compile(open(f).read(), f, "exec")) for f in sys.argv[1:]}))
"""


def model_shape(unit: Unit) -> dict[str, Any]:
    return {"name": unit.name,
            "consts": [model_shape(c) if isinstance(c, Unit) else repr(c) for c in unit.co_consts()],
            "names": unit.names, "varnames": unit.varnames, "cellvars": unit.cellvars,
            "freevars": unit.freevars}


def differences(model: Any, real: Any, path: str) -> list[str]:
    """Field paths where the two shapes differ (nested code objects compared field by field)."""
    if isinstance(model, dict) and isinstance(real, dict):
        return [d for key in model for d in differences(model[key], real.get(key), f"{path}.{key}")]
    if isinstance(model, list) and isinstance(real, list) and len(model) == len(real) \
            and any(isinstance(x, dict) for x in model):
        return [d for i, (m, r) in enumerate(zip(model, real)) for d in differences(m, r, f"{path}[{i}]")]
    return [] if model == real else [f"{path}: model {model} real {real}"]


def main(argv: list[str]) -> int:
    files = [str(Path(p)) for p in argv]
    interpreters = installed_interpreters()
    found = 0
    for version in PATCH_RELEASES:
        out = subprocess.run([interpreters[version].path, "-c", DUMP, *files],
                             capture_output=True, text=True, check=True).stdout
        real = json.loads(out)
        profile = get_profile(version)
        for f in files:
            tree = ast.parse(Path(f).read_text(encoding="utf-8"), f)
            model = model_shape(unit_shape(host_code(tree, f, profile), profile))
            for d in differences(model, real[f], ""):
                found += 1
                print(version, Path(f).name, d)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
