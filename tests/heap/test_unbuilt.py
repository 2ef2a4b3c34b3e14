"""The unbuilt start-up groups (heap/unbuilt.py): what a collection untracks of them, and their sizes.

The measured figures themselves are checked end to end by the conformance cases
generations/startup_debug_stats_*.py (DEBUG_STATS list lengths against the real interpreters)."""

from __future__ import annotations

import pytest

from heapglass.heap.unbuilt import PERMANENT, STARTUP_OLD, UnbuiltGroup, startup_groups, take
from heapglass.profiles import VERSIONS, get_profile


def test_first_examination_untracks_tuples_the_next_one_more_and_a_full_one_dicts():
    g = UnbuiltGroup("g", 100, 0, first_pass=10, later_pass=2, later_full=3, dicts=5)
    g.examine(full=False)
    assert g.count == 90 and g.examined
    g.examine(full=False)           # the tuples whose items the first pass untracked after them
    assert g.count == 88
    g.examine(full=False)
    assert g.count == 88
    g.examine(full=True)            # untrack_dicts, and the tuples that waited for a later full pass
    assert g.count == 80
    g.examine(full=True)
    assert g.count == 80


def test_a_first_full_examination_untracks_tuples_and_dicts_but_not_the_later_ones():
    g = UnbuiltGroup("g", 100, 1, first_pass=10, later_pass=2, later_full=3, dicts=5)
    g.examine(full=True)
    assert g.count == 85
    g.examine(full=True)
    assert g.count == 80


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("env", ["home_unset", "home_set"])
def test_a_first_full_collection_leaves_startup_old_objects(version, env):
    """The old group is sized so that what start-up leaves after a first full collection is the
    measured startup_old_objects (the model's own `built` objects included)."""
    prof = get_profile(version).gc
    built = 1000
    groups = startup_groups(prof, env, built)
    mortal = [g for g in groups if not g.immortal]
    for g in mortal:
        g.examine(full=True)
    assert sum(g.count for g in mortal) + built == prof.startup_old_objects[env]
    assert {g.generation for g in mortal} <= {0, prof.startup_survivors_generation}
    assert [g.name for g in mortal][-1] == STARTUP_OLD
    immortal = [g for g in groups if g.immortal]
    assert sum(g.count for g in immortal) == prof.startup_permanent_immortals
    assert all(g.generation == PERMANENT for g in immortal)



def test_take_removes_from_the_youngest_mortal_groups_of_the_generations_given():
    young = UnbuiltGroup("young", 5, 0)
    old = UnbuiltGroup("old", 100, 2)
    immortal = UnbuiltGroup("immortal", 50, 2, immortal=True)
    groups = [young, old, immortal]
    assert take(groups, 8, range(3)) == 8
    assert (young.count, old.count, immortal.count) == (0, 97, 50)
    assert take(groups, 10, range(1)) == 0          # nothing mortal left in generation 0
    assert take(groups, 500, range(3)) == 97
    assert old.count == 0 and immortal.count == 50
