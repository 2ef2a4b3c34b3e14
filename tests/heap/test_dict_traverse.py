"""dict_traverse: a unicode-keys dict visits its values only; once a key that is not an exact str has
been inserted the keys table is general for good (until clear) and keys are visited too.

Expected values, [RUN] on 3.8.18 ... 3.13.0, with x = []:
    d = {1: x}; del d[1]; d['a'] = x     gc.get_referents(d) == [x, 'a']   (every version)
    f = {1: x}; f.clear(); f['a'] = x    gc.get_referents(f) == [x]        (every version)
    e = {'a': x}; e.get(1)               gc.get_referents(e) == [x, 'a'] on 3.8-3.9, [x] from 3.10
"""

from __future__ import annotations

import pytest

from heapglass.profiles import VERSIONS, get_profile

from .heapscene import Scene


def put(s: Scene, d, key, value) -> None:
    """d[key] = value, reporting the key as insertdict does."""
    s.heap.incref(key)
    s.heap.incref(value)
    d.note_key(key)
    d.entries[id(key)] = (key, value)


@pytest.mark.parametrize("version", VERSIONS)
def test_str_keys_only_visit_values(version):
    """{'a': x}: values only."""
    s = Scene(version)
    d, x, a = s.new_dict(), s.new_list(), s.attr_name("a")
    put(s, d, a, x)
    assert list(d.traverse()) == [x]


@pytest.mark.parametrize("version", VERSIONS)
def test_a_deleted_int_key_leaves_the_table_general(version):
    """d = {1: x}; del d[1]; d['a'] = x: the value, then the key."""
    s = Scene(version)
    d, x, a, one = s.new_dict(), s.new_list(), s.attr_name("a"), s.new_int(1)
    put(s, d, one, x)
    del d.entries[id(one)]
    put(s, d, a, x)
    assert list(d.traverse()) == [x, a]


@pytest.mark.parametrize("version", VERSIONS)
def test_clear_makes_the_table_unicode_again(version):
    """f = {1: x}; f.clear(); f['a'] = x: values only (PyDict_Clear installs the empty keys)."""
    s = Scene(version)
    d, x, a, one = s.new_dict(), s.new_list(), s.attr_name("a"), s.new_int(1)
    put(s, d, one, x)
    d.tp_clear(s.heap)
    put(s, d, a, x)
    assert list(d.traverse()) == [x]


@pytest.mark.parametrize("version", VERSIONS)
def test_a_non_str_key_seen_by_traverse_is_remembered(version):
    """Without note_key, the first traverse that meets a non-str key makes the table general."""
    s = Scene(version)
    d, x, a, one = s.new_dict(), s.new_list(), s.attr_name("a"), s.new_int(1)
    d.entries[1] = (one, x)
    list(d.traverse())
    del d.entries[1]
    put(s, d, a, x)
    assert list(d.traverse()) == [x, a]


def test_lookup_generalises_only_before_3_10():
    """The profile fact the interpreter reads to report non-str lookups with note_key."""
    assert [v for v in VERSIONS if get_profile(v).objects.dict_lookup_generalises_keys] == ["3.8", "3.9"]
