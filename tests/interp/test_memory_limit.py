"""--max-memory: a memory bomb ends in the simulated MemoryError CPython would raise, never in the host.

Expected tracebacks: `PYENV_VERSION=3.12.1 python big.py` for `x = [None] * 10**12` prints the same
three-part traceback ending in a bare ``MemoryError`` (the allocation of the item array fails).
"""

from __future__ import annotations

import argparse

from heapglass.interp.api import run_source
from heapglass.interp.cli_run import DEFAULT_MAX_MEMORY, add_parser

REPEAT_BOMB = ("Traceback (most recent call last):\n  File \"/tmp/big.py\", line 1, in <module>\n"
               "    x = [None] * 10**12\n        ~~~~~~~^~~~~~~~\nMemoryError\n")


def test_huge_repetition_raises_memoryerror_without_a_limit() -> None:
    """[None] * 10**12 asks for an 8 TB item array: MemoryError inside the program, status 1, as on
    CPython 3.12.1 — the model never builds the host list that would mirror it."""
    result = run_source("x = [None] * 10**12\n", "/tmp/big.py", "3.12")
    assert (result.stderr, result.status) == (REPEAT_BOMB, 1)


def test_item_arrays_count_against_max_memory() -> None:
    """An 800 MB item array passes a 100 MB limit: the limit counts list item arrays, not only objects."""
    result = run_source("x = [None] * 10**8\n", "/tmp/b.py", "3.12", max_memory=100_000_000)
    assert result.status == 1 and result.stderr.endswith("MemoryError\n")


def test_growing_loop_stops_with_memoryerror_at_the_limit() -> None:
    """A loop that keeps lists alive ends in MemoryError once the program holds more than the limit;
    a caught MemoryError lets the program go on (as CPython's)."""
    src = ("x = []\ntry:\n    while True:\n        x.append([1] * 1000)\nexcept MemoryError:\n"
           "    n = len(x)\n    x = None\n    print(n > 100)\n")
    result = run_source(src, "/tmp/g.py", "3.11", max_memory=5_000_000)
    assert (result.stdout, result.status) == ("True\n", 0)


def test_the_command_has_a_default_limit() -> None:
    """`heapglass run prog.py` without --max-memory still stops a bomb (4 GiB of simulated memory);
    `--max-memory 0` lifts the limit."""
    parser = argparse.ArgumentParser(prog="heapglass")
    add_parser(parser.add_subparsers(dest="command"))
    assert parser.parse_args(["run", "prog.py"]).max_memory == DEFAULT_MAX_MEMORY == 4 * 2 ** 30
    assert parser.parse_args(["run", "--max-memory", "0", "prog.py"]).max_memory == 0
