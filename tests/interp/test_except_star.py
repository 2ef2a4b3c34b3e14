"""except* (PEP 654): a SyntaxError where the grammar lacks it, unsupported where it exists.

Expected text: [RUN 3.8.18, 3.9.18, 3.10.13] the program below, run as a file: the caret under the
star, 'SyntaxError: invalid syntax', status 1."""

from __future__ import annotations

import pytest

from heapglass.interp.api import UNSUPPORTED_STATUS, run_source

PROGRAM = "x = 1\ntry:\n    pass\nexcept* ValueError:\n    pass\n"
EXPECTED = '  File "prog.py", line 4\n    except* ValueError:\n          ^\nSyntaxError: invalid syntax\n'


@pytest.mark.parametrize("version", ["3.8", "3.9", "3.10"])
def test_except_star_is_a_syntax_error_before_3_11(version: str) -> None:
    r = run_source(PROGRAM, "prog.py", version)
    assert (r.stdout, r.stderr, r.status) == ("", EXPECTED, 1)


@pytest.mark.parametrize("version", ["3.11", "3.12", "3.13"])
def test_except_star_is_unsupported_from_3_11(version: str) -> None:
    r = run_source(PROGRAM, "prog.py", version)
    assert r.status == UNSUPPORTED_STATUS
    assert r.stderr == "heapglass: unsupported: except* (exception groups) at prog.py:2\n"
