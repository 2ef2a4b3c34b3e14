"""Object sizes: the model's sys.getsizeof and allocation requests against the measured table.

data/sizes_measured.json was produced by measure_sizes.py on 3.8.18 ... 3.13.0 (see measured.py);
every number here is compared with what the real interpreter printed.
"""

from __future__ import annotations

import pytest

from heapglass.alloc import sizes
from heapglass.profiles.alloc import section

from .measured import VERSIONS, table


def getsizeof_model(p, name: str, generators: list) -> int | None:
    """The model's answer for one row of the measured getsizeof table (None: not modelled)."""
    simple = {
        "object()": lambda: sizes.fixed(p, "object"), "1.0": lambda: sizes.fixed(p, "float"),
        "1j": lambda: sizes.fixed(p, "complex"), "range(10)": lambda: sizes.fixed(p, "range"),
        "slice(1)": lambda: sizes.fixed(p, "slice"), "cell": lambda: sizes.fixed(p, "cell"),
        "bound method": lambda: sizes.fixed(p, "method"), "module": lambda: sizes.fixed(p, "module"),
        "function": lambda: sizes.fixed(p, "function"),
        "weakref": lambda: sizes.fixed(p, "weakref"),
        "0": lambda: sizes.int_size(p, 0), "1": lambda: sizes.int_size(p, 1),
        "-1": lambda: sizes.int_size(p, -1), "2**30": lambda: sizes.int_size(p, 2**30),
        "2**60": lambda: sizes.int_size(p, 2**60), "2**100": lambda: sizes.int_size(p, 2**100),
        "True": lambda: sizes.int_size(p, 1), "False": lambda: sizes.int_size(p, 0),
        "b''": lambda: sizes.bytes_size(p, 0), "b'abc'": lambda: sizes.bytes_size(p, 3),
        "()": lambda: sizes.tuple_size(p, 0), "(1,)": lambda: sizes.tuple_size(p, 1),
        "(1, 2, 3)": lambda: sizes.tuple_size(p, 3),
        "[]": lambda: sizes.list_size(p, 0), "[1]": lambda: sizes.list_size(p, 1),
        "list(range(3))": lambda: sizes.list_size(p, sizes.list_preallocate_exact(p, 3)),
        "{}": lambda: sizes.dict_size(p, sizes.DictShape()),
        "{1: 1}": lambda: sizes.dict_size(p, sizes.dict_shape_after_inserts(p, 1, False)),
        "dict(a=1)": lambda: sizes.dict_size(p, sizes.dict_shape_after_inserts(p, 1, True)),
        "set()": lambda: sizes.set_size(p, 8), "{1}": lambda: sizes.set_size(p, 8),
        "frozenset()": lambda: sizes.set_size(p, 8),
        "bytearray()": lambda: sizes.fixed(p, "bytearray"),
        "Empty()": lambda: sizes.instance_size(p), "Three()": lambda: sizes.instance_size(p),
        "Slot1()": lambda: sizes.instance_size(p, 1, False, False),
        "Slot0()": lambda: sizes.instance_size(p, 0, False, False),
    }
    strings = {"''": "", "'a'": "a", "'abc'": "abc", "'\\xe9\\xe9'": "\xe9\xe9", "'\\u20ac'": "\u20ac",
               "'\\u20ac\\u20ac'": "\u20ac\u20ac", "'\\U0001f600'": "\U0001f600"}
    if name in strings:
        return sizes.str_size(p, strings[name])[0]
    if name in simple:
        return simple[name]()[0]
    if name == "generator":  # measure_sizes.py's gen() is the first row of the generators table
        nlocalsplus, stacksize, _ = generators[0]
        return sizes.generator_size(p, nlocalsplus, stacksize)[0]
    # measure_sizes.py makes these as the 3rd instance of their class (after the weakref / bound
    # method rows and the plain instance row): the 3.11+ shared-keys heuristic gives them 27 slots.
    if name == "Empty().__dict__":
        return instance_dict_model(p, 3, 0)
    if name == "Three().__dict__":
        return instance_dict_model(p, 3, 3)
    return None


# Rows the model deliberately does not compute, and why.
NOT_MODELLED = {
    "'\\xe9'": "the cached latin-1 singleton 'é' has its UTF-8 form cached by then (3.12: 58 + 3)",
}


def nth_instance_capacity(p, n: int, attrs: int) -> int:
    """Value capacity of the n-th instance of a class whose first instance adds `attrs` names."""
    usage = sizes.SharedKeysUsage(p)
    cap = usage.next_instance_capacity()
    for _ in range(attrs):
        usage.add_key()
    for _ in range(n - 1):
        cap = usage.next_instance_capacity()
    return cap


def instance_dict_model(p, n: int, attrs: int) -> int:
    """getsizeof(obj.__dict__) for the n-th instance (<=3.10: split dict over 8-slot shared keys)."""
    if p.shared_keys_initial_usable is None:
        return sizes.instance_dict_size(p, sizes.usable_fraction(8))
    return sizes.instance_dict_size(p, nth_instance_capacity(p, n, attrs))


@pytest.mark.parametrize("version", VERSIONS)
def test_getsizeof_matches_every_measured_row(version):
    """Every getsizeof row measured on the interpreter equals the model's number (or is listed in
    NOT_MODELLED with the reason)."""
    p = section(version)
    measured = table("sizes")[version]["getsizeof"]
    wrong = {}
    for name, real in measured.items():
        if name in NOT_MODELLED:
            continue
        got = getsizeof_model(p, name, table("sizes")[version]["generators"])
        assert got is not None, f"row {name!r} is neither modelled nor listed in NOT_MODELLED"
        if got != real:
            wrong[name] = (got, real)
    assert wrong == {}


@pytest.mark.parametrize("version", VERSIONS)
def test_list_capacity_after_appends(version):
    """list_resize over-allocation (3.8 formula vs 3.9+ rounded to 4): getsizeof after 0..69 appends."""
    p = section(version)
    got, allocated = [], 0
    for n in range(70):
        got.append(sizes.list_size(p, allocated)[0])
        allocated = sizes.list_resize(p, allocated, n, n + 1)   # each append is list_resize(size + 1)
    assert got == table("sizes")[version]["list_grown"]


@pytest.mark.parametrize("version", VERSIONS)
def test_list_from_sized_iterable(version):
    """list(range(n)) preallocates exactly (3.8/3.9) or rounded up to even (3.10+)."""
    p = section(version)
    got = [sizes.list_size(p, sizes.list_preallocate_exact(p, n))[0] for n in range(20)]
    assert got == table("sizes")[version]["list_from_range"]


@pytest.mark.parametrize("version", VERSIONS)
def test_list_displays_and_extend(version):
    """BUILD_LIST n is exact; all-constant displays of 3+ items are [] + LIST_EXTEND from 3.9 (over-
    allocated by list_resize in 3.9, preallocated exactly/even from 3.10); [*range(n)] extends."""
    p = section(version)
    data = table("sizes")[version]
    consts = [sizes.list_size(p, sizes.list_display_capacity(p, n, True))[0] for n in range(14)]
    assert consts == data["list_display_consts"]
    names = [sizes.list_size(p, sizes.list_display_capacity(p, n, False))[0] for n in range(14)]
    assert names == data["list_display_vars"]
    star = [sizes.list_size(p, sizes.list_capacity_after_extend(p, 0, 0, n))[0] for n in range(14)]
    assert star == data["list_extend_range"]


@pytest.mark.parametrize("version", VERSIONS)
def test_set_displays_and_set_from_a_set(version):
    """set_merge presizes once to 2 * (used + n); all-constant displays of 3+ items use it (3.9+)."""
    p = section(version)
    data = table("sizes")[version]
    consts = [sizes.set_size(p, sizes.set_display_table_size(p, n, True))[0] for n in range(1, 14)]
    assert consts == data["set_display_consts"]
    merged = [sizes.set_size(p, sizes.set_table_size_after_merge(n))[0] for n in range(14)]
    assert merged == data["set_from_frozenset"]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("kind", ["grown", "literal"])
def test_dict_sizes_by_number_of_entries(version, kind):
    """Dicts grown by insertion and dict literals: keys tables 8/16/32/64/128 chosen by GROWTH_RATE
    = used*3, 24-byte entries (16-byte for str keys from 3.11), 1-byte indices."""
    p = section(version)
    for keys, row in (("int", False), ("str", True)):
        name = f"dict_{kind}_{keys}"
        measured = table("sizes")[version][name]
        got = [sizes.dict_size(p, sizes.dict_shape_after_inserts(p, n, row))[0] for n in range(len(measured))]
        assert got == measured, name


@pytest.mark.parametrize("version", VERSIONS)
def test_dict_keeps_its_table_through_deletes_and_a_non_str_key(version):
    """6 str keys (16-slot table), 5 deleted (no shrink), then an int key: <=3.10 nothing changes;
    3.11+ the unicode table becomes a general one of the same size (16 -> 24-byte entries)."""
    p = section(version)
    shape = sizes.dict_shape_after_inserts(p, 6, True)
    for _ in range(5):
        shape = sizes.dict_delete(shape)
    before = sizes.dict_size(p, shape)[0]
    after = sizes.dict_size(p, sizes.dict_insert(p, shape, key_is_str=False))[0]
    assert [before, after] == table("sizes")[version]["dict_str_then_int"]


@pytest.mark.parametrize("version", VERSIONS)
def test_set_sizes_by_number_of_items(version):
    """set_add_entry resizes at fill*5 >= mask*3 to 4*used: tables 8 (inline), 32, 128, 512."""
    p = section(version)
    data = table("sizes")[version]
    grown = [sizes.set_size(p, sizes.set_table_size_after_adds(n))[0] for n in range(len(data["set_grown"]))]
    assert grown == data["set_grown"]
    literal = [sizes.set_size(p, sizes.set_table_size_after_adds(n))[0]
               for n in range(1, len(data["set_literal"]) + 1)]
    assert literal == data["set_literal"]
    frozen = [sizes.set_size(p, sizes.set_table_size_after_adds(n))[0]
              for n in range(len(data["frozenset_range"]))]
    assert frozen == data["frozenset_range"]


def steady_capacity(p, attrs: int) -> int:
    """Value slots of an instance once the class has made many (the shared-keys heuristic)."""
    usage = sizes.SharedKeysUsage(p)
    usage.next_instance_capacity()
    for _ in range(attrs):
        usage.add_key()
    cap = 0
    for _ in range(40):
        cap = usage.next_instance_capacity()
    return cap


def instance_bytes(p, attrs: int) -> int:
    """All bytes one steady-state instance with `attrs` attributes requests (object + values)."""
    if p.instance_values == "dict":
        obj = sizes.instance_size(p)[1]
        if attrs == 0:
            return obj
        dict_obj = sizes.dict_size(p, sizes.DictShape())[1]
        return obj + dict_obj + sizes.instance_values_request(p, sizes.usable_fraction(8))
    cap = steady_capacity(p, attrs)
    return sizes.instance_size(p, values_capacity=cap)[1] + sizes.instance_values_request(p, cap)


@pytest.mark.parametrize("version", VERSIONS)
def test_instance_allocation_requests(version):
    """Bytes requested per instance (tracemalloc): 3.8-3.10 object (+ split dict and 5-slot values on
    first attribute), 3.11/3.12 object + values array, 3.13 inline values; __slots__ instances only
    the object."""
    p = section(version)
    real = table("sizes")[version]["requests"]
    assert instance_bytes(p, 0) == real["Empty()"]
    assert instance_bytes(p, 3) == real["Three()"]
    assert sizes.instance_size(p, 1, False, False)[1] == real["Slot1()"]
    assert sizes.instance_size(p, 0, False, False)[1] == real["Slot0()"]


@pytest.mark.parametrize("version", VERSIONS)
def test_instance_dict_of_a_steady_class(version):
    """getsizeof(obj.__dict__) after 100 instances: 104 (<=3.10: 48+16 + 5 value slots), 3.11+ 64 +
    8 * (attributes + 1): 96 for three attributes, 72 for none."""
    p = section(version)
    real = table("sizes")[version]["instance_dict_steady"]
    assert instance_dict_model(p, 102, 3) == real["Three"]
    assert instance_dict_model(p, 102, 0) == real["Empty"]


@pytest.mark.parametrize("version", VERSIONS)
def test_generator_sizes_follow_the_code_shape(version):
    """3.11+ generators embed their frame (8 bytes per local and per stack slot); before, fixed."""
    p = section(version)
    for nlocalsplus, stacksize, real in table("sizes")[version]["generators"]:
        assert sizes.generator_size(p, nlocalsplus, stacksize)[0] == real


@pytest.mark.parametrize("version", VERSIONS)
def test_class_object_sizes(version):
    """getsizeof(class) = GC head + PyHeapTypeObject + cached keys (8-slot <=3.10, 64-slot 3.11+)."""
    p = section(version)
    for name, real in table("sizes")[version]["class_getsizeof"].items():
        assert sizes.class_size(p) == real, name


@pytest.mark.parametrize("version", VERSIONS)
def test_basicsizes(version):
    """tp_basicsize of instance layouts and builtins as the interpreter reports __basicsize__."""
    p = section(version)
    real = table("sizes")[version]["basicsize"]
    assert sizes.instance_basicsize(p, 0, True, True) == real["Empty"]
    assert sizes.instance_basicsize(p, 1, False, False) == real["Slot1"]
    assert sizes.instance_basicsize(p, 0, False, False) == real["Slot0"]
    assert p.function_basicsize == real["function"]
    assert p.type_basicsize == real["type"]
    assert p.bool_basicsize == real["bool"]
    for kind in ("float", "list", "dict", "set"):
        assert p.fixed_basicsizes[kind][0] == real[kind]


def test_shared_keys_usage_shrinks_to_one_spare_slot():
    """_PyObject_InitializeDict: dk_usable drops by one per instance while > 1, so early instances
    get large value arrays (29 slots for the first) and later ones nentries + 1."""
    p = section("3.12")
    usage = sizes.SharedKeysUsage(p)
    assert usage.next_instance_capacity() == 29
    usage.add_key()
    assert usage.next_instance_capacity() == 28
    assert steady_capacity(p, 3) == 4


def test_shared_keys_usage_does_not_exist_before_3_11():
    with pytest.raises(sizes.SizeError, match="split dict"):
        sizes.SharedKeysUsage(section("3.10"))


def test_unknown_fixed_kind_is_a_clear_error():
    with pytest.raises(sizes.SizeError, match="no fixed layout for 'frobnicator'"):
        sizes.fixed(section("3.8"), "frobnicator")


def test_list_resize_keeps_capacity_while_at_least_half_full():
    """list_resize returns early when allocated >= newsize >= allocated/2 (no realloc)."""
    p = section("3.11")
    assert sizes.list_resize(p, 16, 10, 8) == 16
    assert sizes.list_resize(p, 16, 10, 7) == (7 + 0 + 6) & ~3
    assert sizes.list_resize(p, 8, 8, 0) == 0


def test_list_extend_by_many_rounds_to_four_only():
    """3.9+: a jump far beyond the over-allocation ((newsize+3) & ~3) is not over-allocated."""
    p = section("3.9")
    assert sizes.list_resize(p, 0, 0, 100) == 100
    assert sizes.list_resize(p, 0, 0, 101) == 104


def test_out_of_line_buffers_are_separate_requests():
    """List items, dict keys tables and large set tables are their own PyMem/PyObject_Malloc calls;
    the empty dict shares the static empty keys and a small set uses its inline table (no request)."""
    p = section("3.12")
    assert sizes.list_items_request(4) == 32
    assert sizes.dict_keys_request(p, sizes.DictShape()) == 0
    assert sizes.dict_keys_request(p, sizes.dict_shape_after_inserts(p, 1, True)) == 32 + 8 + 5 * 16
    assert sizes.set_table_request(8) == 0 and sizes.set_table_request(32) == 512
