"""Caches and singletons: identity and refcount policy per version against data/caches_measured.json.

measure_caches.py records, on each interpreter, whether freshly computed values are the same object
(small ints, latin-1 chars, single bytes, empty singletons) and sys.getrefcount of each kind.
"""

from __future__ import annotations

import pytest

from heapglass.alloc import caches
from heapglass.profiles.caches import section

from .measured import VERSIONS, table


@pytest.mark.parametrize("version", VERSIONS)
def test_identity_of_cached_values(version):
    """is_cached_* / is_empty_singleton agree with `x is y` on the interpreter for every probe."""
    p = section(version)
    real = table("caches")[version]["identity"]
    model = {
        "int_-5": caches.is_cached_int(p, -5), "int_-6": caches.is_cached_int(p, -6),
        "int_256": caches.is_cached_int(p, 256), "int_257": caches.is_cached_int(p, 257),
        "chr_255": caches.is_cached_str(p, chr(255)), "chr_256": caches.is_cached_str(p, chr(256)),
        "bytes_1": caches.is_cached_bytes(p, b"A"), "bytes_2": caches.is_cached_bytes(p, b"AB"),
        "empty_tuple": caches.is_empty_singleton(p, "tuple"), "empty_str": caches.is_cached_str(p, ""),
        "empty_bytes": caches.is_cached_bytes(p, b""),
        "empty_frozenset": caches.is_empty_singleton(p, "frozenset"),
    }
    assert model == real


@pytest.mark.parametrize("version", VERSIONS)
def test_refcount_policy_explains_getrefcount(version):
    """Immortal kinds read exactly the immortal count; 3.11 static kinds read base + a few hundred
    (+1 for getrefcount's argument); mortal kinds read an ordinary small count."""
    p = section(version)
    for kind, seen in table("caches")[version]["refcount"].items():
        if kind == "int_257":
            assert seen == 1  # a fresh big int: only getrefcount's argument holds it
            continue
        pol = caches.refcount_policy(p, kind)
        if pol.mortality == "immortal":
            assert seen == pol.reported, kind
        elif pol.mortality == "static":
            assert pol.initial < seen < pol.initial + 100_000, kind
        else:
            assert seen < 100_000, kind


def test_interned_strings_are_immortal_only_in_3_12():
    """[RUN] sys.intern result: 3 refs in 3.8/3.11/3.13, 4294967295 in 3.12; '__init__' (static) is
    immortal in both 3.12 and 3.13."""
    assert caches.refcount_policy(section("3.12"), "interned_str_runtime").mortality == "immortal"
    assert caches.refcount_policy(section("3.13"), "interned_str_runtime").mortality == "mortal"
    assert caches.refcount_policy(section("3.13"), "str_static").mortality == "immortal"
    assert caches.refcount_policy(section("3.11"), "none").mortality == "mortal"


def test_identifier_constants_are_interned():
    p = section("3.10")
    assert caches.should_intern_constant(p, "spam_1")
    assert not caches.should_intern_constant(p, "spam eggs")


def test_interning_routes():
    """sys.intern and stored attribute names are interned; a computed string is not; a constant only
    if made of name characters."""
    p = section("3.12")
    assert caches.is_interned_by(p, "sys.intern", "a b")
    assert caches.is_interned_by(p, "setattr", "x")
    assert not caches.is_interned_by(p, "runtime", "x")
    assert not caches.is_interned_by(p, "constant", "a b")
    with pytest.raises(caches.CacheError, match="unknown interning route"):
        caches.is_interned_by(p, "magic", "x")


def test_unknown_kind_is_a_clear_error():
    with pytest.raises(caches.CacheError, match="unknown object kind 'float'"):
        caches.refcount_policy(section("3.12"), "float")
