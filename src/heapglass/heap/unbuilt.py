"""The real start-up heap's tracked objects that the model counts but does not build.

CPython's start-up leaves thousands of GC-tracked objects (modules, functions, classes, their dicts,
code constants ...) in the generation lists before the main script runs. The model builds the ones a
program can reach (builtins, sys, `__main__`, the simulated modules) and stands for the rest with a few
`UnbuiltGroup`s: counts that lie in a generation, move with it when a collection promotes it, and shrink
as CPython's collections untrack some of them (untrack_tuples in every collection, untrack_dicts in
full ones). They are reachable for ever, so they show only in list lengths: DEBUG_STATS' "objects in
each generation", long_lived_total/pending (the 25 % rule of the oldest generation) and
gc.get_freeze_count().

The groups, and what they untrack, are profile facts measured on the real interpreters
(profiles/gc.py: startup_young_objects, startup_old_objects, startup_untracked).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PERMANENT = -1      # `generation` of a group in the permanent generation (gc.freeze)
STARTUP_OLD = "start-up old"


@dataclass
class UnbuiltGroup:
    """`count` start-up objects lying together in generation `generation` (or PERMANENT).

    `first_pass`: tuples the first collection that examines them untracks (untrack_tuples: their items
    were untracked after start-up's last look at them). `later_pass`: tuples the next collection that
    examines them untracks (their item tuples came after them in the list on the first pass).
    `later_full`: tuples a later *full* collection untracks (they hold a dict untrack_dicts untracked
    after untrack_tuples had passed them). `dicts`: dicts the first full collection untracks
    (untrack_dicts).
    `immortal` (3.12): immortal objects, which a full collection's update_refs moves to the permanent
    generation."""

    name: str
    count: int
    generation: int
    first_pass: int = 0
    later_pass: int = 0
    later_full: int = 0
    dicts: int = 0
    immortal: bool = False
    examined: bool = False
    dies_at_shutdown: bool = False    # a first import's objects: garbage of shutdown's first collection

    def examine(self, full: bool) -> None:
        """A collection looked at this group (it was in `young`): untrack_tuples, and for a full
        collection untrack_dicts, take what they untrack now."""
        if not self.examined:
            self.count -= self.first_pass
            self.examined = True
        else:
            self.count -= self.later_pass
            self.later_pass = 0
            if full:
                self.count -= self.later_full
                self.later_full = 0
        if full:
            self.count -= self.dicts
            self.dicts = 0


def startup_groups(prof: Any, env: str, built: int) -> list[UnbuiltGroup]:
    """The groups for a fresh start-up in environment `env`, where the model built `built` tracked
    objects (all in start-up's survivors' generation).

    The young group is what start-up allocated after its last collection (generation 0); the old group
    the rest of start-up's survivors. The old group's size is chosen so that a first full collection
    leaves exactly startup_old_objects objects, as the real one does."""
    young_n = prof.startup_young_objects[env]
    young_untracked, old_untracked = prof.startup_untracked[env]
    young = UnbuiltGroup("start-up young", young_n, 0, *young_untracked)
    first_pass, dicts = 0, 3
    first_full = young_untracked[first_pass] + young_untracked[dicts] + old_untracked[first_pass] + \
        old_untracked[dicts]
    old_n = prof.startup_old_objects[env] - built - young_n + first_full
    old = UnbuiltGroup(STARTUP_OLD, max(0, old_n), prof.startup_survivors_generation, *old_untracked)
    immortal = UnbuiltGroup("start-up immortal", prof.startup_permanent_immortals, PERMANENT, immortal=True,
                            examined=True)
    return [g for g in (young, old, immortal) if g.count]


def take(groups: list[UnbuiltGroup], n: int, generations: range) -> int:
    """Remove up to `n` objects from the mortal groups lying in `generations` (youngest group
    first): start-up objects that died (freed by refcount, or garbage of a collection); how many
    were there."""
    taken = 0
    for grp in groups:
        if grp.immortal or grp.generation not in generations or taken == n:
            continue
        k = min(grp.count, n - taken)
        grp.count -= k
        taken += k
    return taken
