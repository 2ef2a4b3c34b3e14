#!/usr/bin/env python
"""Derive profile fact interp.module_docs: the `__doc__` of each builtin module the model builds (gc,
sys, math, atexit, _weakref), measured on every real interpreter as goldens are run (oracle.run_real),
written to src/heapglass/profiles/module_docs_data.py. (builtins.__doc__ is fact builtins_doc.)

    .venv/bin/python scripts/measure_module_docs.py
"""

from __future__ import annotations

import json
import pprint
from pathlib import Path

from heapglass.conform.oracle import installed_interpreters, run_real

MODULES = ("gc", "sys", "math", "atexit", "_weakref")
PROBE = f"import json\nprint(json.dumps({{name: __import__(name).__doc__ for name in {MODULES!r}}}))\n"
DATA = Path(__file__).resolve().parent.parent / "src/heapglass/profiles/module_docs_data.py"
PROBE_PATH = Path("/tmp/heapglass_module_docs_probe.py")


def main() -> None:
    PROBE_PATH.write_text(PROBE)
    table = {version: json.loads(run_real(interp, PROBE_PATH).stdout)
             for version, interp in sorted(installed_interpreters().items())}
    texts: list[str] = []       # each distinct text once; versions share most of them
    for docs in table.values():
        for text in docs.values():
            if text not in texts:
                texts.append(text)
    index = {v: {m: texts.index(t) for m, t in docs.items()} for v, docs in table.items()}
    DATA.write_text(
        '"""Measured by scripts/measure_module_docs.py (do not edit by hand): per version, `__doc__` of the\n'
        'builtin modules the model builds ([RUN] print(repr(gc.__doc__)) ...; profile fact interp.module_docs).\n'
        'Each distinct text is stored once (TEXTS); DOC_INDEX says which one a version\'s module has."""\n\n'
        f"TEXTS = {pprint.pformat(dict(enumerate(texts)), width=110)}\n\n"
        f"DOC_INDEX = {pprint.pformat(index, width=110, sort_dicts=True)}\n\n"
        "MODULE_DOCS = {v: {m: TEXTS[i] for m, i in docs.items()} for v, docs in DOC_INDEX.items()}\n")
    print("wrote", DATA)


if __name__ == "__main__":
    main()
