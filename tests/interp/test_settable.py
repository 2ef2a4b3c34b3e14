"""interp/settable.py: a set's table placed as setobject.c places it. Expected outputs were printed by
the real interpreters ([RUN 3.8.18-3.13.0]); the conformance cases containers/set_* cover the rest."""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source

REUSE = "s = {1, 9}\ns.discard(1)\ns.add(17)\nprint(s)\nu = {1, 9, 17}\nu.discard(1)\nu.discard(17)\nu.add(25)\nprint(u)\n"


@pytest.mark.parametrize("version, expected", [("3.8", "{17, 9}\n{9, 25}\n"), ("3.9", "{9, 17}\n{25, 9}\n"),
                                               ("3.10", "{17, 9}\n{9, 25}\n"), ("3.13", "{17, 9}\n{9, 25}\n")])
def test_a_new_key_takes_the_last_dummy_its_probe_passed_except_on_3_9(version: str, expected: str) -> None:
    """Fact interp.set_add_reuses_dummy."""
    assert run_source(REUSE, "r.py", version).stdout == expected


def test_pop_walks_from_the_finger_and_leaves_dummies() -> None:
    src = "import sys\ns = set(range(20))\nprint(s.pop(), s.pop(), sys.getsizeof(s))\ns.add(0)\nprint(list(s)[:3])\n"
    assert run_source(src, "p.py", "3.12").stdout == "0 1 2264\n[0, 2, 3]\n"


def test_changing_the_size_while_iterating_is_a_runtime_error() -> None:
    src = "s = {1, 2, 3}\ntry:\n    for x in s:\n        s.add(x + 10)\nexcept RuntimeError as e:\n    print(e)\n"
    assert run_source(src, "i.py", "3.12").stdout == "Set changed size during iteration\n"


def test_string_set_order_follows_pythonhashseed() -> None:
    src = ("s = {'apple', 'banana', 'cherry', 'date', 'elder', 'fig'}\n"
           "for w in ('kiwi', 'lemon', 'mango'):\n    s.add(w)\ns.discard('apple')\nprint(list(s))\n")
    assert run_source(src, "s.py", "3.12", hash_seed=0).stdout == \
        "['banana', 'fig', 'cherry', 'elder', 'mango', 'kiwi', 'date', 'lemon']\n"
    assert run_source(src, "s.py", "3.12", hash_seed=12345).stdout == \
        "['date', 'elder', 'cherry', 'fig', 'kiwi', 'lemon', 'mango', 'banana']\n"


def test_a_set_is_looked_up_as_a_frozenset() -> None:
    src = "s = {frozenset([1, 2]), 3}\nprint({1, 2} in s)\ns.discard({2, 1})\nprint(s)\n"
    assert run_source(src, "f.py", "3.12").stdout == "True\n{3}\n"


def test_inplace_operators_take_only_sets() -> None:
    """set_ior & co return NotImplemented for a non-set: a list is a TypeError, a dict view's binary
    operator makes a new set ([RUN 3.8.18, 3.12.1])."""
    src = ("s = {1}\ntry:\n    s |= [2]\nexcept TypeError as e:\n    print(e)\nt = s\n"
           "s |= {5: 1}.keys()\nprint(s, t is s, t)\n")
    assert run_source(src, "o.py", "3.12").stdout == \
        "unsupported operand type(s) for |=: 'set' and 'list'\n{1, 5} False {1}\n"
