"""The module facts table (`heapglass.interp.modules.facts`) is complete and documented."""

from __future__ import annotations

import pytest

from heapglass.interp.modules.facts import FACTS, module_facts
from heapglass.profiles import get_profile
from heapglass.profiles.base import VERSIONS


@pytest.mark.parametrize("version", VERSIONS)
def test_every_fact_has_a_value_for_every_version(version: str) -> None:
    """Code reads module_facts(profile).<name> for any supported version: no fact may lack one."""
    section = module_facts(get_profile(version))
    for name in FACTS:
        assert getattr(section, name) == FACTS[name].at(version)


@pytest.mark.parametrize("name", sorted(FACTS))
def test_every_fact_says_what_it_controls_and_where_it_comes_from(name: str) -> None:
    """Each value cites its evidence: a CPython source location or a [RUN] experiment."""
    fact = FACTS[name]
    assert fact.doc.strip()
    assert "[RUN" in fact.source or ".c" in fact.source or ".py" in fact.source
