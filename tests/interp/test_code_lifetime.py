"""Nested code objects of the main script die when their parent code and their last function or
generator are gone, and their tuples with them (interp/code_lifetime.py).

End to end: tests/conformance/cases/shutdown/debug_stats_left_on_at_exit.py, whose first shutdown
collection lists the class body's and the comprehension's code tuples as gone ([RUN 3.8.18-3.13.0]:
'class A: pass' then DEBUG_STATS left on gives 2 objects fewer than while the module ran)."""

from __future__ import annotations

from heapglass.interp.code_lifetime import CodeTuples


def test_a_code_nothing_holds_dies_with_its_parent_and_frees_its_nested_codes():
    outer = CodeTuples(["consts", "names"], holders=0)
    inner = CodeTuples(["inner consts"], holders=0)
    outer.children = [inner]
    assert list(outer.parent_gone()) == ["names", "consts", "inner consts"]
    assert outer.released and inner.released
    assert list(outer.parent_gone()) == []


def test_a_code_a_function_holds_waits_for_it():
    code = CodeTuples(["consts"], holders=2)
    assert list(code.parent_gone()) == []
    assert list(code.drop_holder()) == []
    assert list(code.drop_holder()) == ["consts"]
    assert list(code.drop_holder()) == []


def test_a_held_nested_code_survives_its_parent_being_freed():
    outer = CodeTuples(["outer"], holders=0)
    inner = CodeTuples(["inner"], holders=1)
    outer.children = [inner]
    assert list(outer.parent_gone()) == ["outer"]
    assert not inner.released and not inner.parent_alive
    assert list(inner.drop_holder()) == ["inner"]
