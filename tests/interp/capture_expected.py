"""Capture the expected outputs of tests/interp/programs from the installed CPython interpreters.

Usage: ``python tests/interp/capture_expected.py`` (needs pyenv with 3.8.18 ... 3.13.0). Each program
runs as ``PYENV_VERSION=<patch> python <name>.py`` from the programs directory with PYTHONUNBUFFERED=1;
stdout, stderr (host addresses replaced by 0x?) and the exit status are written to
``expected/<version>/<name>.json``. The model is compared with these files by test_programs.py.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
DEMO = HERE.parent.parent / "examples" / "demo.py"
EXPECTED = HERE / "expected"
PATCH = {"3.8": "3.8.18", "3.9": "3.9.18", "3.10": "3.10.13", "3.11": "3.11.7", "3.12": "3.12.1",
         "3.13": "3.13.0"}
ADDRESS = re.compile(r"0x[0-9a-fA-F]+")


def normalise(text: str) -> str:
    """Host addresses differ from run to run (and from the model's): compare them as 0x?. The
    programs' directory (absolute in 3.9+ tracebacks) depends on where the repository is checked out:
    compare it as <programs>."""
    return ADDRESS.sub("0x?", text.replace(str(PROGRAMS), "<programs>"))


def run_real(version: str, program: Path) -> dict:
    """Programs named buffered_*.py run with stdout buffered (no PYTHONUNBUFFERED); the others with
    PYTHONUNBUFFERED=1."""
    env = dict(os.environ, PYENV_VERSION=PATCH[version], PYTHONUNBUFFERED="1")
    if program.name.startswith("buffered_"):
        del env["PYTHONUNBUFFERED"]
    proc = subprocess.run(["python", program.name], cwd=program.parent, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    return {"stdout": proc.stdout, "stderr": normalise(proc.stderr), "status": proc.returncode,
            "interpreter": PATCH[version]}


def main() -> int:
    for version in PATCH:
        out_dir = EXPECTED / version
        out_dir.mkdir(parents=True, exist_ok=True)
        for program in sorted(PROGRAMS.glob("*.py")):
            data = run_real(version, program)
            (out_dir / f"{program.stem}.json").write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        demo = run_real(version, DEMO)
        (out_dir / "examples-demo.json").write_text(json.dumps(demo, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
