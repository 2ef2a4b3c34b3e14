"""site's builtins (interp/sitebuiltins.py): exit and quit raise SystemExit(code) as
_sitebuiltins.Quitter does; the printers are unsupported, help's repr is its text.

Expected values: [RUN 3.8.18-3.13.0] the programs below on the real interpreters."""

from __future__ import annotations

import pytest
from modelrun import ALL, run

from heapglass.interp.api import run_source


@pytest.mark.parametrize("version", ALL)
def test_quitter_repr_and_attributes(version):
    out = run("print(exit, quit)\nprint(type(exit), exit.name, exit.eof)\n", version)
    assert out == ("Use exit() or Ctrl-D (i.e. EOF) to exit Use quit() or Ctrl-D (i.e. EOF) to exit\n"
                   "<class '_sitebuiltins.Quitter'> exit Ctrl-D (i.e. EOF)\n")


@pytest.mark.parametrize("src, status, stderr", [
    ("exit()\n", 0, ""),
    ("exit(3)\n", 3, ""),
    ("quit(None)\n", 0, ""),
    ("exit(code=5)\n", 5, ""),
    ("quit('bye now')\n", 1, "bye now\n"),
    ("exit(True)\n", 1, ""),
])
@pytest.mark.parametrize("version", ALL)
def test_exit_status_and_message(version, src, status, stderr):
    """handle_system_exit: None → 0, an int → that status, anything else printed, status 1."""
    r = run_source("print('a')\n" + src + "print('b')\n", "prog.py", version)
    assert (r.stdout, r.stderr, r.status) == ("a\n", stderr, status)


@pytest.mark.parametrize("version", ALL)
def test_exit_unwinds_finally_blocks(version):
    r = run_source("try:\n    exit(4)\nfinally:\n    print('finally')\n", "prog.py", version)
    assert (r.stdout, r.status) == ("finally\n", 4)


@pytest.mark.parametrize("version", ALL)
def test_quitter_argument_errors_are_a_python_functions(version):
    """Named by qualname from 3.10 (fact arity_errors_name_qualname)."""
    out = run("try:\n    exit(1, 2)\nexcept TypeError as e:\n    print(e)\n", version)
    name = "Quitter.__call__" if version not in ("3.8", "3.9") else "__call__"
    assert out == f"{name}() takes from 1 to 2 positional arguments but 3 were given\n"


def test_help_repr_and_printer_use():
    assert run("print(repr(help))\n", "3.12") == \
        "Type help() for interactive help, or help(object) for help about object.\n"
    r = run_source("print(license)\n", "prog.py", "3.12")
    assert r.status == 2 and r.stderr.startswith("heapglass: unsupported: _sitebuiltins._Printer")
