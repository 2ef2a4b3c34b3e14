"""Dict views, slices and the str iterator types, each checked against what the real interpreters
printed for the same snippet (``env -u HOME PYENV_VERSION=3.8.18|3.10.13|3.12.1|3.13.0 python
snippet.py``, outputs pasted below): dictview_repr with its Py_ReprEnter '...', dictview_richcompare
over all_contained_in, dictviews_isdisjoint, the dict_reverse*iterator types, dictview_mapping's
mappingproxy (3.10+), slice_richcompare and slice_hash (3.12+), unicode_iter's two types (3.11+).
"""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source

VERSIONS = ("3.8", "3.10", "3.12", "3.13")


def run(source: str, version: str) -> str:
    r = run_source(source, "snippet.py", version)
    assert r.status == 0, r.stderr
    return r.stdout


@pytest.mark.parametrize("version", VERSIONS)
def test_views_print_their_items_and_a_view_inside_itself_as_dots(version: str) -> None:
    """dictview_repr: the type's name around repr(list(view)); Py_ReprEnter on the view gives '...'
    where a dict holds its own values view."""
    src = "d = {1: 2}\nprint(d.keys(), d.items(), {}.values())\nd[3] = d.values()\nprint(d)\n"
    assert run(src, version) == ("dict_keys([1]) dict_items([(1, 2)]) dict_values([])\n"
                                 "{1: 2, 3: dict_values([2, ...])}\n")


COMPARE = """d = {1: 2, 3: 4}
k, i = d.keys(), d.items()
print(k == {1, 3}, {1, 3} == k, k < {1, 3, 5}, k >= frozenset({1}), k == {3: 0, 1: 0}.keys(), i == {(1, 2), (3, 4)})
print(k == [1, 3], k.__eq__([1, 3]), d.values() == d.values(), i > {(1, 2)}, i < i)
try:
    k < [1]
except TypeError as e:
    print(e)
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_set_like_views_compare_as_sets_and_values_by_identity(version: str) -> None:
    """dictview_richcompare: sets, frozensets and set-like views compared by length and
    all_contained_in, NotImplemented for anything else (so == is identity, < a TypeError);
    dict_values has no tp_richcompare at all."""
    assert run(COMPARE, version) == ("True True True True True True\nFalse NotImplemented False True False\n"
                                     "'<' not supported between instances of 'dict_keys' and 'list'\n")


@pytest.mark.parametrize("version", VERSIONS)
def test_isdisjoint_reversed_and_hash(version: str) -> None:
    """dictviews_isdisjoint (a view with itself: disjoint only when empty); dict_reversed and the
    views' __reversed__ make dict_reverse*iterator objects; the set-like views are unhashable,
    dict_values keeps object's hash."""
    src = ("d = {1: 2, 3: 4}\nprint(d.keys().isdisjoint([5]), d.items().isdisjoint({(3, 4)}), "
           "d.keys().isdisjoint(d.keys()))\n"
           "print(type(reversed(d)).__name__, list(reversed(d.items())), list(reversed(d.values())))\n"
           "print(type(d.keys()).__hash__, type(hash(d.values())).__name__)\n")
    assert run(src, version) == ("True False False\ndict_reversekeyiterator [(3, 4), (1, 2)] [4, 2]\n"
                                 "None int\n")


@pytest.mark.parametrize(("version", "expected"), [
    ("3.8", "False\n"), ("3.10", "True mappingproxy {1: 2} mappingproxy({1: 2}) 2 True True\n"),
    ("3.13", "True mappingproxy {1: 2} mappingproxy({1: 2}) 2 True True\n")])
def test_view_mapping_is_a_mappingproxy_from_3_10(version: str, expected: str) -> None:
    """Profile fact dictview_mapping: dictview_mapping makes a new mappingproxy (PyDictProxy_New) of
    the view's dict per read; mappingproxy_str is the dict's str, its repr names the type."""
    src = ("d = {1: 2}\nk = d.keys()\nprint(hasattr(k, 'mapping'), end=' ' if hasattr(k, 'mapping') else '\\n')\n"
           "if hasattr(k, 'mapping'):\n    m = k.mapping\n"
           "    print(type(m).__name__, m, repr(m), m[1], m == d, d == m)\n")
    assert run(src, version) == expected


@pytest.mark.parametrize(("version", "expected"), [
    ("3.8", "True True False\nunhashable type: 'slice'\n"), ("3.10", "True True False\nunhashable type: 'slice'\n"),
    ("3.12", "True True False\n-2340833382717974474 5\n"), ("3.13", "True True False\n-2340833382717974474 5\n")])
def test_slices_compare_as_tuples_and_hash_from_3_12(version: str, expected: str) -> None:
    """slice_richcompare ((start, stop, step) as 3-tuples); profile fact slice_hashable: slice_hash
    is tuplehash's rounds without the length, so slice(1, 2, 3) is not hash((1, 2, 3))."""
    src = ("s = slice(1, 2, 3)\nprint(s == slice(1, 2, 3), s < slice(1, 3), s.__eq__(1) is True)\n"
           "try:\n    print(hash(s), {slice(1, 2, 3): 5}[s])\nexcept TypeError as e:\n    print(e)\n")
    assert run(src, version) == expected


@pytest.mark.parametrize(("version", "expected"), [("3.8", "str_iterator str_iterator\n"),
                                                    ("3.10", "str_iterator str_iterator\n"),
                                                    ("3.12", "str_ascii_iterator str_iterator\n")])
def test_str_iterator_type_by_version(version: str, expected: str) -> None:
    """Profile fact str_iterator_split: 3.11's unicode_iter gives ASCII strings a type of their own."""
    assert run("print(type(iter('ab')).__name__, type(iter('\\u00e9')).__name__)\n", version) == expected


@pytest.mark.parametrize("version", VERSIONS)
def test_item_iterator_hands_out_its_result_tuple_again(version: str) -> None:
    """dictiter_new makes di_result (PyTuple_Pack(2, None, None)), which the iterator visits; while
    nothing else holds it, dictiter_iternextitem refills and returns it (so a for loop unpacking
    the items sees one tuple), otherwise a new 2-tuple; the exhausted iterator keeps it."""
    src = ("import gc\nd = {1: 'a', 2: 'b'}\nit = iter(d.items())\n"
           "print([type(x).__name__ for x in gc.get_referents(it)])\n"
           "a = next(it)\nb = next(it)\nprint(a, b, a is b, next(it, None), len(gc.get_referents(it)))\n"
           "it = reversed(d.items())\nids = set()\nfor k, v in it:\n    ids.add(id(gc.get_referents(it)[-1]))\n"
           "print(len(ids))\n")
    assert run(src, version) == "['dict', 'tuple']\n(1, 'a') (2, 'b') False None 1\n1\n"
