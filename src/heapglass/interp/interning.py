"""Which strings CPython interns, and which object interning hands back.

* `all_name_chars` (Objects/codeobject.c): a code constant made only of ASCII letters, digits and
  '_' is interned when its code object is made (intern_string_constants) — "123" and "9lives" too,
  not only identifiers.
* `interned_char_apart`: the interned copy of a one-character string is normally the latin-1
  singleton (get_latin1_char), except for the characters of profile fact
  caches.interned_chars_apart (3.11, 3.12), whose interned copy is another static string object, so
  `"b" is chr(98)` is False there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..heap.objects import HObject
    from .runtime import Runtime

NAME_CHARS = re.compile(r"[A-Za-z0-9_]*")


def all_name_chars(s: str) -> bool:
    """codeobject.c all_name_chars: ASCII, and every character alphanumeric or '_'."""
    return NAME_CHARS.fullmatch(s) is not None


def interned_char_apart(rt: Runtime, s: str) -> HObject | None:
    """The separate static string interning gives for one-character `s`, or None when it is the
    latin-1 singleton (fact caches.interned_chars_apart)."""
    if s not in rt.profile.caches.interned_chars_apart:
        return None
    from ..heap.kinds import HLeaf
    op = HLeaf()
    op.value = s
    return rt.static_object(op, rt.t_str, rt.profile.objects.static_refcnt_base or 1)
