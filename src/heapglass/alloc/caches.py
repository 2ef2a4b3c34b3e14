"""Queries on CPython's caches and singletons: is a value allocated at all, and how is it counted.

Answers from ``profiles.caches`` for the heap and interpreter: ``is_cached_int``, ``is_cached_str``,
``is_cached_bytes``, ``is_empty_singleton``, ``should_intern_constant``, ``is_interned_by`` and
``refcount_policy``.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

from heapglass.profiles.caches import CACHED, CONSTANTS

_NAME_CHARS = frozenset(string.ascii_letters + string.digits + "_")
KINDS = CONSTANTS + CACHED + ("empty_frozenset", "static_type", "str_static", "interned_str_runtime",
                              "interned_str_identifier")


class CacheError(ValueError):
    """A kind the cache profile does not know."""


@dataclass(frozen=True)
class RefcountPolicy:
    """How a kind of object is reference counted.

    mortality: 'mortal' (ordinary count, freed at 0), 'static' (3.11: counted from a huge base, never
    freed) or 'immortal' (3.12+: incref/decref are no-ops). ``initial`` is the count the object starts
    with before any reference the program makes (None: ordinary, starts from its real references);
    ``reported`` is what sys.getrefcount shows for immortals regardless of references."""

    mortality: str
    initial: int | None
    reported: int | None


def is_cached_int(profile: Any, value: int) -> bool:
    """True for the preallocated small ints (-5..256): an int op producing one allocates nothing."""
    lo, hi = profile.small_int_range
    return lo <= value <= hi


def is_cached_str(profile: Any, text: str) -> bool:
    """'' and (with the latin-1 cache) one-character strings below U+0100 are singletons."""
    return text == "" or (profile.latin1_char_cache and len(text) == 1 and ord(text) < 256)


def is_cached_bytes(profile: Any, data: bytes) -> bool:
    """b'' and (with the single-byte cache) every one-byte bytes object are singletons."""
    return len(data) == 0 or (profile.single_byte_cache and len(data) == 1)


def is_empty_singleton(profile: Any, kind: str) -> bool:
    """Whether the empty value of 'tuple', 'str', 'bytes' or 'frozenset' is a singleton."""
    return kind in profile.empty_singletons


def should_intern_constant(profile: Any, text: str) -> bool:
    """Whether a str constant in compiled code is interned (only name characters)."""
    return profile.interns_identifier_constants and all(c in _NAME_CHARS for c in text)


def is_interned_by(profile: Any, how: str, text: str) -> bool:
    """Whether a string that reaches the interpreter this way ends up interned: 'constant' (a str
    constant of compiled code), 'sys.intern', 'setattr' (an attribute name being stored), 'runtime'
    (any other computed string: never)."""
    if how == "constant":
        return should_intern_constant(profile, text)
    if how == "sys.intern":
        return True
    if how == "setattr":
        return bool(profile.interns_attribute_names)
    if how == "runtime":
        return False
    raise CacheError(f"unknown interning route {how!r}; known: constant, sys.intern, setattr, runtime")


def refcount_policy(profile: Any, kind: str) -> RefcountPolicy:
    """Reference-count policy for a singleton/cached/interned kind in this version (see KINDS)."""
    if kind not in KINDS:
        raise CacheError(f"unknown object kind {kind!r}; known: {', '.join(KINDS)}")
    interned = kind in ("interned_str_runtime", "interned_str_identifier")
    immortal = profile.interned_immortal if interned else kind in profile.immortal_kinds
    if immortal and profile.immortal_refcount is not None:
        return RefcountPolicy("immortal", profile.immortal_refcount, profile.immortal_refcount)
    if kind in profile.static_kinds:
        return RefcountPolicy("static", profile.static_refcount_base, None)
    return RefcountPolicy("mortal", None, None)
