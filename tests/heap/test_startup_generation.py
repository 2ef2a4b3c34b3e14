"""Start-up's objects lie in the generation start-up's collections promoted them to.

Expected values: [RUN 3.8.18-3.13.0] `import gc, sys` as the whole script, then the generation of
globals(), sys.__dict__ and __builtins__.__dict__ in gc.get_objects(i): 1, on 3.11 2
(profile fact gc.startup_survivors_generation; tests/conformance/cases/generations/
startup_objects_generation.py checks the same through `heapglass run`)."""

from __future__ import annotations

import pytest

from heapglass.profiles import VERSIONS, get_profile

from .heapscene import Scene


@pytest.mark.parametrize("version", VERSIONS)
def test_settle_startup_moves_what_start_up_built_and_the_unbuilt_count(version):
    """settle_startup moves the built objects out of generation 0; the counted-but-unbuilt ones lie in
    generation 0 (start-up's young objects) and in the survivors' generation, and follow the
    collections of those generations."""
    s = Scene(version)
    built = s.new_list()
    st = s.heap.gc
    st.settle_startup()
    prof = get_profile(version).gc
    survivors = prof.startup_survivors_generation
    assert s.gen_of(built) == survivors
    assert st.survivors_generation() == survivors
    assert st.unbuilt_in(0) == prof.startup_young_objects[st.startup_environment] > 0
    assert st.unbuilt_in(survivors) > 0
    young = s.new_list()
    assert s.gen_of(young) == 0
    st.collect(0)
    assert st.unbuilt_in(0) == 0 and s.gen_of(young) == 1
    assert st.survivors_generation() == survivors
    st.collect(survivors)
    assert st.survivors_generation() == min(survivors + 1, 2)
    st.collect(2)
    assert st.survivors_generation() == 2
    assert st.unbuilt_in(0) == st.unbuilt_in(1) == 0
    assert st.long_lived_total >= st.unbuilt_in(2)    # the 25 % rule counts them after a full collection
