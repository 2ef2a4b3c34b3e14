"""The benchmark programs: ordinary Python run both on the model (`heapglass run`) and natively.

Each program is a plain ``.py`` file that runs as it is on CPython 3.8-3.13. Its size is one
module-level assignment marked ``# heapglass-bench: size``; `sized_source` rewrites that one number so
the model and the native interpreter run the same text.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).parent
_SIZE_LINE = re.compile(r"^(?P<name>[A-Z_]+) = (?P<value>\d+)(?P<tail>  # heapglass-bench: size)$", re.MULTILINE)


class ProgramError(ValueError):
    """A benchmark program that is missing or has no size line."""


def program_path(name: str) -> Path:
    """The file of benchmark program `name` (e.g. "binary_trees")."""
    path = HERE / f"{name}.py"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in HERE.glob("*.py") if p.stem != "__init__"))
        raise ProgramError(f"no benchmark program {name!r} (known: {known})")
    return path


def sized_source(name: str, size: int | None) -> str:
    """The text of program `name` with its size line set to `size` (None keeps the file's value)."""
    text = program_path(name).read_text()
    if size is None:
        return text
    new, count = _SIZE_LINE.subn(lambda m: f"{m['name']} = {int(size)}{m['tail']}", text)
    if count != 1:
        raise ProgramError(f"benchmark program {name!r} needs exactly one '# heapglass-bench: size' line, "
                           f"found {count}")
    return new
