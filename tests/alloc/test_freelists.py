"""Free lists through the Memory facade: caps, LIFO reuse, the 3.11 tuple bug, clearing by full GC.

Caps and clearing are checked against data/freelists_measured.json (measure_freelists.py: counts read
from sys._debugmallocstats() after dropping many objects, and again after gc.collect()).
"""

from __future__ import annotations

import pytest

from heapglass.alloc.freelists import FreeListError
from heapglass.alloc.memory import Memory
from heapglass.alloc.sizes import tuple_size
from heapglass.profiles.alloc import section

from .measured import VERSIONS, table

# (family, key, bytes of one object, how many the probe created, name in the measured table)
FAMILIES = [("float", None, 24, 300, "float"), ("tuple", 1, 48, 3000, "tuple1"),
            ("list", None, 56, 300, "list"), ("dict", None, 64, 300, "dict")]


def drop_many(m: Memory, family: str, key: int | None, nbytes: int, n: int) -> int:
    """Allocate n objects, free them all; return how many the family kept."""
    objs = [m.object_alloc(nbytes, family, key)[0] for _ in range(n)]
    for addr in objs:
        m.object_free(addr, nbytes, family, key)
    return m.freelists.count(family, key)


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("family,key,nbytes,n,name", FAMILIES)
def test_freelist_caps_match_the_interpreter(version, family, key, nbytes, n, name):
    """[RUN] after dropping n objects at once: 100 floats, 2000 1-tuples, 80 lists, 80 dicts kept."""
    m = Memory(section(version))
    assert drop_many(m, family, key, nbytes, n) == table("freelists")[version]["after_drop"][name]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("family,key,nbytes,n,name", FAMILIES)
def test_full_collection_empties_the_freelists(version, family, key, nbytes, n, name):
    """[RUN] gc.collect() leaves 0 on each of these lists; their blocks go back to pymalloc."""
    m = Memory(section(version))
    drop_many(m, family, key, nbytes, n)
    kept = m.allocated_blocks()
    m.clear_freelists()
    assert m.freelists.count(family, key) == table("freelists")[version]["after_collect"][name] == 0
    assert m.allocated_blocks() == 0 < kept


def test_dict_keys_freelist_is_listed_in_3_13_stats():
    """[RUN 3.13] 80 PyDictKeysObjects kept after dropping 300 one-key str dicts."""
    m = Memory(section("3.13"))
    fam = m.dictkeys_freelist(3, unicode_keys=True)
    assert drop_many(m, fam, None, 32 + 8 + 5 * 16, 300) == table("freelists")["3.13"]["dictkeys_after_drop"]


def test_dict_keys_freelist_takes_only_unicode_minsize_keys_from_3_11():
    """free_keys_object: 3.11+ only DICT_KEYS_UNICODE tables of PyDict_MINSIZE; <=3.10 any min size."""
    assert Memory(section("3.11")).dictkeys_freelist(3, unicode_keys=False) is None
    assert Memory(section("3.10")).dictkeys_freelist(3, unicode_keys=False) == "dictkeys"
    assert Memory(section("3.13")).dictkeys_freelist(4, unicode_keys=True) is None


def test_freelist_reuse_is_lifo_and_not_a_new_allocation():
    """The last float freed is the next float made ([RUN] float id reuse in every version), and the
    pop is reported as reuse so the heap does not count a GC allocation."""
    m = Memory(section("3.10"))
    a, _ = m.object_alloc(24, "float")
    b, _ = m.object_alloc(24, "float")
    m.object_free(a, 24, "float")
    m.object_free(b, 24, "float")
    assert m.object_alloc(24, "float") == (b, True)
    assert m.object_alloc(24, "float") == (a, True)
    assert m.object_alloc(24, "float")[1] is False
    for v in VERSIONS:
        assert table("freelists")[v]["float_id_reused"] is True


@pytest.mark.parametrize("version", VERSIONS)
def test_tuple_freelist_by_length(version):
    """[RUN] a freed 19-tuple's memory is reused by the next 19-tuple everywhere; a 20-tuple's is not
    in 3.11.7/3.12.1 (pushed on the free list, never popped: gh-121439) but is in 3.8-3.10 (via pymalloc
    LIFO: not kept) and 3.13 (kept and popped); a 21-tuple's always via pymalloc."""
    m = Memory(section(version))
    real = table("freelists")[version]["tuple_id_reused"]
    for n in (19, 20, 21):
        nbytes = tuple_size(section(version), n)[1]
        a, _ = m.object_alloc(nbytes, "tuple", n)
        m.object_free(a, nbytes, "tuple", n)
        b, _ = m.object_alloc(nbytes, "tuple", n)
        assert (a == b) == real[str(n)], n


def test_3_11_twenty_tuples_pile_up_on_the_freelist():
    """The bug's memory cost: every freed 20-tuple stays on its list (up to 2000), none is reused."""
    m = Memory(section("3.11"))
    nbytes = tuple_size(section("3.11"), 20)[1]
    for _ in range(3):
        a, reused = m.object_alloc(nbytes, "tuple", 20)
        assert not reused
        assert m.object_free(a, nbytes, "tuple", 20)
    assert m.freelists.count("tuple", 20) == 3


def test_frame_method_and_cfunction_freelists_exist_only_where_the_profile_says():
    """Frames have a free list up to 3.10; PyMethod/PyCFunction only in 3.8."""
    assert Memory(section("3.8")).object_free(0x10, 64, "method") is True
    assert Memory(section("3.10")).freelists.push("frame", 0x10)
    with pytest.raises(FreeListError, match="no 'method' free list"):
        Memory(section("3.9")).object_alloc(64, "method")
    with pytest.raises(FreeListError, match="no 'frame' free list"):
        Memory(section("3.11")).object_alloc(400, "frame")


def test_slice_cache_survives_a_full_collection():
    """The one-slot slice cache is not a GC-cleared free list."""
    m = Memory(section("3.12"))
    a, _ = m.object_alloc(56, "slice")
    b, _ = m.object_alloc(56, "slice")
    assert m.object_free(a, 56, "slice") is True
    assert m.object_free(b, 56, "slice") is False  # cache already holds one
    m.clear_freelists()
    assert m.object_alloc(56, "slice") == (a, True)


def test_where_reports_a_block_kept_on_a_freelist():
    """where() explains that a freed float's memory was never given back to pymalloc."""
    m = Memory(section("3.9"))
    a, _ = m.object_alloc(24, "float")
    m.object_free(a, 24, "float")
    info = m.where(a)
    assert info.live and info.freelist == "float" and "never given back" in info.why


def test_freeing_memory_that_sits_on_a_freelist_is_an_error():
    m = Memory(section("3.9"))
    a, _ = m.object_alloc(24, "float")
    m.object_free(a, 24, "float")
    with pytest.raises(ValueError, match="sits on the float free list"):
        m.free(a)


def test_drain_order_follows_the_c_clear_order():
    """clear_freelists frees family by family in the profile's (C) order, each list head first."""
    m = Memory(section("3.8"))
    m.freelists.push("float", 1)
    m.freelists.push("float", 2)
    m.freelists.push("method", 3)
    m.freelists.push("tuple", 4, 2)
    assert m.freelists.drain() == [3, 4, 2, 1]


def test_a_dead_frame_becomes_its_codes_zombie_first():
    """frame_dealloc (<=3.10): the first dead frame of a code object is kept as co_zombieframe and
    handed to that code's next call; a second one goes on the frame free list."""
    m = Memory(section("3.9"))
    f1, reused = m.frame_alloc(code=1, nbytes=400)
    assert not reused
    f2, _ = m.frame_alloc(code=1, nbytes=400)  # recursion: a second frame of the same code
    assert m.frame_free(1, f2, 400) and m.frame_free(1, f1, 400)
    assert m.freelists.count("frame") == 1
    assert m.frame_alloc(code=1, nbytes=400) == (f2, True)  # the zombie
    assert m.frame_alloc(code=2, nbytes=400) == (f1, True)  # from the free list


def test_a_too_small_free_list_frame_is_resized():
    """_PyFrame_New_NoTrack grows a free-list frame with PyObject_GC_Resize when it is too small."""
    m = Memory(section("3.8"))
    a, _ = m.frame_alloc(code=1, nbytes=400)
    b, _ = m.frame_alloc(code=1, nbytes=400)
    m.frame_free(1, a, 400)  # zombie of code 1
    m.frame_free(1, b, 400)  # free list
    c, reused = m.frame_alloc(code=2, nbytes=480)
    assert reused and c != b and m.where(c).block_size == 480


def test_code_dealloc_frees_the_zombie_but_a_full_collection_does_not():
    """Zombie frames live as long as their code object; the collector only clears the free list."""
    m = Memory(section("3.10"))
    a, _ = m.frame_alloc(code=7, nbytes=360)
    m.frame_free(7, a, 360)
    m.clear_freelists()
    assert m.allocated_blocks() == 1
    m.code_dealloc(7)
    assert m.allocated_blocks() == 0


def test_frames_have_no_memory_of_their_own_from_3_11():
    with pytest.raises(ValueError, match="frames are not heap objects"):
        Memory(section("3.11")).frame_alloc(code=1, nbytes=400)
