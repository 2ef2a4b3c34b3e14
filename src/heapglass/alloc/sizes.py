"""Object sizes per CPython version: what ``sys.getsizeof`` reports and what is requested from the allocator.

Owns the layout arithmetic of builtin objects (header, GC head, pre-header, inline values, variable
parts) and the growth rules of lists (list_resize), dicts (insertion_resize / GROWTH_RATE) and sets
(set_table_resize). Every constant comes from ``profiles.alloc``; tests compare the results with a
table measured on the real interpreters (``tests/alloc/data/sizes_measured.json``).

Two sizes are distinguished:

* ``getsizeof``: ``__sizeof__()`` + GC head (3.8-3.10) or + ``_PyType_PreHeaderSize`` (3.11+)
  (Python/sysmodule.c: _PySys_GetSizeOf). It counts owned out-of-line buffers (list items, dict keys,
  set tables) but not inline values (3.13).
* ``request``: the bytes of the object's own allocation (pre-header + GC head + object + inline
  values), i.e. the ``nbytes`` to give ``Memory.object_alloc``. Separate buffers are separate
  ``Memory.malloc`` calls (``list_items_request``, ``dict_keys_request``, ``set_table_request``,
  ``instance_values_request``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PTR = 8
PyDict_MINSIZE = 8
PySet_MINSIZE = 8


class SizeError(ValueError):
    """A size question about something the model does not lay out."""


def _gc(profile: Any, is_gc: bool) -> int:
    return profile.gc_head_size if is_gc else 0


# ---------------------------------------------------------------------- fixed-size objects
def fixed(profile: Any, kind: str) -> tuple[int, int]:
    """(getsizeof, request) of a fixed-size builtin: object, float, complex, range, cell, method
    (bound method), slice, module (without its dict), function, weakref, bytearray (empty)."""
    table = profile.fixed_basicsizes
    if kind in table:
        basic, is_gc = table[kind]
    elif kind == "function":
        basic, is_gc = profile.function_basicsize, True
    elif kind == "weakref":
        basic, is_gc = profile.weakref_basicsize, True
    else:
        known = ", ".join(sorted([*table, "function", "weakref"]))
        raise SizeError(f"no fixed layout for {kind!r} (known: {known})")
    size = basic + _gc(profile, is_gc)
    return size, size


def generator_size(profile: Any, nlocalsplus: int, stacksize: int) -> tuple[int, int]:
    """(getsizeof, request) of a generator/coroutine object. 3.11+ embeds its frame: one pointer per
    local, cell and free variable (co_nlocalsplus) and per stack slot (co_stacksize); before, the
    frame is a separate PyFrameObject and the generator has a fixed size."""
    size = profile.gc_head_size + profile.generator_basicsize
    if profile.generator_embeds_frame:
        size += PTR * (nlocalsplus + stacksize)
    return size, size


def class_size(profile: Any, cached_keys: bool = True) -> int:
    """getsizeof of a freshly made Python class: GC head + PyHeapTypeObject + its cached shared keys
    if it has them (typeobject.c: type___sizeof___impl). Classes whose instances outgrow the keys
    report more."""
    keys = dict_keys_bytes(profile, profile.class_shared_keys_log2, True) if cached_keys else 0
    return profile.gc_head_size + profile.type_basicsize + keys


# ---------------------------------------------------------------------- int / bool
def int_ndigits(value: int) -> int:
    """Number of 30-bit digits of |value| (0 for zero)."""
    return (abs(value).bit_length() + 29) // 30


def int_size(profile: Any, value: int) -> tuple[int, int]:
    """(getsizeof, request) of an int or bool: offsetof(ob_digit) 24 + 4 per digit; 3.11+ allocates
    at least one digit (longobject.c: _PyLong_New). Small ints are cached, never allocated."""
    nd = int_ndigits(value)
    if profile.int_zero_has_digit:
        nd = max(nd, 1)
    size = 24 + 4 * nd
    return size, size


# ---------------------------------------------------------------------- str / bytes
def str_kind(text: str) -> int:
    """PEP 393 kind: bytes per character (1, 2 or 4), with ASCII reported as 0."""
    top = max(map(ord, text), default=0)
    if top < 0x80:
        return 0
    return 1 if top < 0x100 else 2 if top < 0x10000 else 4


def str_size(profile: Any, text: str) -> tuple[int, int]:
    """(getsizeof, request) of a compact str (unicodeobject.c: PyUnicode_New): PyASCIIObject header
    for ASCII, PyCompactUnicodeObject otherwise, then (len + 1) characters. A one-character non-ASCII
    latin-1 str is the cached singleton, which from 3.12 carries its UTF-8 form (counted by
    __sizeof__, never requested: the singletons are static). Other strs whose UTF-8 form gets cached
    (PyUnicode_AsUTF8) would report it too; not modelled."""
    ascii_header, compact_header = profile.unicode_header
    kind = str_kind(text)
    if kind == 0:
        size = ascii_header + len(text) + 1
    else:
        size = compact_header + kind * (len(text) + 1)
    if kind == 1 and len(text) == 1 and profile.latin1_chars_carry_utf8:
        return size + len(text.encode("utf-8")) + 1, size
    return size, size


def bytes_size(profile: Any, n: int) -> tuple[int, int]:
    """(getsizeof, request) of a bytes of length n: PyBytesObject_SIZE (33) + n."""
    size = 33 + n
    return size, size


# ---------------------------------------------------------------------- tuple
def tuple_size(profile: Any, n: int) -> tuple[int, int]:
    """(getsizeof, request) of a tuple of length n: GC head + 24 + 8n (the empty tuple is a singleton)."""
    size = profile.gc_head_size + 24 + PTR * n
    return size, size


# ---------------------------------------------------------------------- list
def list_resize(profile: Any, allocated: int, oldsize: int, newsize: int) -> int:
    """listobject.c: list_resize -- the new capacity for a list of oldsize items (allocated slots)
    asked to hold newsize. Unchanged when allocated >= newsize >= allocated / 2."""
    if allocated >= newsize >= (allocated >> 1):
        return allocated
    if newsize == 0:
        return 0
    if profile.list_overallocation == "v38":
        return newsize + (newsize >> 3) + (3 if newsize < 9 else 6)
    new_allocated = (newsize + (newsize >> 3) + 6) & ~3
    if newsize - oldsize > new_allocated - newsize:
        new_allocated = (newsize + 3) & ~3
    return new_allocated


def list_preallocate_exact(profile: Any, n: int) -> int:
    """listobject.c: list_preallocate_exact -- the first item array of a list, sized for n items
    (rounded up to even where fact list_from_sized_iterable_rounds says so)."""
    return (n + 1) & ~1 if profile.list_from_sized_iterable_rounds else n


def list_capacity_after_extend(profile: Any, allocated: int, size: int, n: int, guess: int | None = None,
                               array_kept: bool = False) -> int:
    """Capacity after listobject.c: list_extend added n items to a list of `size` items in `allocated`
    slots. guess None: an exact list or tuple, taken whole by one list_resize(size + n). Otherwise an
    iterable whose PyObject_LengthHint was `guess`: 'Make room' for size + guess, append the items
    (app1's list_resize when full), then 'Cut back' with list_resize(len) if the guess was too large.
    A list with no item array (ob_item NULL: not array_kept, the 0-slot array list_resize(0)
    leaves) gets list_preallocate_exact instead (fact list_extend_preallocates_empty)."""
    want = n if guess is None else guess
    if guess is None and n == 0:
        return allocated
    if allocated == 0 and not array_kept and profile.list_extend_preallocates_empty:
        allocated = list_preallocate_exact(profile, want) if want else 0
    else:
        allocated = list_resize(profile, allocated, size, size + want)
    for length in range(size + want, size + n):
        allocated = list_resize(profile, allocated, length, length + 1)
    if guess is not None and size + n < allocated:
        allocated = list_resize(profile, allocated, size + n, size + n)
    return allocated


def list_display_capacity(profile: Any, n: int, all_const: bool) -> int:
    """Capacity of a list display [a, b, ...] of n items: BUILD_LIST n allocates exactly n; an
    all-constant display of at least ``display_consts_min`` items is [] extended by a tuple (3.9+)."""
    threshold = profile.display_consts_min
    if all_const and threshold is not None and n >= threshold:
        return list_capacity_after_extend(profile, 0, 0, n)
    return n


def list_size(profile: Any, allocated: int) -> tuple[int, int]:
    """(getsizeof, request of the list object itself) for a list with that many item slots."""
    basic, _ = profile.fixed_basicsizes["list"]
    obj = profile.gc_head_size + basic
    return obj + PTR * allocated, obj


def list_items_request(allocated: int) -> int:
    """Bytes PyMem_Malloc'ed for the item array (0 means no buffer)."""
    return PTR * allocated


# ---------------------------------------------------------------------- dict
@dataclass
class DictShape:
    """The keys table of a combined dict: log2 size (None = the shared empty keys), usable slots left,
    entries used (including deleted), live items, and whether all keys are str."""

    log2_size: int | None = None
    usable: int = 0
    nentries: int = 0
    used: int = 0
    unicode: bool = True


def usable_fraction(size: int) -> int:
    """dictobject.c: USABLE_FRACTION(n) = (n << 1) / 3."""
    return (size << 1) // 3


def calculate_log2_keysize(minsize: int, bit_trick: bool = False) -> int:
    """log2 of the table size dictresize makes for minsize (at least PyDict_MINSIZE). Before 3.10 the
    smallest power of two >= minsize (the ``newsize <<= 1`` loop of dictresize); from 3.10
    calculate_log2_keysize computes ``bit_length(((minsize | 8) - 1) | 7)``, which gives 16, not 8,
    for 1 <= minsize <= 7 (e.g. a resize with 1 or 2 live entries after deletions)."""
    if bit_trick:
        return (((minsize | PyDict_MINSIZE) - 1) | (PyDict_MINSIZE - 1)).bit_length()
    size = PyDict_MINSIZE
    while size < minsize:
        size <<= 1
    return size.bit_length() - 1


def dict_keys_bytes(profile: Any, log2_size: int, unicode: bool) -> int:
    """sizeof(PyDictKeysObject) + index table + entries (dictobject.c: new_keys_object)."""
    size = 1 << log2_size
    ix = 1 if size <= 0xFF else 2 if size <= 0xFFFF else 4 if size <= 0xFFFFFFFF else 8
    entry = 16 if (unicode and profile.dict_unicode_entries) else 24
    return profile.dict_keys_header + ix * size + entry * usable_fraction(size)


def dict_insert(profile: Any, shape: DictShape, key_is_str: bool) -> DictShape:
    """insertdict of a NEW key: resize first if no usable slot is left (insertion_resize with
    GROWTH_RATE = used * 3), then consume one slot. Returns the shape after the insert."""
    unicode = shape.unicode and key_is_str
    if shape.unicode and not key_is_str and shape.log2_size is not None and profile.dict_unicode_entries:
        # 3.11+: a non-str key turns a unicode table into a general one of the same size (entries
        # compacted): insertdict -> insertion_resize(mp, 0) / dictresize(..., unicode=0).
        log2 = shape.log2_size
        shape = DictShape(log2, usable_fraction(1 << log2) - shape.used, shape.used, shape.used, False)
    if shape.usable <= 0:
        log2 = calculate_log2_keysize(shape.used * 3, profile.dict_keysize_bit_trick)
        shape = DictShape(log2, usable_fraction(1 << log2) - shape.used, shape.used, shape.used, unicode)
    return DictShape(shape.log2_size, shape.usable - 1, shape.nentries + 1, shape.used + 1, unicode)


def dict_delete(shape: DictShape) -> DictShape:
    """delitem: the entry becomes a dummy; usable slots are not given back (no shrinking)."""
    if shape.used <= 0:
        raise SizeError("delete from an empty dict")
    return DictShape(shape.log2_size, shape.usable, shape.nentries, shape.used - 1, shape.unicode)


def dict_shape_after_inserts(profile: Any, n: int, str_keys: bool) -> DictShape:
    """Shape of {} after n insertions of distinct keys (dict literals of n items match this too:
    [RUN] measure_sizes.py dict_literal_* equal dict_grown_* on 3.8-3.13)."""
    shape = DictShape()
    for _ in range(n):
        shape = dict_insert(profile, shape, str_keys)
    return shape


def dict_size(profile: Any, shape: DictShape) -> tuple[int, int]:
    """(getsizeof, request of the dict object itself) of a combined dict (dict.__sizeof__:
    object + keys table when the dict owns it; the shared empty keys are not counted)."""
    basic, _ = profile.fixed_basicsizes["dict"]
    obj = profile.gc_head_size + basic
    if shape.log2_size is None:
        return obj, obj
    return obj + dict_keys_bytes(profile, shape.log2_size, shape.unicode), obj


def dict_keys_request(profile: Any, shape: DictShape) -> int:
    """Bytes PyObject_Malloc'ed for the keys table (0: shares the static empty keys)."""
    return 0 if shape.log2_size is None else dict_keys_bytes(profile, shape.log2_size, shape.unicode)


# ---------------------------------------------------------------------- set / frozenset
def set_table_size_after_adds(n: int) -> int:
    """mask + 1 of a set after n adds of distinct items: set_add_entry resizes when fill*5 >= mask*3
    to set_table_resize(used > 50000 ? used*2 : used*4) (the smallest power of 2 > minused)."""
    mask = PySet_MINSIZE - 1
    for fill in range(1, n + 1):
        if fill * 5 >= mask * 3:
            minused = fill * 2 if fill > 50000 else fill * 4
            newsize = PySet_MINSIZE
            while newsize <= minused:
                newsize <<= 1
            mask = newsize - 1
    return mask + 1


def set_table_size_after_merge(n: int, table_size: int = PySet_MINSIZE, used: int = 0) -> int:
    """mask + 1 after merging a set/frozenset of n items into a set (setobject.c: set_merge resizes
    once up front to (used + n) * 2 when (fill + n) * 5 >= mask * 3)."""
    if (used + n) * 5 >= (table_size - 1) * 3:
        newsize = PySet_MINSIZE
        while newsize <= (used + n) * 2:
            newsize <<= 1
        return newsize
    return table_size


def set_display_table_size(profile: Any, n: int, all_const: bool) -> int:
    """mask + 1 of a set display {a, b, ...}: BUILD_SET adds one by one; an all-constant display of at
    least ``display_consts_min`` items is set() updated from a constant frozenset (3.9+)."""
    threshold = profile.display_consts_min
    if all_const and threshold is not None and n >= threshold:
        return set_table_size_after_merge(n)
    return set_table_size_after_adds(n)


def set_size(profile: Any, table_size: int) -> tuple[int, int]:
    """(getsizeof, request of the set object itself); the 8-slot smalltable is inside the object,
    larger tables are a separate PyMem_Malloc of 16 bytes per slot."""
    basic, _ = profile.fixed_basicsizes["set"]
    obj = profile.gc_head_size + basic
    return obj + (16 * table_size if table_size > PySet_MINSIZE else 0), obj


def set_table_request(table_size: int) -> int:
    return 16 * table_size if table_size > PySet_MINSIZE else 0


# ---------------------------------------------------------------------- instances of Python classes
def instance_basicsize(profile: Any, nslots: int, has_dict: bool, has_weakref: bool) -> int:
    """tp_basicsize of a class: object header + __slots__ + dict/weakref pointers unless managed in
    the pre-header (managed dict 3.11+, managed weakref 3.12+)."""
    size = 16 + PTR * nslots
    if has_dict and not profile.managed_dict_preheader:
        size += PTR
    if has_weakref and not profile.managed_weakref:
        size += PTR
    return size


def instance_preheader(profile: Any, has_dict: bool, has_weakref: bool) -> int:
    """_PyType_PreHeaderSize without the GC head: 16 when the type manages its dict (3.11) or its
    dict or weakref list (3.12+) before the object."""
    if not profile.managed_dict_preheader:
        return 0
    if has_dict or (has_weakref and profile.managed_weakref):
        return profile.managed_dict_preheader
    return 0


def instance_size(profile: Any, nslots: int = 0, has_dict: bool = True, has_weakref: bool = True,
                  values_capacity: int = 0) -> tuple[int, int]:
    """(getsizeof, request) of an instance of a Python class (always a GC type). For 3.13 the
    request includes the inline values for ``values_capacity`` attributes; getsizeof does not."""
    basic = instance_basicsize(profile, nslots, has_dict, has_weakref)
    pre = instance_preheader(profile, has_dict, has_weakref)
    size = basic + profile.gc_head_size + pre
    request = size
    if has_dict and profile.instance_values == "inline":
        request += _round8(values_capacity) + PTR * (values_capacity + 1)
    return size, request


def exception_size(profile: Any, builtin_base: str, nslots: int = 0, has_weakref: bool = False) -> tuple[int, int]:
    """(getsizeof, request) of an exception whose nearest builtin exception type is `builtin_base`:
    that type's struct, plus a Python subclass's __slots__ and weakref pointer (in the pre-header when
    weakrefs are managed, 3.12+). Exceptions keep their dict in the struct (tp_dictoffset), never in a
    pre-header."""
    basic = profile.exception_basicsizes[builtin_base] + PTR * nslots
    pre = 0
    if has_weakref:
        if profile.managed_weakref:
            pre = profile.managed_dict_preheader
        else:
            basic += PTR
    size = basic + profile.gc_head_size + pre
    return size, size


# Builtin bases whose tp_itemsize is not 0: a subclass's dict pointer goes at the end of the variable
# part (tp_dictoffset < 0) unless the version manages it in the pre-header (managed_dict_var_sized).
# type's items are a heap type's __slots__ members (sizeof(PyMemberDef)): a metaclass has no
# nonempty __slots__ either.
VAR_SIZED_BASES = frozenset({"tuple", "int", "bytes", "type"})


def builtin_subclass_size(profile: Any, base: str, n: Any, nslots: int, has_dict: bool,
                          adds_weakref: bool) -> tuple[int, int]:
    """(getsizeof, request) of an instance of a Python subclass of builtin `base`: the base's struct
    grown by the class's __slots__ and its dict and weakref pointers, or a pre-header holding them
    (typeobject.c: type_new_descriptors), sized by the base's own __sizeof__ — which counts the
    subclass's tp_basicsize (list, dict, set, tuple, bytes, float: object.__sizeof__) or not (int,
    str). `n`: the list's capacity, the dict's keys-table bytes, the set's table size, the tuple's
    length, the int / float / complex / str / bytes value."""
    var_sized = base in VAR_SIZED_BASES
    managed_dict = has_dict and bool(profile.managed_dict_preheader) and (
        not var_sized or profile.managed_dict_var_sized)
    managed_weak = adds_weakref and profile.managed_weakref
    grown = PTR * nslots + (PTR if has_dict and not managed_dict else 0) + (PTR if adds_weakref and not managed_weak
                                                                           else 0)
    head = profile.gc_head_size + (profile.managed_dict_preheader if managed_dict or managed_weak else 0)
    if base == "list":
        obj = head + profile.fixed_basicsizes["list"][0] + grown
        return obj + PTR * n, obj
    if base == "dict":
        obj = head + profile.fixed_basicsizes["dict"][0] + grown
        return obj + n, obj
    if base in ("set", "frozenset"):
        obj = head + profile.fixed_basicsizes["set"][0] + grown
        return obj + set_table_request(n), obj
    if base == "tuple":
        size = head + tuple_size(profile, n)[0] - profile.gc_head_size + grown
        return size, size
    if base == "bytes":
        size = head + bytes_size(profile, len(n))[0] + grown
        return size, size
    if base in ("float", "complex"):
        size = head + profile.fixed_basicsizes[base][0] + grown
        return size, size
    if base == "int":
        # int___sizeof__ counts the digits only; PyType_GenericAlloc allocates one digit more
        digits = int_size(profile, int(n))[0]
        return head + digits, head + digits + grown + 4
    if base == "str":
        # unicode_subtype_new: a legacy (not compact) PyUnicodeObject, its characters in a separate
        # buffer, which unicode___sizeof__ counts: (len + 1) * kind
        obj = profile.unicode_header[1] + PTR
        return head + obj + (len(n) + 1) * max(str_kind(n), 1), head + obj + grown
    raise SizeError(f"no subclass layout for builtin {base!r}")


def instance_values_request(profile: Any, values_capacity: int) -> int:
    """Bytes PyMem_Malloc'ed for an instance's values outside the object: the split dict's values
    array made on first attribute store (<=3.10, 8 per slot), or the 3.11-3.12 values array with its
    prefix (dictobject.c: new_values: round8(capacity + 2) + 8 * capacity). 0 for 3.13 (inline)."""
    if profile.instance_values == "dict":
        return PTR * values_capacity
    if profile.instance_values == "values":
        return _round8(values_capacity + 2) + PTR * values_capacity
    return 0


def instance_dict_size(profile: Any, values_capacity: int) -> int:
    """getsizeof(obj.__dict__) of a plain instance whose dict shares the class's keys (split table):
    dict object + 8 per value slot; the shared keys are not counted (dk_refcnt > 1). <=3.10 the
    capacity is USABLE_FRACTION of the shared keys size; 3.11+ the instance's value capacity
    (dictobject.c: dict_sizeof / _PyDict_SizeOf)."""
    return dict_size(profile, DictShape())[0] + PTR * values_capacity


def _round8(n: int) -> int:
    return (n + 7) & ~7


class SharedKeysUsage:
    """A class's cached shared keys as far as value-array sizing goes (3.11+): dk_usable starts at
    ``shared_keys_initial_usable`` and shrinks by one per new instance while > 1, so the first
    instances get big value arrays and later ones nentries + 1 slots."""

    __slots__ = ("nentries", "usable")

    def __init__(self, profile: Any) -> None:
        if profile.shared_keys_initial_usable is None:
            raise SizeError("this version sizes instance values from the split dict, not shared keys usage")
        self.nentries = 0
        self.usable = profile.shared_keys_initial_usable

    def next_instance_capacity(self) -> int:
        """Value slots for a new instance (dictobject.c: _PyObject_InitializeDict /
        _PyObject_InitInlineValues: 'if (keys->dk_usable > 1) keys->dk_usable--')."""
        if self.usable > 1:
            self.usable -= 1
        return self.nentries + self.usable

    def add_key(self) -> None:
        """A new attribute name joined the shared keys (it takes a usable slot)."""
        self.nentries += 1
        self.usable -= 1
