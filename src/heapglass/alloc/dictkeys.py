"""The keys table of a combined dict as its own block (dictobject.c: new_keys_object, free_keys_object,
insertdict -> insertion_resize -> dictresize, PyDict_Clear).

A combined dict's ``PyDictKeysObject`` is a separate ``PyObject_Malloc`` (pymalloc, or the raw allocator
above 512 bytes); minimum-size tables go through the keys free list (``Memory.dictkeys_freelist``). The
table is kept through deletions (a deleted entry stays a dummy: ``dk_usable`` and ``dk_nentries`` are not
given back) until the next resize, which happens only when an insertion finds ``dk_usable == 0``; then
the new table is allocated before the old one is freed. ``PyDict_Clear`` frees the table and points the
dict at the shared static empty keys (``Py_EMPTY_KEYS``), which neither ``__sizeof__`` nor
``sys.getallocatedblocks()`` count.

The dict object holds ``keys_addr`` (0: the shared empty keys) and ``keys_nbytes`` (the table's bytes,
what ``dict.__sizeof__`` adds); the table's header (``dk_log2_size``, ``dk_usable``, ``dk_nentries``,
``dk_kind``) is what lives at that address: ``Memory.dict_keys[keys_addr]``. A dict whose
``keys_addr`` is 0 but ``keys_nbytes`` is not is a split (instance) dict: its values array is the
interpreter's business, not this module's. ``ma_used`` is always ``len(d.entries)``.
"""

from __future__ import annotations

from typing import Any

from heapglass.alloc.sizes import DictShape, dict_insert, dict_keys_bytes, usable_fraction


def is_combined(d: Any) -> bool:
    """A dict this module manages: it owns a keys table, or has none yet (shared empty keys)."""
    return bool(d.keys_addr) or not d.keys_nbytes


def keys_shape(memory: Any, d: Any) -> DictShape:
    """The dict's keys table as dictobject.c sees it (the empty keys: log2_size None, usable 0)."""
    used = len(d.entries)
    if not d.keys_addr:
        return DictShape(None, 0, used, used, True)
    log2, usable, nentries, unicode = memory.dict_keys[d.keys_addr]
    return DictShape(log2, usable, nentries, used, unicode)


def insert_new_key(memory: Any, d: Any, key_is_str: bool) -> None:
    """insertdict of a key the dict does not hold, before the entry is stored: take a usable slot,
    resizing first (new table allocated, then the old one freed) when none is left or when a non-str
    key enters a unicode-only table (3.11+)."""
    old = keys_shape(memory, d)
    new = dict_insert(memory.profile, old, key_is_str)
    resized = (old.log2_size is None or new.log2_size != old.log2_size or new.unicode != old.unicode
               or new.nentries != old.nentries + 1)
    if resized:
        nbytes = dict_keys_bytes(memory.profile, new.log2_size, new.unicode)
        addr, _ = memory.object_alloc(nbytes, _family(memory, new.log2_size, new.unicode))
        free_table(memory, d.keys_addr, d.keys_nbytes)
        d.keys_addr, d.keys_nbytes = addr, nbytes
    memory.dict_keys[d.keys_addr] = (new.log2_size, new.usable, new.nentries, new.unicode)


def presize(memory: Any, d: Any, log2_size: int) -> None:
    """dictresize(d, log2_size) when the dict's table is smaller: a new table holding the live entries
    (dummies dropped), then the old one freed. For a dict whose start-up table size was measured."""
    old = keys_shape(memory, d)
    if old.log2_size is not None and old.log2_size >= log2_size:
        return
    used = old.used
    nbytes = dict_keys_bytes(memory.profile, log2_size, old.unicode)
    addr, _ = memory.object_alloc(nbytes, _family(memory, log2_size, old.unicode))
    free_table(memory, d.keys_addr, d.keys_nbytes)
    d.keys_addr, d.keys_nbytes = addr, nbytes
    memory.dict_keys[addr] = (log2_size, usable_fraction(1 << log2_size) - used, used, old.unicode)


def clear(memory: Any, d: Any) -> tuple[int, int]:
    """PyDict_Clear of a combined dict: point it at the shared empty keys. Returns the old table
    (address, bytes) for `free_table`, which PyDict_Clear calls after the entries' decrefs
    (dictkeys_decref -> free_keys_object); (0, 0) when the dict had none."""
    if not d.keys_addr:
        return 0, 0
    table = d.keys_addr, d.keys_nbytes
    d.keys_addr = d.keys_nbytes = 0
    return table


def free_table(memory: Any, addr: int, nbytes: int) -> None:
    """free_keys_object: the keys free list for a minimum-size table, else PyObject_Free."""
    if not addr:
        return
    log2, _usable, _nentries, unicode = memory.dict_keys.pop(addr)
    memory.object_free(addr, nbytes, _family(memory, log2, unicode))


def _family(memory: Any, log2_size: int, unicode: bool) -> str | None:
    family = memory.dictkeys_freelist(log2_size, unicode)
    return family if family is not None and memory.has_freelist(family) else None
