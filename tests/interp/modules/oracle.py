"""The real interpreters as the oracle for the module tests: run a program under ``python3.X`` (pyenv)
the way the conformance corpus does, and store/load the normalised outputs in ``expected/``.

Run ``python tests/interp/modules/oracle.py`` to (re)capture every program's expected output from the
installed interpreters (pyenv 3.8.18 ... 3.13.0); the tests compare the model with those files and,
where the interpreters are installed, check that the files are still what the interpreters print.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
PROGRAMS = HERE / "programs"
EXPECTED = HERE / "expected"
INTERPRETERS = {"3.8": "3.8.18", "3.9": "3.9.18", "3.10": "3.10.13", "3.11": "3.11.7", "3.12": "3.12.1",
                "3.13": "3.13.0"}


def normalised(text: str) -> str:
    """Host-dependent text (program directory, addresses, timings) replaced as for the corpus."""
    from heapglass.conform.normalise import normalise
    return normalise(text, str(PROGRAMS.resolve())).text


def pyenv_available() -> bool:
    return shutil.which("pyenv") is not None or Path("/root/.pyenv/bin/pyenv").exists()


def run_real(program: Path, version: str) -> dict[str, object]:
    """The normalised stdout, stderr and exit status of `program` on the real CPython `version`."""
    env = dict(os.environ, PYENV_VERSION=INTERPRETERS[version], PYTHONUNBUFFERED="1", LC_ALL="C.UTF-8")
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(["python", program.name], cwd=program.parent, env=env, capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL, check=False)
    return {"stdout": normalised(proc.stdout), "stderr": normalised(proc.stderr), "status": proc.returncode}


def expected_path(program: Path) -> Path:
    return EXPECTED / (program.stem + ".json")


def load_expected(program: Path) -> dict[str, dict[str, object]]:
    return json.loads(expected_path(program).read_text(encoding="utf-8"))


def capture(programs: list[Path]) -> None:
    EXPECTED.mkdir(exist_ok=True)
    for program in programs:
        data = {v: run_real(program, v) for v in INTERPRETERS}
        expected_path(program).write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"captured {program.name}")


if __name__ == "__main__":
    names = sys.argv[1:]
    capture([PROGRAMS / n for n in names] if names else sorted(PROGRAMS.glob("*.py")))
