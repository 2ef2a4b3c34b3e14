"""The benchmark programs: sized as asked, and runnable as they are on the real interpreters.

Expected outputs were taken by running the sized programs with ``PYENV_VERSION=3.8.18 python``,
``3.11.7`` and ``3.13.0`` (the output of these three does not depend on the version).
"""

from __future__ import annotations

import subprocess

import pytest

from heapglass.bench.programs import ProgramError, program_path, sized_source
from heapglass.bench.runner import native_interpreter


def test_sized_source_rewrites_only_the_size_line():
    """The size line gets the new number; every other line is the file's own."""
    original = program_path("binary_trees").read_text().splitlines()
    sized = sized_source("binary_trees", 6).splitlines()
    changed = [(a, b) for a, b in zip(original, sized) if a != b]
    assert changed == [("DEPTH = 12  # heapglass-bench: size", "DEPTH = 6  # heapglass-bench: size")]
    assert len(original) == len(sized)


def test_sized_source_none_keeps_the_file():
    """No size means the program exactly as stored (the latency program is run that way)."""
    assert sized_source("hello20", None) == program_path("hello20").read_text()


def test_latency_program_is_twenty_lines():
    """Issue 7 times `heapglass run` on a 20-line program."""
    assert len(program_path("hello20").read_text().splitlines()) == 20


def test_unknown_program_is_a_clear_error():
    """A misspelt program name names the known ones instead of a host traceback."""
    with pytest.raises(ProgramError, match="no benchmark program 'nope'.*binary_trees"):
        program_path("nope")


def test_program_without_size_line_cannot_be_sized():
    """hello20 has no size line: asking for a size is an error, not a silent no-op."""
    with pytest.raises(ProgramError, match="exactly one"):
        sized_source("hello20", 3)


@pytest.mark.parametrize("name,size,expected", [
    ("binary_trees", 6, ("stretch tree of depth 7 check: 255\n64 trees of depth 4 check: 1984\n"
                         "16 trees of depth 6 check: 2032\nlong lived tree of depth 6 check: 127\n")),
    ("refcount_churn", 300, "(134325, 75, 30)\n"),
])
def test_program_output_on_the_real_interpreter(tmp_path, name, size, expected):
    """The sized program runs natively and prints what CPython 3.11.7 printed when it was recorded."""
    path = tmp_path / f"{name}.py"
    path.write_text(sized_source(name, size))
    proc = subprocess.run([native_interpreter("3.11.7"), str(path)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == expected
