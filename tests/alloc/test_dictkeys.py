"""A combined dict's keys table is a block of its own (heapglass.alloc.dictkeys): kept through deletions,
replaced only by a resize, freed by clear(); sizes and block counts as the real interpreters report."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from heapglass.alloc import dictkeys, sizes
from heapglass.alloc.memory import Memory
from heapglass.interp.api import run_source
from heapglass.profiles.alloc import section

VERSIONS = ("3.8", "3.9", "3.10", "3.11", "3.12", "3.13")
# [RUN] d = {i: i for i in range(50)}; sys.getsizeof(d): 2272 (3.8-3.10), 2264 (3.11-3.13)
FIFTY_INT_KEYS = {"3.8": 2272, "3.9": 2272, "3.10": 2272, "3.11": 2264, "3.12": 2264, "3.13": 2264}


def new_dict() -> SimpleNamespace:
    return SimpleNamespace(entries={}, keys_addr=0, keys_nbytes=0)


def insert(m: Memory, d: SimpleNamespace, key: object) -> None:
    dictkeys.insert_new_key(m, d, isinstance(key, str))
    d.entries[key] = key


def getsizeof(p, d: SimpleNamespace) -> int:
    """dict.__sizeof__ + GC head: the object, plus the table when the dict owns one."""
    return sizes.dict_size(p, sizes.DictShape())[0] + d.keys_nbytes


@pytest.mark.parametrize("version", VERSIONS)
def test_dict_keeps_its_keys_table_through_deletions_until_clear(version):
    """[RUN] 50 int keys: getsizeof 2272/2264; the same after deleting all 50 and inserting 'x' (the
    dummies leave usable slots); 64 after clear(), like {} (the shared empty keys are not counted)."""
    p = section(version)
    m = Memory(p)
    d = new_dict()
    for i in range(50):
        insert(m, d, i)
    assert getsizeof(p, d) == FIFTY_INT_KEYS[version]
    table = d.keys_addr
    d.entries.clear()                     # del d[i] for every key: entries become dummies
    assert getsizeof(p, d) == FIFTY_INT_KEYS[version]
    insert(m, d, "x")
    assert d.keys_addr == table and getsizeof(p, d) == FIFTY_INT_KEYS[version]
    dictkeys.free_table(m, *dictkeys.clear(m, d))
    assert d.keys_addr == 0 and getsizeof(p, d) == 64


@pytest.mark.parametrize("version", VERSIONS)
def test_a_grown_table_is_one_block_and_clear_frees_it(version):
    """[RUN] b0 = sys.getallocatedblocks(); e = {i: i for i in range(50)}: +2 (the int b0 and the
    table: each resize frees the table it replaces); e.clear(): +0 (the int b1, minus the table). As at
    start-up ([RUN] 3.13 sys._debugmallocstats: 5 free PyDictKeysObjects), the keys free list is not
    empty: the first 8-slot table comes from it and goes back to it (<=3.10)."""
    m = Memory(section(version))
    seed = new_dict()
    insert(m, seed, "a")
    dictkeys.free_table(m, *dictkeys.clear(m, seed))
    d = new_dict()
    before = m.allocated_blocks()
    for i in range(50):
        insert(m, d, i)
    assert m.allocated_blocks() - before == 1
    dictkeys.free_table(m, *dictkeys.clear(m, d))
    assert m.allocated_blocks() == before


@pytest.mark.parametrize("version", VERSIONS)
def test_minimum_size_tables_go_through_the_keys_free_list(version):
    """dictobject.c: free_keys_object keeps a PyDict_MINSIZE table (3.11+: unicode kind only) on the keys
    free list and new_keys_object takes it back: the next small dict reuses the same memory."""
    m = Memory(section(version))
    d = new_dict()
    insert(m, d, "a")
    table = d.keys_addr
    dictkeys.free_table(m, *dictkeys.clear(m, d))
    assert m.freelists.count("dictkeys") == 1
    e = new_dict()
    insert(m, e, "b")
    assert e.keys_addr == table and m.freelists.count("dictkeys") == 0


@pytest.mark.parametrize("version", ["3.10", "3.11"])
def test_a_non_str_key_in_an_empty_dict_gets_a_general_table(version):
    """3.11+ a table of str keys uses 16-byte entries; an int key makes it a general (24-byte) one
    ([RUN] getsizeof({1: 1}) 232 -> 224 (smaller header), getsizeof({'a': 1}) 232 -> 184)."""
    p = section(version)
    m = Memory(p)
    d = new_dict()
    insert(m, d, 1)
    assert getsizeof(p, d) == {"3.10": 232, "3.11": 224}[version]
    s = new_dict()
    insert(m, s, "a")
    assert getsizeof(p, s) == {"3.10": 232, "3.11": 184}[version]


@pytest.mark.parametrize("version", VERSIONS)
def test_main_module_dict_starts_with_a_32_slot_table(version):
    """[RUN] at the top of a program sys.getsizeof(globals()) is 640 (3.8-3.10) / 464 (3.11+): a
    32-slot table; the program's globals then go in without a resize (still 640/464 with 3 more)."""
    src = ("import sys\nprint(sys.getsizeof(globals()))\na = b = c = 1\n"
           "print(sys.getsizeof(globals()))\n")
    expected = 640 if version in ("3.8", "3.9", "3.10") else 464
    assert run_source(src, "prog.py", version).stdout == f"{expected}\n{expected}\n"


@pytest.mark.parametrize("version", VERSIONS)
def test_a_resize_after_deletions_sizes_the_table_for_the_live_entries(version):
    """[RUN] {i: i for i in range(10)}, del 8 of them, add one key: 232 (3.8, 3.9: resized to 8 slots
    for 2 live entries), 360 (3.10: calculate_log2_keysize's bit trick gives 16 for GROWTH_RATE 6),
    352 (3.11+, 16 slots with a smaller header)."""
    p = section(version)
    m = Memory(p)
    d = new_dict()
    for i in range(10):
        insert(m, d, i)
    for i in range(8):
        del d.entries[i]
    insert(m, d, 100)
    expected = {"3.8": 232, "3.9": 232, "3.10": 360}.get(version, 352)
    assert getsizeof(p, d) == expected


def test_calculate_log2_keysize_bit_trick_rounds_small_sizes_to_16():
    """dictobject.c 3.10+: bit_length(((minsize | 8) - 1) | 7) (an exact power of two >= 16 also goes one
    up; GROWTH_RATE, a multiple of 3, never is one); the 3.8-3.9 loop gives the smallest power of two
    >= max(minsize, 8)."""
    ns = (0, 3, 6, 8, 9, 15, 16, 17)
    assert [sizes.calculate_log2_keysize(n) for n in ns] == [3, 3, 3, 3, 4, 4, 4, 5]
    assert [sizes.calculate_log2_keysize(n, True) for n in ns] == [3, 4, 4, 3, 4, 4, 5, 5]
