"""Access to the tables measured on the real interpreters (tests/alloc/data/*.json) and to the probes.

Each table ``data/<name>_measured.json`` is the output of ``measure_<name>.py`` run with the exact patch
release of every version in PATCH_RELEASES (``<pyenv root>/versions/<patch>/bin/python -S -W ignore``,
PYTHONUNBUFFERED=1). Regenerate them all with ``.venv/bin/python -m tests.alloc.measured`` from the
repository root (needs the pyenv interpreters).
"""

from __future__ import annotations

import json
import os
import subprocess
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE / "data"
PATCH_RELEASES = {"3.8": "3.8.18", "3.9": "3.9.18", "3.10": "3.10.13", "3.11": "3.11.7",
                  "3.12": "3.12.1", "3.13": "3.13.0"}
VERSIONS = tuple(PATCH_RELEASES)
PROBES = ("sizes", "freelists", "pymalloc", "caches")


def interpreter(version: str) -> Path:
    root = Path(os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv")))
    return root / "versions" / PATCH_RELEASES[version] / "bin" / "python"


@cache
def table(name: str) -> dict:
    """The by_version mapping of data/<name>_measured.json."""
    with open(DATA / f"{name}_measured.json") as fh:
        return json.load(fh)["by_version"]


def interpreter_available(version: str) -> bool:
    """True if that exact patch release is installed under pyenv."""
    return interpreter(version).exists()


def run_probe(name: str, version: str) -> dict:
    """Run tests/alloc/measure_<name>.py under the real interpreter and parse its JSON."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONUNBUFFERED"] = "1"
    out = subprocess.run([str(interpreter(version)), "-S", "-W", "ignore", str(HERE / f"measure_{name}.py")],
                         env=env, capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout)


def regenerate() -> None:
    """Re-measure every table on the installed interpreters and rewrite data/*.json."""
    for name in PROBES:
        data = {"how": f"tests/alloc/measure_{name}.py run by tests/alloc/measured.py:run_probe",
                "interpreters": PATCH_RELEASES,
                "by_version": {v: run_probe(name, v) for v in VERSIONS}}
        with open(DATA / f"{name}_measured.json", "w") as fh:
            json.dump(data, fh, indent=1, sort_keys=True)
            fh.write("\n")


if __name__ == "__main__":
    regenerate()
