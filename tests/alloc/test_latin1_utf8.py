"""One-character latin-1 strings carry their UTF-8 form from 3.12 (static singletons), and
``sys.getsizeof`` counts it (heapglass.alloc.sizes.str_size, profile fact ``latin1_chars_carry_utf8``)."""

from __future__ import annotations

import pytest

from heapglass.alloc import sizes
from heapglass.profiles.alloc import section

# [RUN] sys.getsizeof of 'a', '\xe9', '\xff', '\x80', '\xe9' * 2, '\u20ac' on 3.11.7 / 3.12.1 / 3.13.0
MEASURED = {
    "3.11": {"a": 50, "\xe9": 74, "\xff": 74, "\x80": 74, "\xe9\xe9": 75, "\u20ac": 76},
    "3.12": {"a": 42, "\xe9": 61, "\xff": 61, "\x80": 61, "\xe9\xe9": 59, "\u20ac": 60},
    "3.13": {"a": 42, "\xe9": 61, "\xff": 61, "\x80": 61, "\xe9\xe9": 59, "\u20ac": 60},
}


@pytest.mark.parametrize("version", sorted(MEASURED))
def test_cached_latin1_chars_report_their_utf8_form_from_3_12(version):
    """3.12+: _PyUnicode_LATIN1_INIT gives U+0080-U+00FF singletons a built-in UTF-8 copy (2 bytes +
    NUL = 3 more bytes); ASCII strings share their data as UTF-8, longer and non-latin-1 strings have
    none until asked for it."""
    p = section(version)
    for text, size in MEASURED[version].items():
        assert sizes.str_size(p, text)[0] == size, (text, version)


def test_the_utf8_copy_is_never_requested_from_the_allocator():
    """The singletons are static objects: the allocation size of a 1-char latin-1 str is unchanged."""
    p = section("3.12")
    assert sizes.str_size(p, "\xe9") == (61, 58)
